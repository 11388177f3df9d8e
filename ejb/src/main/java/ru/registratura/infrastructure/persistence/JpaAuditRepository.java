package ru.registratura.infrastructure.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import ru.registratura.domain.audit.AuditAction;
import ru.registratura.domain.audit.AuditEvent;
import ru.registratura.domain.audit.AuditFilter;
import ru.registratura.domain.audit.AuditRecord;
import ru.registratura.domain.audit.AuditRepository;

@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

    /** Patients' actions whose object is a card. */
    private static final List<String> CARD_OBJECTS = List.of(AuditAction.CARD_ADDED.name(), AuditAction.CARD_CHANGED.name(),
            AuditAction.CARD_DELETED.name(), AuditAction.CARD_VIEWED.name(), AuditAction.ATTACHMENT_SEARCH_RETRIED.name(),
            AuditAction.APPOINTMENT_BOOKED.name(), AuditAction.APPOINTMENT_CANCELLED.name(),
            AuditAction.ACTING_FOR_CHANGED.name());
    /** Staff actions whose object is an appointment. */
    private static final List<String> APPOINTMENT_OBJECTS = List.of(AuditAction.APPOINTMENT_BOOKED.name(),
            AuditAction.APPOINTMENT_CANCELLED.name(), AuditAction.APPOINTMENT_MARKED.name());

    @PersistenceContext(unitName = "registratura")
    private EntityManager em;

    @Override
    public void record(AuditEvent event) {
        em.persist(event);
    }

    @Override
    public List<AuditRecord> find(AuditFilter filter, int offset, int limit) {
        return query(filter, null, offset, limit);
    }

    @Override
    public List<AuditRecord> findAfter(AuditFilter filter, AuditRecord after, int limit) {
        return query(filter, after, 0, limit);
    }

    private List<AuditRecord> query(AuditFilter filter, AuditRecord after, int offset, int limit) {
        StringBuilder sql = new StringBuilder("select id, occurred_at, action, outcome, subject, account_id, staff_user_id, "
                + "acting_for, object_id, remote_address, detail from audit_event where 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (filter.subject() != null) {
            sql.append(" and subject = ?");
            parameters.add(filter.subject());
        }
        if (filter.action() != null) {
            sql.append(" and action = ?");
            parameters.add(filter.action().name());
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
                return List.of();
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
        sql.append(" order by occurred_at desc, id desc");
        Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        List<?> rows = query.setFirstResult(offset).setMaxResults(limit).getResultList();
        List<AuditRecord> records = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            records.add(new AuditRecord(number(r[0]), instant(r[1]), (String) r[2], (String) r[3], (String) r[4],
                    optional(r[5]), optional(r[6]), optional(r[7]), optional(r[8]), (String) r[9], (String) r[10]));
        }
        return records;
    }

    @Override
    public AuditFilter.Person person(String policySeries, String policyNumber, String snils) {
        Set<Long> accounts;
        Set<Long> cards;
        Set<Long> entries;
        if (policyNumber != null) {
            String series = policySeries == null ? "" : policySeries;
            accounts = longs("select id from patient_account where policy_number = ? and coalesce(policy_series, '') = ?",
                    policyNumber, series);
            cards = longs("select id from patient_card where policy_number = ? and coalesce(policy_series, '') = ?",
                    policyNumber, series);
            entries = longs("select id from attachment_register where policy_number = ? "
                    + "and coalesce(policy_series, '') = ?", policyNumber, series);
        } else {
            accounts = longs("select id from patient_account where snils = ?", snils);
            cards = longs("select id from patient_card where snils = ?", snils);
            entries = longs("select id from attachment_register where snils = ?", snils);
        }
        Set<Long> appointments = new HashSet<>();
        if (!cards.isEmpty()) {
            appointments.addAll(longs("select id from appointment where card_id in " + ids(cards)));
        }
        if (!entries.isEmpty()) {
            appointments.addAll(longs("select id from appointment where register_entry_id in " + ids(entries)));
        }
        return new AuditFilter.Person(accounts, cards, entries, appointments);
    }

    private Set<Long> longs(String sql, Object... parameters) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((List<?>) query.getResultList()).stream().map(JpaAuditRepository::number).collect(Collectors.toSet());
    }

    /** An SQL list of ids (numbers only, so nothing to escape); (-1) for none, which matches no row. */
    private static String ids(Set<Long> ids) {
        return ids.isEmpty() ? "(-1)" : ids.stream().map(String::valueOf).collect(Collectors.joining(", ", "(", ")"));
    }

    private static String names(List<String> names) {
        return names.stream().collect(Collectors.joining("', '", "('", "')"));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static Long optional(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return ((TemporalAccessor) value) instanceof LocalDateTime local
                ? local.toInstant(ZoneOffset.UTC) : Instant.from((TemporalAccessor) value);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
