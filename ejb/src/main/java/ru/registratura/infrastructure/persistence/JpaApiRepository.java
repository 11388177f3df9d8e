package ru.registratura.infrastructure.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ru.registratura.domain.api.ApiRepository;

@ApplicationScoped
public class JpaApiRepository implements ApiRepository {

    @PersistenceContext(unitName = "registratura")
    private EntityManager em;

    @Override
    public void lookedUp(String subject, long registerEntryId, Instant at) {
        // Delete and insert: portable to H2, and the row's lock keeps two lookups of one caller in turn.
        em.createNativeQuery("delete from api_patient_lookup where subject = ? and register_entry_id = ?")
                .setParameter(1, subject).setParameter(2, registerEntryId).executeUpdate();
        em.createNativeQuery("insert into api_patient_lookup (subject, register_entry_id, looked_up_at) values (?, ?, ?)")
                .setParameter(1, subject).setParameter(2, registerEntryId).setParameter(3, utc(at)).executeUpdate();
    }

    @Override
    public Optional<Instant> lookedUpAt(String subject, long registerEntryId) {
        List<?> rows = em.createNativeQuery("select looked_up_at from api_patient_lookup where subject = ? "
                        + "and register_entry_id = ?")
                .setParameter(1, subject).setParameter(2, registerEntryId).getResultList();
        return rows.stream().findFirst().map(JpaApiRepository::instant);
    }

    @Override
    public boolean takeKey(String subject, String key, String requestHash, Instant at) {
        return em.createNativeQuery("insert into api_idempotency (subject, idempotency_key, request_hash, created_at) "
                        + "values (?, ?, ?, ?) on conflict do nothing")
                .setParameter(1, subject).setParameter(2, key).setParameter(3, requestHash).setParameter(4, utc(at))
                .executeUpdate() == 1;
    }

    @Override
    public Optional<Remembered> remembered(String subject, String key) {
        List<?> rows = em.createNativeQuery("select request_hash, appointment_id, refusal from api_idempotency "
                        + "where subject = ? and idempotency_key = ?")
                .setParameter(1, subject).setParameter(2, key).getResultList();
        return rows.stream().findFirst().map(row -> (Object[]) row).map(r -> new Remembered((String) r[0],
                r[1] == null ? null : ((Number) r[1]).longValue(), (String) r[2]));
    }

    @Override
    public void settle(String subject, String key, Long appointmentId, String refusal) {
        em.createNativeQuery("update api_idempotency set appointment_id = ?, refusal = ? where subject = ? "
                        + "and idempotency_key = ?")
                .setParameter(1, appointmentId).setParameter(2, refusal).setParameter(3, subject).setParameter(4, key)
                .executeUpdate();
    }

    @Override
    public Optional<Long> entryOf(long appointmentId) {
        List<?> rows = em.createNativeQuery("select coalesce(a.register_entry_id, s.entry_id) from appointment a "
                        + "left join attachment_search s on s.card_id = a.card_id where a.id = ?")
                .setParameter(1, appointmentId).getResultList();
        return rows.stream().filter(Objects::nonNull).findFirst().map(v -> ((Number) v).longValue());
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
