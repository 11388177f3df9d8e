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

/**
 * Sends the day-before reminders: every {@code registratura.reminders.interval-seconds} (15 minutes by
 * default), the booked appointments of tomorrow not yet reminded. Each is reminded in a transaction of its
 * own that marks it, so a run on another cluster member or an overlapping run reminds nobody twice.
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

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        long interval = Duration.ofSeconds(Math.max(1, intervalSeconds)).toMillis();
        timerService.createIntervalTimer(interval, interval, new TimerConfig("appointment-reminders", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void run() {
        if (!migration.status().isApplied() || !running.compareAndSet(false, true)) {
            return;
        }
        int sent = 0;
        try {
            for (Long id : reminders.dueTomorrow()) {
                try {
                    if (reminders.remind(id)) {
                        sent++;
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "The reminder of appointment " + id + " failed", e);
                }
            }
        } finally {
            running.set(false);
        }
        if (sent > 0) {
            int total = sent;
            LOG.info(() -> "Reminders: " + total + " appointment(s) of tomorrow reminded");
        }
    }
}
