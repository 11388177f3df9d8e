package ru.registratura.application;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import ru.registratura.domain.audit.AuditAction;
import ru.registratura.domain.audit.AuditEvent;
import ru.registratura.domain.audit.AuditOutcome;
import ru.registratura.domain.audit.AuditRepository;
import ru.registratura.domain.card.FieldError;
import ru.registratura.domain.card.InvalidCardException;
import ru.registratura.domain.content.LegalAct;
import ru.registratura.domain.content.LegalActRepository;
import ru.registratura.domain.content.SafeLinks;

/**
 * An admin's list of legal acts («Законодательство»): add, change, delete. Admins only; every change is audited and
 * reaches the public page at once.
 */
@Stateless
public class LegalActAdminService {

    @Inject
    Event<PublicContentChanged> changes;

    @Inject
    LegalActRepository acts;

    @Inject
    AuditRepository audit;

    @Inject
    Clock clock;

    /** What an admin enters for an act. */
    public record LegalActForm(LegalAct.Level level, String title, String number, LocalDate adoptedOn, String url,
                               Integer sortOrder) implements Serializable {
    }

    public List<LegalAct> all(StaffActor actor) {
        requireAdmin(actor);
        return acts.all();
    }

    public Optional<LegalAct> find(StaffActor actor, long id) {
        requireAdmin(actor);
        return acts.find(id);
    }

    /** Saves a new act or changes one; refuses bad input with its fields and changes nothing then. */
    public long save(StaffActor actor, Long id, LegalActForm form) {
        requireAdmin(actor);
        LegalAct existing = id == null ? null
                : acts.find(id).orElseThrow(() -> new StaffAccessDeniedException("no legal act " + id));
        List<FieldError> problems = problems(form);
        if (!problems.isEmpty()) {
            record(actor, AuditOutcome.INVALID_INPUT, id, String.join(",", problems.stream().map(FieldError::field).toList()));
            throw new InvalidCardException(problems);
        }
        int order = form.sortOrder() == null ? (acts.all().size() + 1) * 10 : form.sortOrder();
        LegalAct act = existing;
        if (act == null) {
            act = new LegalAct(form.level(), form.title().strip(), blankToNull(form.number()), form.adoptedOn(),
                    blankToNull(form.url()), order);
            acts.store(act);
        } else {
            act.change(form.level(), form.title().strip(), blankToNull(form.number()), form.adoptedOn(),
                    blankToNull(form.url()), order);
        }
        record(actor, AuditOutcome.SUCCESS, act.getId(), existing == null ? "created" : "changed");
        return act.getId();
    }

    public void delete(StaffActor actor, long id) {
        requireAdmin(actor);
        acts.find(id).ifPresent(act -> {
            acts.remove(act);
            record(actor, AuditOutcome.SUCCESS, id, "deleted");
        });
    }

    private List<FieldError> problems(LegalActForm form) {
        List<FieldError> problems = new ArrayList<>();
        if (form.level() == null) {
            problems.add(new FieldError("level", "staff.legal.level.required", List.of()));
        }
        if (form.title() == null || form.title().isBlank()) {
            problems.add(new FieldError("title", "staff.legal.title.required", List.of()));
        } else if (form.title().strip().length() > LegalAct.TITLE_MAX) {
            problems.add(new FieldError("title", "staff.legal.title.tooLong", List.of()));
        }
        String number = blankToNull(form.number());
        if (number != null && number.length() > LegalAct.NUMBER_MAX) {
            problems.add(new FieldError("number", "staff.legal.number.tooLong", List.of()));
        }
        if (form.adoptedOn() != null && form.adoptedOn().isAfter(LocalDate.now(clock).plusYears(1))) {
            problems.add(new FieldError("adoptedOn", "staff.legal.adoptedOn.future", List.of()));
        }
        String url = blankToNull(form.url());
        if (url != null && !SafeLinks.isSafe(url)) {
            problems.add(new FieldError("url", "staff.legal.url.format", List.of()));
        }
        if (form.sortOrder() != null && (form.sortOrder() < 0 || form.sortOrder() > 100_000)) {
            problems.add(new FieldError("sortOrder", "staff.help.sortOrder.range", List.of()));
        }
        return problems;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private void requireAdmin(StaffActor actor) {
        if (!actor.admin()) {
            record(actor, AuditOutcome.FORBIDDEN, null, "not an admin");
            throw new StaffAccessDeniedException("legal acts");
        }
    }

    /** Audited; a change made also drops the public page's copy of the list once it has committed. */
    private void record(StaffActor actor, AuditOutcome outcome, Long id, String detail) {
        audit.record(AuditEvent.ofStaff(clock.instant(), AuditAction.LEGAL_ACTS_CHANGED, outcome, actor.userId(),
                actor.username(), actor.remoteAddress(), id, detail));
        if (outcome == AuditOutcome.SUCCESS) {
            changes.fire(new PublicContentChanged(PublicContentChanged.What.LEGAL_ACTS));
        }
    }
}
