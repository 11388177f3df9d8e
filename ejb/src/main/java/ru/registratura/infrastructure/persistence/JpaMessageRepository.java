package ru.registratura.infrastructure.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ru.registratura.domain.notification.MessageKind;
import ru.registratura.domain.notification.MessageRepository;
import ru.registratura.domain.notification.PatientMessage;

@ApplicationScoped
public class JpaMessageRepository implements MessageRepository {

    @PersistenceContext(unitName = "registratura")
    private EntityManager em;

    @Override
    public void add(PatientMessage message) {
        em.persist(message);
    }

    @Override
    public List<PatientMessage> latest(long accountId, MessageKind kind, int limit) {
        return em.createQuery("select m from PatientMessage m where m.accountId = :account and m.kind = :kind "
                        + "order by m.createdAt desc, m.id desc", PatientMessage.class)
                .setParameter("account", accountId)
                .setParameter("kind", kind)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public Map<MessageKind, Long> unread(long accountId) {
        Map<MessageKind, Long> counts = new EnumMap<>(MessageKind.class);
        em.createQuery("select m.kind, count(m) from PatientMessage m where m.accountId = :account "
                        + "and m.readAt is null group by m.kind", Object[].class)
                .setParameter("account", accountId)
                .getResultList()
                .forEach(row -> counts.put((MessageKind) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    @Override
    public void markRead(long accountId, MessageKind kind, Instant now) {
        em.createQuery("update PatientMessage m set m.readAt = :now where m.accountId = :account and m.kind = :kind "
                        + "and m.readAt is null")
                .setParameter("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .setParameter("account", accountId)
                .setParameter("kind", kind)
                .executeUpdate();
    }
}
