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
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import ru.registratura.application.ReminderService;
import ru.registratura.infrastructure.migration.DatabaseMigration;
import ru.registratura.infrastructure.monitoring.PortalMetrics;

/**
 * Sends the day-before reminders: every {@code registratura.reminders.interval-seconds} (15 minutes by
 * default), the booked appointments of tomorrow not yet reminded. The timer fires on every instance of a cluster;
 * the run is made by the one that takes the job's lease ({@link JobLeases}), once per period for the cluster.
 * Each appointment is reminded in a transaction of its own that marks it, so that a run cut short by an
 * instance's death leaves no half-made reminder and the next run reminds the rest, nobody twice.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ReminderTimer {

    private static final Logger LOG = Logger.getLogger(ReminderTimer.class.getName());

    @Resource
    private TimerService timerService;

    @EJB
    private DatabaseMigration migration;

    @EJB
    private ReminderService reminders;

    @Inject
    @ConfigProperty(name = "registratura.reminders.interval-seconds", defaultValue = "900")
    long intervalSeconds;

    @EJB
    private JobLeases leases;

    @Inject
    PortalMetrics metrics;

    static final String JOB = "appointment-reminders";

    private final AtomicBoolean running = new AtomicBoolean();
    private JobLease lease;
    private Duration interval;

    @PostConstruct
    void schedule() {
        lease = new JobLease(JOB, leases, metrics);
        interval = Duration.ofSeconds(Math.max(1, intervalSeconds));
        timerService.createIntervalTimer(interval.toMillis(), interval.toMillis(), new TimerConfig(JOB, false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void run() {
        if (!migration.status().isApplied() || !running.compareAndSet(false, true)) {
            return;
        }
        int sent = 0;
        boolean taken = false;
        try {
            // Not when another instance ran it less than half a period ago, or runs it now.
            taken = lease.take(interval.dividedBy(2));
            if (!taken) {
                return;
            }
            for (Long id : reminders.dueTomorrow()) {
                try {
                    if (reminders.remind(id)) {
                        sent++;
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "The reminder of appointment " + id + " failed", e);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The reminder run failed (the next run tries again)", e);
        } finally {
            if (taken) {
                lease.end();
            }
            running.set(false);
        }
        if (sent > 0) {
            int total = sent;
            LOG.info(() -> "Reminders: " + total + " appointment(s) of tomorrow reminded");
        }
    }
}
