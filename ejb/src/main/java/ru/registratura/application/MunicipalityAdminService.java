package ru.registratura.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import ru.registratura.domain.audit.AuditAction;
import ru.registratura.domain.audit.AuditEvent;
import ru.registratura.domain.audit.AuditOutcome;
import ru.registratura.domain.audit.AuditRepository;
import ru.registratura.domain.card.FieldError;
import ru.registratura.domain.directory.DirectoryRepository;
import ru.registratura.domain.directory.Municipality;

/**
 * An admin's municipal districts (the public directory's grouping): add, rename, reorder, delete one that no
 * institution names. Admins only; audited as directory changes, public at once.
 */
@Stateless
public class MunicipalityAdminService {

    @Inject
    DirectoryRepository directory;

    @Inject
    Event<PublicContentChanged> changes;

    @Inject
    AuditRepository audit;

    @Inject
    Clock clock;

    public List<Municipality> all(StaffActor admin) {
        requireAdmin(admin);
        return directory.municipalities();
    }

    /** Adds (id null) or changes a municipal district; refuses a name left out, too long or taken. */
    public long save(StaffActor admin, Long id, String name, Integer sortOrder) {
        requireAdmin(admin);
        Municipality municipality = id == null ? null
                : directory.municipality(id).orElseThrow(() -> new StaffAccessDeniedException("municipality"));
        List<FieldError> errors = new ArrayList<>();
        String clean = DirectoryFields.text(name, "name", Municipality.NAME_MAX, true, errors);
        if (clean != null && directory.municipalityNameTaken(clean, id)) {
            errors.add(new FieldError("name", "directory.error.municipality.taken"));
        }
        if (sortOrder != null && (sortOrder < 0 || sortOrder > 100_000)) {
            errors.add(new FieldError("sortOrder", "staff.help.sortOrder.range"));
        }
        DirectoryFields.check(errors);
        int order = sortOrder != null ? sortOrder : (directory.municipalities().size() + 1) * 10;
        if (municipality == null) {
            municipality = new Municipality(clean, order);
            directory.add(municipality);
        } else {
            municipality.change(clean, order);
        }
        record(admin, "municipality " + municipality.getId() + (id == null ? " added" : " changed"));
        return municipality.getId();
    }

    /** Deletes a municipal district that no institution names; false (and nothing changed) when one does. */
    public boolean delete(StaffActor admin, long id) {
        requireAdmin(admin);
        Municipality municipality = directory.municipality(id).orElse(null);
        if (municipality == null) {
            return true;
        }
        if (directory.institutionsIn(id) > 0) {
            return false;
        }
        directory.remove(municipality);
        record(admin, "municipality " + id + " deleted");
        return true;
    }

    private void record(StaffActor admin, String detail) {
        audit.record(AuditEvent.ofStaff(clock.instant(), AuditAction.DIRECTORY_CHANGED, AuditOutcome.SUCCESS,
                admin.userId(), admin.username(), admin.remoteAddress(), null, detail));
        changes.fire(new PublicContentChanged(PublicContentChanged.What.DIRECTORY));
    }

    private static void requireAdmin(StaffActor actor) {
        if (!actor.admin()) {
            throw new StaffAccessDeniedException("directory");
        }
    }
}
