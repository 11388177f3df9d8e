package ru.registratura.application;

import java.io.Serializable;
import java.util.Set;

import ru.registratura.domain.staff.StaffRole;

/**
 * A signed-in staff user as the services see them: who (id and user name, the audit trail's subject), with
 * which roles, for which institutions (a registry operator's), and from where. Services check roles and
 * institutions themselves on every call; the pages' checks only hide what the services would refuse.
 */
public record StaffActor(long userId, String username, String fullName, Set<StaffRole> roles, Set<Long> institutionIds,
                         String remoteAddress) implements Serializable {

    public StaffActor {
        roles = Set.copyOf(roles);
        institutionIds = Set.copyOf(institutionIds);
    }

    public boolean admin() {
        return roles.contains(StaffRole.ADMIN);
    }

    public boolean registrar() {
        return roles.contains(StaffRole.REGISTRAR);
    }

    /** Whether the user is a registry operator of the institution. */
    public boolean registrarOf(long institutionId) {
        return registrar() && institutionIds.contains(institutionId);
    }

    /** The same user, seen from another address (each request's own). */
    public StaffActor from(String address) {
        return new StaffActor(userId, username, fullName, roles, institutionIds, address);
    }
}
