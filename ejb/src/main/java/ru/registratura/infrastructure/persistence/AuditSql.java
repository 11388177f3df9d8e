package ru.registratura.infrastructure.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import ru.registratura.domain.audit.AuditAction;
import ru.registratura.domain.audit.AuditFilter;
import ru.registratura.domain.audit.AuditRecord;

/**
 * The audit log's SQL: a page of the trail for a filter and an order, and its capped count. One place, read by
 * {@link JpaAuditRepository} and by the audit log's benchmark (bench/, ten million events), so that what is
 * measured is what the page runs.
 */
public final class AuditSql {

    /** Patients' actions whose object is a card. */
    static final List<String> CARD_OBJECTS = List.of(AuditAction.CARD_ADDED.name(), AuditAction.CARD_CHANGED.name(),
            AuditAction.CARD_DELETED.name(), AuditAction.CARD_VIEWED.name(), AuditAction.ATTACHMENT_SEARCH_RETRIED.name(),
            AuditAction.APPOINTMENT_BOOKED.name(), AuditAction.APPOINTMENT_CANCELLED.name(),
            AuditAction.ACTING_FOR_CHANGED.name());
    /** Staff actions whose object is an appointment. */
    static final List<String> APPOINTMENT_OBJECTS = List.of(AuditAction.APPOINTMENT_BOOKED.name(),
            AuditAction.APPOINTMENT_CANCELLED.name(), AuditAction.APPOINTMENT_MARKED.name());

    private static final String COLUMNS = "select id, occurred_at, action, outcome, subject, account_id, staff_user_id, "
            + "acting_for, object_id, remote_address, detail from audit_event where 1 = 1";

    /** A statement and its positional parameters. */
    public record Statement(String sql, List<Object> parameters) {
    }

    private AuditSql() {
    }

    /**
     * The events that pass the filter in the order, after {@code after} in it (null: from the start), from
     * {@code offset}, at most {@code limit}; empty when the filter can match nothing (a person nobody knows).
     */
    public static Optional<Statement> page(AuditFilter filter, AuditFilter.Order order, AuditRecord after, int offset,
                                           int limit) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder where = where(filter, after, parameters);
        if (where == null) {
            return Optional.empty();
        }
        return Optional.of(new Statement(COLUMNS + where + orderBy(order) + " limit " + Math.max(0, limit)
                + " offset " + Math.max(0, offset), parameters));
    }

    /** How many events pass the filter, counted no further than {@code cap}; empty when it can match nothing. */
    public static Optional<Statement> count(AuditFilter filter, long cap) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder where = where(filter, null, parameters);
        if (where == null) {
            return Optional.empty();
        }
        return Optional.of(new Statement("select count(*) from (select 1 from audit_event where 1 = 1" + where
                + " limit " + cap + ") counted", parameters));
    }

    /**
     * The ORDER BY of an order: the time, or the action or the user name and then the time, each the order of an
     * index of V23 read forwards or backwards (ties by id, so that pages do not overlap).
     */
    static String orderBy(AuditFilter.Order order) {
        return switch (order) {
            case LATEST_FIRST -> " order by occurred_at desc, id desc";
            case OLDEST_FIRST -> " order by occurred_at, id";
            case ACTION -> " order by action, occurred_at desc, id desc";
            case ACTION_DESCENDING -> " order by action desc, occurred_at, id";
            case USER -> " order by subject, occurred_at desc, id desc";
            case USER_DESCENDING -> " order by subject desc, occurred_at, id";
        };
    }

    /** The filter's conditions (each " and …"), their parameters added; null when it can match nothing. */
    private static StringBuilder where(AuditFilter filter, AuditRecord after, List<Object> parameters) {
        StringBuilder sql = new StringBuilder();
        if (filter.subject() != null) {
            sql.append(" and subject = ?");
            parameters.add(filter.subject());
        }
        // The action and the outcome are written into the statement (the names of the portal's own constants:
        // nothing to escape), not bound: PostgreSQL may plan a bound value once for all values, and such a plan,
        // reading the time's index and filtering, took seconds for a rare action at ten million events.
        if (filter.action() != null) {
            sql.append(" and action = '").append(filter.action().name()).append("'");
        }
        if (filter.outcome() != null) {
            sql.append(" and outcome = '").append(filter.outcome().name()).append("'");
        }
        if (filter.from() != null) {
            sql.append(" and occurred_at >= ?");
            parameters.add(utc(filter.from()));
        }
        if (filter.until() != null) {
            sql.append(" and occurred_at < ?");
            parameters.add(utc(filter.until()));
        }
        if (after != null) {
            sql.append(" and (occurred_at < ? or (occurred_at = ? and id < ?))");
            parameters.add(utc(after.occurredAt()));
            parameters.add(utc(after.occurredAt()));
            parameters.add(after.id());
        }
        AuditFilter.Person person = filter.person();
        if (person != null) {
            if (person.unknown()) {
                return null;
            }
            // Each id set against the columns and actions that name that kind of object: ids of different
            // tables come from different sequences and may be equal.
            sql.append(" and (account_id in ").append(ids(person.accounts()))
                    .append(" or acting_for in ").append(ids(person.cards()))
                    .append(" or (staff_user_id is null and action in ").append(names(CARD_OBJECTS))
                    .append(" and object_id in ").append(ids(person.cards())).append(")")
                    .append(" or (staff_user_id is not null and action in ").append(names(APPOINTMENT_OBJECTS))
                    .append(" and object_id in ").append(ids(person.appointments())).append(")")
                    .append(" or (action = '").append(AuditAction.STAFF_PATIENT_VIEWED.name())
                    .append("' and ((detail = 'card' and object_id in ").append(ids(person.cards()))
                    .append(") or (detail = 'register entry' and object_id in ").append(ids(person.entries()))
                    .append("))))");
        }
        return sql;
    }

    /** An SQL list of ids (numbers only, so nothing to escape); (-1) for none, which matches no row. */
    static String ids(Set<Long> ids) {
        return ids.isEmpty() ? "(-1)" : ids.stream().map(String::valueOf).collect(Collectors.joining(", ", "(", ")"));
    }

    /** An SQL list of names (the portal's own constants: nothing to escape). */
    private static String names(List<String> names) {
        return names.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", ", "(", ")"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
