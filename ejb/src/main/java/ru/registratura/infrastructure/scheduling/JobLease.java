package ru.registratura.infrastructure.scheduling;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

import ru.registratura.infrastructure.monitoring.PortalMetrics;

/**
 * A timer's hold on its job's lease ({@link JobLeases}): taken before a run, ended after it, each run counted in the
 * metrics. The lease ends by itself after {@link #LONGEST_RUN} when its instance dies before ending it.
 */
final class JobLease {

    static final Duration LONGEST_RUN = Duration.ofMinutes(10);
    private static final Logger LOG = Logger.getLogger(JobLease.class.getName());

    private final String job;
    private final String holder = JobLeases.newHolder();
    private final JobLeases leases;
    private final PortalMetrics metrics;
    private final Duration longestRun;

    JobLease(String job, JobLeases leases, PortalMetrics metrics) {
        this(job, leases, metrics, LONGEST_RUN);
    }

    /** A lease of a job whose runs are short: another instance takes over that much sooner after a death. */
    JobLease(String job, JobLeases leases, PortalMetrics metrics, Duration longestRun) {
        this.job = job;
        this.leases = leases;
        this.metrics = metrics;
        this.longestRun = longestRun;
    }

    /** Whether this instance runs the job now: nobody else runs it and its last run ended long enough ago. */
    boolean take(Duration sinceLastRun) {
        return leases.take(job, holder, longestRun, sinceLastRun);
    }

    /** After a run this instance took: counts it and lets the lease go. */
    void end() {
        metrics.jobRan(job);
        try {
            leases.release(job, holder);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The lease of " + job + " could not be ended; it ends by itself in " + longestRun, e);
        }
    }
}
