package ru.registratura.infrastructure.scheduling;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ru.registratura.infrastructure.cluster.ThisInstance;

/**
 * Which instance of a cluster runs a scheduled job (table {@code job_lease}): each timer fires on every instance,
 * and only the one that takes the job's lease runs it. A lease ends when its run ends, or by itself after the
 * run's longest time, so that an instance killed in the middle holds the job no longer than that (each unit of a
 * job is a transaction of its own: what it did stays, what it did not is done by the next run). Each call is a
 * transaction of its own, committed before the job runs.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobLeases {

    @PersistenceContext(unitName = "registratura")
    private EntityManager em;

    @Inject
    Clock clock;

    /** A holder's name: the Payara instance and a random part, unique per timer bean of a running application. */
    public static String newHolder() {
        return ThisInstance.NAME + " " + ManagementFactory.getRuntimeMXBean().getName() + " "
                + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * Takes the job's lease for at most {@code longestRun} when nobody holds it and the last run ended at least
     * {@code sinceLastRun} ago (zero: whenever nobody holds it). Returns whether this holder may run the job now.
     */
    public boolean take(String job, String holder, Duration longestRun, Duration sinceLastRun) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        return em.createNativeQuery("update job_lease set holder = ?1, lease_until = ?2 where job = ?3 "
                        + "and (lease_until is null or lease_until < ?4) "
                        + "and (last_run_at is null or last_run_at <= ?5)")
                .setParameter(1, holder)
                .setParameter(2, now.plus(longestRun))
                .setParameter(3, job)
                .setParameter(4, now)
                .setParameter(5, now.minus(sinceLastRun))
                .executeUpdate() == 1;
    }

    /** Ends this holder's lease and counts the run. */
    public void release(String job, String holder) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        em.createNativeQuery("update job_lease set holder = null, lease_until = null, runs = runs + 1, "
                        + "last_run_by = ?1, last_run_at = ?2 where job = ?3 and holder = ?1")
                .setParameter(1, holder)
                .setParameter(2, now)
                .setParameter(3, job)
                .executeUpdate();
    }
}
