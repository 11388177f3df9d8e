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
import jakarta.ejb.Schedule;
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

import ru.registratura.application.SlotGenerationService;
import ru.registratura.infrastructure.migration.DatabaseMigration;
import ru.registratura.infrastructure.monitoring.PortalMetrics;

/**
 * Generates slots for the booking horizon: shortly after the application starts, then every hour
 * (so the horizon moves on soon after midnight in any time zone). The timers fire on every instance of a
 * cluster; a run is made by the instance that takes the job's lease ({@link JobLeases}): the hourly run once an
 * hour for the cluster, the start-up run unless another instance ran a minute before, a run asked for
 * ({@link #runIn}) as soon as no other instance is running one. Runs are idempotent and each doctor is a
 * transaction of its own, and the database refuses duplicate slots, so a run cut short by an instance's death
 * leaves nothing half-done, and the timers need not be persistent.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SlotGenerationTimer {

    private static final Logger LOG = Logger.getLogger(SlotGenerationTimer.class.getName());

    @Resource
    private TimerService timerService;

    @EJB
    private DatabaseMigration migration;

    @EJB
    private SlotGenerationService generation;

    @Inject
    @ConfigProperty(name = "registratura.slots.first-run-delay-seconds", defaultValue = "5")
    long firstRunDelaySeconds;

    @EJB
    private JobLeases leases;

    @Inject
    PortalMetrics metrics;

    static final String JOB = "slot-generation";
    private static final String FIRST_RUN = "slot-generation-first";
    private static final String ASKED_RUN = "slot-generation-asked";
    /** How long after another instance's run the start-up run and the hourly run are not needed. */
    private static final Duration AFTER_START = Duration.ofMinutes(1);
    private static final Duration AFTER_HOUR = Duration.ofMinutes(30);
    /** A run asked for while another instance runs one waits this long and tries again. */
    private static final Duration ASKED_RETRY = Duration.ofSeconds(5);

    private final AtomicBoolean running = new AtomicBoolean();
    private JobLease lease;

    @PostConstruct
    void scheduleFirstRun() {
        lease = new JobLease(JOB, leases, metrics);
        timerService.createSingleActionTimer(Duration.ofSeconds(firstRunDelaySeconds).toMillis(),
                new TimerConfig(FIRST_RUN, false));
    }

    /** Starts a generation run in the background after the delay (after another instance's run, if one is on). */
    public void runIn(Duration delay) {
        timerService.createSingleActionTimer(delay.toMillis(), new TimerConfig(ASKED_RUN, false));
    }

    @Schedule(hour = "*", minute = "7", persistent = false, info = "slot-generation-hourly")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void hourly() {
        generate(AFTER_HOUR);
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void onTimeout(Timer timer) {
        if (ASKED_RUN.equals(timer.getInfo())) {
            if (!generate(Duration.ZERO)) {
                runIn(ASKED_RETRY);
            }
        } else {
            generate(AFTER_START);
        }
    }

    /** Runs a generation if this instance takes the lease; returns false when another run kept it from it. */
    private boolean generate(Duration sinceLastRun) {
        if (!migration.status().isApplied()) {
            LOG.warning("Slot generation skipped: the database schema is not migrated");
            return true;
        }
        if (!running.compareAndSet(false, true)) {
            LOG.info("Slot generation skipped: a run is in progress");
            return false;
        }
        long started = System.nanoTime();
        int added = 0;
        int failed = 0;
        boolean taken = false;
        try {
            taken = lease.take(sinceLastRun);
            if (!taken) {
                LOG.fine("Slot generation left to another instance of the cluster");
                return false;
            }
            for (Long doctorId : generation.doctorsToGenerate()) {
                try {
                    added += generation.generateForDoctor(doctorId);
                } catch (RuntimeException e) {
                    failed++;
                    LOG.log(Level.WARNING, "Slot generation failed for doctor id " + doctorId, e);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Slot generation failed (the next run tries again)", e);
        } finally {
            if (taken) {
                lease.end();
            }
            running.set(false);
        }
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        int addedTotal = added;
        int failedTotal = failed;
        LOG.info(() -> "Slot generation: " + addedTotal + " slot(s) added, " + failedTotal
                + " doctor(s) failed, in " + millis + " ms");
        return true;
    }
}
