package ru.registratura.application;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import ru.registratura.domain.audit.AuditAction;
import ru.registratura.domain.audit.AuditEvent;
import ru.registratura.domain.audit.AuditOutcome;
import ru.registratura.domain.audit.AuditRepository;
import ru.registratura.domain.card.FieldError;
import ru.registratura.domain.card.InvalidCardException;
import ru.registratura.domain.directory.Institution;
import ru.registratura.domain.directory.InstitutionRepository;
import ru.registratura.domain.staff.Passwords;
import ru.registratura.domain.staff.StaffLoginLockRepository;
import ru.registratura.domain.staff.StaffRole;
import ru.registratura.domain.staff.StaffUser;
import ru.registratura.domain.staff.StaffUserRepository;

/**
 * An admin's work with staff accounts: create, change roles and institutions, disable and enable, reset a
 * password. Only admins; an admin cannot disable themself or take away their own admin role (the region
 * would be left without one). Bad input refuses with its fields and changes nothing; every change is audited.
 */
@Stateless
public class StaffAdminService {

    @Inject
    StaffUserRepository users;

    @Inject
    InstitutionRepository institutions;

    @Inject
    AuditRepository audit;

    @Inject
    Clock clock;

    @Inject
    StaffLoginLockRepository locks;

    /** A staff user as the admin's pages show them; {@code lockedUntil}: the latest lockout for some address, if any. */
    public record StaffSummary(long id, String username, String fullName, Set<StaffRole> roles, Set<Long> institutionIds,
                               boolean enabled, Instant lockedUntil, boolean secondFactor) implements Serializable {

        public boolean isAdmin() {
            return roles.contains(StaffRole.ADMIN);
        }

        public boolean isRegistrar() {
            return roles.contains(StaffRole.REGISTRAR);
        }
    }

    /** What an admin enters for a staff user (the password only when creating or resetting). */
    public record StaffForm(String username, String fullName, Set<StaffRole> roles, Set<Long> institutionIds,
                            boolean enabled) implements Serializable {
    }

    public List<StaffSummary> all(StaffActor actor) {
        requireAdmin(actor);
        Map<String, Instant> locked = locks.lockedNow(clock.instant());
        return users.all().stream().map(u -> summary(u, locked)).toList();
    }

    public Optional<StaffSummary> find(StaffActor actor, long id) {
        requireAdmin(actor);
        Map<String, Instant> locked = locks.lockedNow(clock.instant());
        return users.find(id).map(u -> summary(u, locked));
    }

    /** Creates a staff user with an initial password, which the admin tells them (they change it themselves). */
    public long create(StaffActor actor, StaffForm form, char[] password) {
        requireAdmin(actor);
        String username = StaffUser.normalize(form.username());
        List<FieldError> problems = problems(form);
        if (!username.matches("[a-z0-9._-]{3,64}")) {
            problems.add(new FieldError("username", "staff.user.username.format", List.of()));
        } else if (users.findForUpdate(username).isPresent()) {
            problems.add(new FieldError("username", "staff.user.username.taken", List.of()));
        }
        Passwords.weakness(new String(password), username)
                .ifPresent(key -> problems.add(new FieldError("password", key, List.of(Passwords.MIN_LENGTH))));
        refuseIf(actor, AuditAction.STAFF_USER_CREATED, null, problems);
        StaffUser user = new StaffUser(username, form.fullName(), Passwords.hash(password), form.roles(),
                registrarInstitutions(form), clock.instant());
        user.setEnabled(form.enabled());
        user.requirePasswordChange();
        users.store(user);
        record(actor, AuditAction.STAFF_USER_CREATED, AuditOutcome.SUCCESS, user.getId(), String.join(",",
                user.getRoles().stream().map(Enum::name).sorted().toList()));
        return user.getId();
    }

    /** Changes the user's name, roles, institutions and whether they may log in. */
    public void change(StaffActor actor, long id, StaffForm form) {
        requireAdmin(actor);
        StaffUser user = users.find(id).orElseThrow(() -> new StaffAccessDeniedException("no staff user " + id));
        List<FieldError> problems = problems(form);
        if (id == actor.userId() && (!form.enabled() || !form.roles().contains(StaffRole.ADMIN))) {
            problems.add(new FieldError(null, "staff.user.notYourself", List.of()));
        }
        refuseIf(actor, AuditAction.STAFF_USER_CHANGED, id, problems);
        user.change(form.fullName(), form.roles(), registrarInstitutions(form));
        user.setEnabled(form.enabled());
        record(actor, AuditAction.STAFF_USER_CHANGED, AuditOutcome.SUCCESS, id,
                (form.enabled() ? "enabled " : "disabled ") + String.join(",",
                        form.roles().stream().map(Enum::name).sorted().toList()));
    }

    /** Sets a new password (the admin tells the user; to be changed at the next login) and lifts every lockout. */
    public void resetPassword(StaffActor actor, long id, char[] password) {
        requireAdmin(actor);
        StaffUser user = users.find(id).orElseThrow(() -> new StaffAccessDeniedException("no staff user " + id));
        List<FieldError> problems = new ArrayList<>();
        Passwords.weakness(new String(password), user.getUsername())
                .ifPresent(key -> problems.add(new FieldError("newPassword", key, List.of(Passwords.MIN_LENGTH))));
        refuseIf(actor, AuditAction.STAFF_PASSWORD_RESET, id, problems);
        user.resetPassword(Passwords.hash(password), clock.instant());
        locks.clear(user.getUsername());
        record(actor, AuditAction.STAFF_PASSWORD_RESET, AuditOutcome.SUCCESS, id, null);
    }

    /**
     * Removes the user's second factor (a lost or replaced phone): an admin's must set up a new one at the next
     * login, an operator may. The admin checks who is asking before doing it.
     */
    public void resetSecondFactor(StaffActor actor, long id) {
        requireAdmin(actor);
        StaffUser user = users.find(id).orElseThrow(() -> new StaffAccessDeniedException("no staff user " + id));
        user.removeSecondFactor();
        record(actor, AuditAction.STAFF_SECOND_FACTOR, AuditOutcome.SUCCESS, id, "reset by an admin");
    }

    private List<FieldError> problems(StaffForm form) {
        List<FieldError> problems = new ArrayList<>();
        if (form.fullName() == null || form.fullName().isBlank()) {
            problems.add(new FieldError("fullName", "staff.user.fullName.required", List.of()));
        } else if (form.fullName().strip().length() > 200) {
            problems.add(new FieldError("fullName", "staff.user.fullName.tooLong", List.of()));
        }
        if (form.roles() == null || form.roles().isEmpty()) {
            problems.add(new FieldError("roles", "staff.user.roles.required", List.of()));
        } else if (form.roles().contains(StaffRole.REGISTRAR)
                && (form.institutionIds() == null || form.institutionIds().isEmpty())) {
            problems.add(new FieldError("institutions", "staff.user.institutions.required", List.of()));
        }
        Set<Long> known = institutions.findAllWithDivisions().stream()
                .map(Institution::getId)
                .collect(Collectors.toSet());
        if (form.institutionIds() != null && !known.containsAll(form.institutionIds())) {
            problems.add(new FieldError("institutions", "staff.user.institutions.unknown", List.of()));
        }
        return problems;
    }

    private static Set<Long> registrarInstitutions(StaffForm form) {
        return form.roles().contains(StaffRole.REGISTRAR) ? Set.copyOf(form.institutionIds()) : Set.of();
    }

    private void refuseIf(StaffActor actor, AuditAction action, Long id, List<FieldError> problems) {
        if (!problems.isEmpty()) {
            record(actor, action, AuditOutcome.INVALID_INPUT, id, String.join(",",
                    problems.stream().map(p -> String.valueOf(p.field())).toList()));
            throw new InvalidCardException(problems);
        }
    }

    private void requireAdmin(StaffActor actor) {
        if (!actor.admin()) {
            record(actor, AuditAction.STAFF_USER_CHANGED, AuditOutcome.FORBIDDEN, null, "not an admin");
            throw new StaffAccessDeniedException("staff accounts");
        }
    }

    private void record(StaffActor actor, AuditAction action, AuditOutcome outcome, Long id, String detail) {
        audit.record(AuditEvent.ofStaff(clock.instant(), action, outcome, actor.userId(), actor.username(),
                actor.remoteAddress(), id, detail));
    }

    private static StaffSummary summary(StaffUser u, Map<String, Instant> locked) {
        return new StaffSummary(u.getId(), u.getUsername(), u.getFullName(), u.getRoles(), u.getInstitutionIds(),
                u.isEnabled(), locked.get(u.getUsername()), u.hasSecondFactor());
    }
}
