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
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import ru.registratura.application.SlotGenerationService;
import ru.registratura.infrastructure.migration.DatabaseMigration;

/**
 * Generates slots for the booking horizon: shortly after the application starts, then every hour
 * (so the horizon moves on soon after midnight in any time zone). Runs are idempotent, and the
 * database refuses duplicate slots, so overlapping runs on several cluster members are harmless;
 * the timers are not persistent for the same reason.
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

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void scheduleFirstRun() {
        runIn(Duration.ofSeconds(firstRunDelaySeconds));
    }

    /** Starts a generation run in the background after the delay. */
    public void runIn(Duration delay) {
        timerService.createSingleActionTimer(delay.toMillis(), new TimerConfig("slot-generation", false));
    }

    @Schedule(hour = "*", minute = "7", persistent = false, info = "slot-generation-hourly")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void hourly() {
        generate();
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void onTimeout() {
        generate();
    }

    private void generate() {
        if (!migration.status().isApplied()) {
            LOG.warning("Slot generation skipped: the database schema is not migrated");
            return;
        }
        if (!running.compareAndSet(false, true)) {
            LOG.info("Slot generation skipped: a run is in progress");
            return;
        }
        long started = System.nanoTime();
        int added = 0;
        int failed = 0;
        try {
            for (Long doctorId : generation.doctorsToGenerate()) {
                try {
                    added += generation.generateForDoctor(doctorId);
                } catch (RuntimeException e) {
                    failed++;
                    LOG.log(Level.WARNING, "Slot generation failed for doctor id " + doctorId, e);
                }
            }
        } finally {
            running.set(false);
        }
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        int addedTotal = added;
        int failedTotal = failed;
        LOG.info(() -> "Slot generation: " + addedTotal + " slot(s) added, " + failedTotal
                + " doctor(s) failed, in " + millis + " ms");
    }
}
