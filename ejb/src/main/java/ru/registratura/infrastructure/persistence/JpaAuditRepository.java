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
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import ru.registratura.domain.audit.AuditEvent;
import ru.registratura.domain.audit.AuditFilter;
import ru.registratura.domain.audit.AuditRecord;
import ru.registratura.domain.audit.AuditRepository;

@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

    @PersistenceContext(unitName = "registratura")
    private EntityManager em;

    @Override
    public void record(AuditEvent event) {
        em.persist(event);
    }

    @Override
    public List<AuditRecord> find(AuditFilter filter, AuditFilter.Order order, int offset, int limit) {
        return query(filter, order, null, offset, limit);
    }

    @Override
    public List<AuditRecord> findAfter(AuditFilter filter, AuditRecord after, int limit) {
        return query(filter, AuditFilter.Order.LATEST_FIRST, after, 0, limit);
    }

    @Override
    public long countUpTo(AuditFilter filter, long cap) {
        return AuditSql.count(filter, cap)
                .map(statement -> ((Number) query(statement).getSingleResult()).longValue())
                .orElse(0L);
    }

    private List<AuditRecord> query(AuditFilter filter, AuditFilter.Order order, AuditRecord after, int offset,
                                    int limit) {
        Optional<AuditSql.Statement> statement = AuditSql.page(filter, order, after, offset, limit);
        if (statement.isEmpty()) {
            return List.of();
        }
        List<?> rows = query(statement.get()).getResultList();
        List<AuditRecord> records = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            records.add(new AuditRecord(number(r[0]), instant(r[1]), (String) r[2], (String) r[3], (String) r[4],
                    optional(r[5]), optional(r[6]), optional(r[7]), optional(r[8]), (String) r[9], (String) r[10]));
        }
        return records;
    }

    private Query query(AuditSql.Statement statement) {
        Query query = em.createNativeQuery(statement.sql());
        for (int i = 0; i < statement.parameters().size(); i++) {
            query.setParameter(i + 1, statement.parameters().get(i));
        }
        return query;
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
            appointments.addAll(longs("select id from appointment where card_id in " + AuditSql.ids(cards)));
        }
        if (!entries.isEmpty()) {
            appointments.addAll(longs("select id from appointment where register_entry_id in " + AuditSql.ids(entries)));
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
}
