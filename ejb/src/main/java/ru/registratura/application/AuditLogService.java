package ru.registratura.application;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import ru.registratura.domain.audit.AuditAction;
import ru.registratura.domain.audit.AuditEvent;
import ru.registratura.domain.audit.AuditFilter;
import ru.registratura.domain.audit.AuditOutcome;
import ru.registratura.domain.audit.AuditRecord;
import ru.registratura.domain.audit.AuditRepository;
import ru.registratura.domain.card.FieldError;
import ru.registratura.domain.card.InvalidCardException;
import ru.registratura.domain.card.InvalidValueException;
import ru.registratura.domain.card.OmsPolicy;
import ru.registratura.domain.card.Snils;
import ru.registratura.infrastructure.config.RegionSettings;

/**
 * The audit log for admins: the trail filtered by user, person (policy or SNILS), action and period, page by
 * page on screen and whole (up to {@link #EXPORT_LIMIT} events) as CSV; an export is itself audited.
 */
@Stateless
public class AuditLogService {

    public static final int PAGE_SIZE = 50;
    public static final int EXPORT_LIMIT = 100_000;
    private static final int EXPORT_BATCH = 2_000;

    @Inject
    AuditRepository audit;

    @Inject
    RegionSettings region;

    @Inject
    Clock clock;

    /**
     * The filter as typed: each part optional; the period's days in the region's time zone, both inclusive; the
     * outcome is the table's column filter.
     */
    public record Query(String user, String person, AuditAction action, LocalDate from, LocalDate until,
                        AuditOutcome outcome) implements Serializable {

        public Query(String user, String person, AuditAction action, LocalDate from, LocalDate until) {
            this(user, person, action, from, until, null);
        }
    }

    /** The most events a selection counts: a larger one shows «more than» that and asks for a narrower filter. */
    public static final long COUNT_CAP = 10_000;

    /**
     * How many events the filter selects, counted up to {@link #COUNT_CAP} and one more: a larger selection shows
     * «more than» the cap, and its pages end there.
     */
    public long count(StaffActor admin, Query query) {
        requireAdmin(admin);
        return audit.countUpTo(filter(query), COUNT_CAP + 1);
    }

    /**
     * One page of the log's table: the events of the filter in the order asked, from {@code first} (at most
     * {@link #COUNT_CAP}), at most {@code size} (at most 100).
     */
    public List<AuditRecord> page(StaffActor admin, Query query, AuditFilter.Order order, int first, int size) {
        requireAdmin(admin);
        return audit.find(filter(query), order == null ? AuditFilter.Order.LATEST_FIRST : order,
                (int) Math.min(Math.max(0, first), COUNT_CAP), Math.max(1, Math.min(100, size)));
    }

    /** A page of events, latest first, and whether there are more. */
    public record Page(List<AuditRecord> events, boolean more) implements Serializable {
    }

    public Page search(StaffActor admin, Query query, int page) {
        requireAdmin(admin);
        List<AuditRecord> events = audit.find(filter(query), Math.max(0, page) * PAGE_SIZE, PAGE_SIZE + 1);
        boolean more = events.size() > PAGE_SIZE;
        return new Page(more ? events.subList(0, PAGE_SIZE) : events, more);
    }

    /** Hands every event of the filter to the sink, latest first, at most {@link #EXPORT_LIMIT}; returns how many. */
    public int export(StaffActor admin, Query query, Consumer<AuditRecord> sink) {
        requireAdmin(admin);
        AuditFilter filter = filter(query);
        int exported = 0;
        AuditRecord last = null;
        while (exported < EXPORT_LIMIT) {
            int size = Math.min(EXPORT_BATCH, EXPORT_LIMIT - exported);
            List<AuditRecord> batch = last == null ? audit.find(filter, 0, size) : audit.findAfter(filter, last, size);
            batch.forEach(sink);
            exported += batch.size();
            if (batch.size() < size) {
                break;
            }
            last = batch.get(batch.size() - 1);
        }
        audit.record(AuditEvent.ofStaff(clock.instant(), AuditAction.AUDIT_EXPORTED, AuditOutcome.SUCCESS,
                admin.userId(), admin.username(), admin.remoteAddress(), null, exported + " events; filtered by"
                        + (query.user() == null ? "" : " user") + (query.person() == null ? "" : " person")
                        + (query.action() == null ? "" : " " + query.action()) + (query.from() == null ? "" : " from " + query.from())
                        + (query.until() == null ? "" : " until " + query.until())));
        return exported;
    }

    private AuditFilter filter(Query query) {
        List<FieldError> errors = new ArrayList<>();
        AuditFilter.Person person = null;
        if (query.person() != null && !query.person().isBlank()) {
            try {
                person = person(query.person().strip());
            } catch (InvalidValueException e) {
                errors.add(new FieldError("person", "audit.error.person"));
            }
        }
        if (query.from() != null && query.until() != null && query.until().isBefore(query.from())) {
            errors.add(new FieldError("until", "audit.error.period"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidCardException(errors);
        }
        String user = query.user() == null || query.user().isBlank() ? null : query.user().strip();
        return new AuditFilter(user, query.action(), query.outcome(),
                query.from() == null ? null : query.from().atStartOfDay(region.zone()).toInstant(),
                query.until() == null ? null : query.until().plusDays(1).atStartOfDay(region.zone()).toInstant(),
                person);
    }

    /** A SNILS (with dashes, or 11 digits), a ЕНП (16 digits), or an old policy as «series number». */
    private AuditFilter.Person person(String text) {
        String digits = text.replaceAll("[\\s-]", "");
        if (text.contains("-") || digits.matches("\\d{11}")) {
            return audit.person(null, null, Snils.parse(text).value());
        }
        int space = text.lastIndexOf(' ');
        OmsPolicy policy = space > 0 && !digits.matches("\\d{16}")
                ? OmsPolicy.parse(text.substring(0, space), text.substring(space + 1))
                : OmsPolicy.parse(null, text);
        return audit.person(policy.series(), policy.number(), null);
    }

    private static void requireAdmin(StaffActor actor) {
        if (!actor.admin()) {
            throw new StaffAccessDeniedException("audit log");
        }
    }
}
