package ru.registratura.infrastructure.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import ru.registratura.domain.waitlist.WaitRequest;
import ru.registratura.domain.waitlist.WaitStatus;
import ru.registratura.domain.waitlist.WaitlistRepository;

/** The waitlist's requests. */
@ApplicationScoped
public class JpaWaitlistRepository implements WaitlistRepository {

    private static final List<WaitStatus> OPEN = List.of(WaitStatus.WAITING, WaitStatus.OFFERED);

    @PersistenceContext(unitName = "registratura")
    private EntityManager em;

    @Override
    public void add(WaitRequest request) {
        em.persist(request);
        em.flush();
    }

    @Override
    public Optional<WaitRequest> find(long id) {
        return Optional.ofNullable(em.find(WaitRequest.class, id));
    }

    @Override
    public Optional<Long> accountOf(long id) {
        return em.createQuery("select w.accountId from WaitRequest w where w.id = :id", Long.class)
                .setParameter("id", id)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<WaitRequest> lock(long id) {
        return Optional.ofNullable(em.find(WaitRequest.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<WaitRequest> ofAccount(long accountId, int max) {
        List<WaitRequest> open = em.createQuery("select w from WaitRequest w where w.accountId = :account "
                        + "and w.status in :open order by w.createdAt desc, w.id desc", WaitRequest.class)
                .setParameter("account", accountId)
                .setParameter("open", OPEN)
                .setMaxResults(max)
                .getResultList();
        if (open.size() >= max) {
            return open;
        }
        List<WaitRequest> all = new ArrayList<>(open);
        all.addAll(em.createQuery("select w from WaitRequest w where w.accountId = :account "
                        + "and w.status not in :open order by w.createdAt desc, w.id desc", WaitRequest.class)
                .setParameter("account", accountId)
                .setParameter("open", OPEN)
                .setMaxResults(max - open.size())
                .getResultList());
        return all;
    }

    @Override
    public boolean hasOffer(long cardId) {
        return !em.createQuery("select w.id from WaitRequest w where w.cardId = :card and w.status = :offered", Long.class)
                .setParameter("card", cardId)
                .setParameter("offered", WaitStatus.OFFERED)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    @Override
    public List<WaitRequest> openOf(long cardId) {
        return em.createQuery("select w from WaitRequest w where w.cardId = :card and w.status in :open", WaitRequest.class)
                .setParameter("card", cardId)
                .setParameter("open", OPEN)
                .getResultList();
    }

    @Override
    public long countOpenOfAccount(long accountId) {
        return em.createQuery("select count(w) from WaitRequest w where w.accountId = :account and w.status in :open",
                        Long.class)
                .setParameter("account", accountId)
                .setParameter("open", OPEN)
                .getSingleResult();
    }

    @Override
    public List<Long> dueForOffer(Instant now, Instant until) {
        // One statement for the whole queue: only the requests some free slot could serve come back, in queue order.
        List<?> rows = em.createNativeQuery("select w.id from wait_request w where w.status = 'WAITING' "
                        + "and w.wanted_before > ? and exists (select 1 from slot s join doctor d on d.id = s.doctor_id "
                        + "where s.appointment_id is null and s.held_by is null and s.withdrawn = false "
                        + "and s.access = 'INTERNET' and s.starts_at > ? and s.starts_at < w.wanted_before and s.starts_at < ? "
                        + "and (s.doctor_id = w.doctor_id or (w.doctor_id is null and d.specialty_id = w.specialty_id "
                        + "and d.institution_id = w.institution_id))) order by w.created_at, w.id")
                .setParameter(1, utc(now))
                .setParameter(2, utc(now))
                .setParameter(3, utc(until))
                .getResultList();
        return rows.stream().map(id -> ((Number) id).longValue()).toList();
    }

    @Override
    public List<Long> offersEnded(Instant now) {
        return em.createQuery("select w.id from WaitRequest w where w.status = :offered and w.offerUntil <= :now "
                        + "order by w.offerUntil", Long.class)
                .setParameter("offered", WaitStatus.OFFERED)
                .setParameter("now", utc(now))
                .getResultList();
    }

    @Override
    public int lapse(Instant now) {
        return em.createQuery("update WaitRequest w set w.status = :lapsed, w.closedAt = :now, w.version = w.version + 1 "
                        + "where w.status = :waiting and w.wantedBefore <= :now")
                .setParameter("lapsed", WaitStatus.LAPSED)
                .setParameter("waiting", WaitStatus.WAITING)
                .setParameter("now", utc(now))
                .executeUpdate();
    }

    @Override
    public List<WaitRequest> openOfInstitutions(Collection<Long> institutionIds, int first, int max) {
        if (institutionIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select w from WaitRequest w left join w.doctor d where w.status in :open "
                        + "and (d.institution.id in :institutions or w.institution.id in :institutions) "
                        + "order by w.createdAt, w.id", WaitRequest.class)
                .setParameter("open", OPEN)
                .setParameter("institutions", institutionIds)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public long countOpenOfInstitutions(Collection<Long> institutionIds) {
        if (institutionIds.isEmpty()) {
            return 0;
        }
        return em.createQuery("select count(w) from WaitRequest w left join w.doctor d where w.status in :open "
                        + "and (d.institution.id in :institutions or w.institution.id in :institutions)", Long.class)
                .setParameter("open", OPEN)
                .setParameter("institutions", institutionIds)
                .getSingleResult();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
