package ru.registratura.infrastructure.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

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
    public long unread(long accountId, MessageKind kind) {
        return em.createQuery("select count(m) from PatientMessage m where m.accountId = :account and m.kind = :kind "
                        + "and m.readAt is null", Long.class)
                .setParameter("account", accountId)
                .setParameter("kind", kind)
                .getSingleResult();
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
