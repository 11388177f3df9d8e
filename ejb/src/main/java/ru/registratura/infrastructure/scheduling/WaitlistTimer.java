package ru.registratura.infrastructure.scheduling;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import ru.registratura.application.WaitlistService;
import ru.registratura.infrastructure.migration.DatabaseMigration;
import ru.registratura.infrastructure.monitoring.PortalMetrics;

/**
 * Runs the waitlist's queue: every {@code registratura.waitlist.interval-seconds} (a minute by default), and soon
 * after a transaction that freed a slot ({@link WaitlistNudges}). A run ends the offers not confirmed in time,
 * closes the requests whose date has come, then offers free slots to the waiting requests in the order they were
 * made, each in a transaction of its own. Once per cluster at a time: the run is made by the instance that takes
 * the job's lease ({@link JobLeases}); a run asked for while another is on is tried again a second later.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class WaitlistTimer {

    private static final Logger LOG = Logger.getLogger(WaitlistTimer.class.getName());

    static final String JOB = "waitlist";
    private static final String ASKED_RUN = "waitlist-asked";
    private static final Duration ASKED_DELAY = Duration.ofMillis(200);
    private static final Duration ASKED_RETRY = Duration.ofSeconds(1);

    @Resource
    private TimerService timerService;

    @EJB
    private DatabaseMigration migration;

    @EJB
    private WaitlistService waitlist;

    @EJB
    private JobLeases leases;

    @Inject
    PortalMetrics metrics;

    @Inject
    @ConfigProperty(name = "registratura.waitlist.interval-seconds", defaultValue = "60")
    long intervalSeconds;

    private final AtomicBoolean running = new AtomicBoolean();
    /** A run asked for and not started yet: many cancellations at once ask for one run. */
    private final AtomicBoolean asked = new AtomicBoolean();
    private JobLease lease;
    private Duration interval;

    @PostConstruct
    void schedule() {
        // A run is a few statements per waiting request: an instance that dies in one holds the queue a minute.
        lease = new JobLease(JOB, leases, metrics, Duration.ofMinutes(1));
        interval = Duration.ofSeconds(Math.max(1, intervalSeconds));
        timerService.createIntervalTimer(interval.toMillis(), interval.toMillis(), new TimerConfig(JOB, false));
    }

    /** Asks for a run soon (a slot may have become free). */
    public void runSoon() {
        if (asked.compareAndSet(false, true)) {
            timerService.createSingleActionTimer(ASKED_DELAY.toMillis(), new TimerConfig(ASKED_RUN, false));
        }
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void onTimeout(Timer timer) {
        if (ASKED_RUN.equals(timer.getInfo())) {
            asked.set(false);
            if (!run(Duration.ZERO)) {
                runSoonAfter(ASKED_RETRY);
            }
        } else {
            // Not when another instance ran it less than half a period ago.
            run(interval.dividedBy(2));
        }
    }

    private void runSoonAfter(Duration delay) {
        if (asked.compareAndSet(false, true)) {
            timerService.createSingleActionTimer(delay.toMillis(), new TimerConfig(ASKED_RUN, false));
        }
    }

    /** One run of the queue if this instance takes the lease; false when another run kept it from it. */
    private boolean run(Duration sinceLastRun) {
        if (!migration.status().isApplied()) {
            return true;
        }
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        boolean taken = false;
        int ended = 0;
        int offered = 0;
        try {
            taken = lease.take(sinceLastRun);
            if (!taken) {
                return !sinceLastRun.isZero();
            }
            for (Long id : waitlist.offersEnded()) {
                try {
                    if (waitlist.endOffer(id)) {
                        ended++;
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Ending the waitlist offer of request " + id + " failed", e);
                }
            }
            waitlist.sweep();
            for (Long id : waitlist.dueForOffer()) {
                try {
                    if (waitlist.offer(id)) {
                        offered++;
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "The waitlist offer to request " + id + " failed", e);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The waitlist run failed (the next run tries again)", e);
        } finally {
            if (taken) {
                lease.end();
            }
            running.set(false);
        }
        if (ended + offered > 0) {
            int e = ended;
            int o = offered;
            LOG.info(() -> "Waitlist: " + o + " offer(s) made, " + e + " ended unconfirmed");
        }
        return true;
    }
}
