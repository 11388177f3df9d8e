package ru.registratura.infrastructure.monitoring;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.LocalMapStats;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

import ru.registratura.application.AppointmentBooked;
import ru.registratura.infrastructure.cluster.DataGrid;
import ru.registratura.infrastructure.cluster.ThisInstance;

/**
 * What the region's monitoring reads of each instance at {@code /metrics} (Prometheus text, beside the JVM's and
 * the booking API's own): bookings by channel, requests refused by the admission gates, open HTTP sessions, runs of
 * the scheduled jobs made by this instance, and this instance's database connections. {@code server-config/prometheus}
 * has the scrape configuration and the alert rules that read them.
 */
@ApplicationScoped
public class PortalMetrics {

    /** Connections this instance holds in PostgreSQL: the pool names them registratura-<instance>. */
    private static final String CONNECTIONS = "select count(*), count(*) filter (where state <> 'idle') "
            + "from pg_stat_activity where application_name = ?";
    /** The data grid's map of the replicated web sessions in Payara 6. */
    private static final String SESSIONS_MAP = "";
    private static final Logger LOG = Logger.getLogger(PortalMetrics.class.getName());

    @Inject
    MetricRegistry registry;

    @Resource(lookup = "jdbc/registratura")
    DataSource database;

    /** The pool's size (set by server-config/postgresql-database.sh; none on H2). */
    @Inject
    @ConfigProperty(name = "registratura.db.pool-max", defaultValue = "-1")
    long poolMax;

    /** The ids of the sessions made here and not ended (a session that moved here from a dead instance is not). */
    private final Set<String> sessions = ConcurrentHashMap.newKeySet();
    private volatile boolean postgresql = true;
    private volatile Connections lastConnections;
    private volatile HazelcastInstance grid;

    /** This instance's connections in PostgreSQL, read once for both gauges of a scrape. */
    private record Connections(long open, long inUse, long readAt) {
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        registry.gauge("registratura_sessions_active", sessions::size);
        registry.gauge("registratura_db_connections_open", () -> connections().open());
        registry.gauge("registratura_db_connections_in_use", () -> connections().inUse());
        registry.gauge("registratura_db_pool_max", () -> poolMax);
        registry.gauge("registratura_sessions_replicated", () -> replicatedSessions(1));
        registry.gauge("registratura_sessions_replicated_bytes", () -> replicatedSessions(2));
    }

    void booked(@Observes(during = TransactionPhase.AFTER_SUCCESS) AppointmentBooked booked) {
        registry.counter("registratura_bookings", new Tag("channel", booked.channel().name().toLowerCase(Locale.ROOT)))
                .inc();
    }

    /** A request the admission gate of the booking pages ({@code pages}) or of the API ({@code api}) refused. */
    public void refused(String gate) {
        registry.counter("registratura_admission_refused", new Tag("gate", gate)).inc();
    }

    /** A run of a scheduled job made by this instance (the others made none of it: JobLeases). */
    public void jobRan(String job) {
        registry.counter("registratura_job_runs", new Tag("job", job)).inc();
    }

    public void sessionCreated(String id) {
        sessions.add(id);
    }

    public void sessionDestroyed(String id) {
        sessions.remove(id);
    }

    /** A session made here got a new id (at each login: session fixation). */
    public void sessionIdChanged(String oldId, String newId) {
        if (sessions.remove(oldId)) {
            sessions.add(newId);
        }
    }

    /**
     * The connections this instance has open in PostgreSQL and, of them, those in use (the query's own connection
     * not counted): read once a second at most, so that one scrape asks once for both gauges; -1 on H2 or when the
     * database does not answer.
     */
    private Connections connections() {
        long now = System.nanoTime();
        Connections last = lastConnections;
        if (last != null && now - last.readAt() < TimeUnit.SECONDS.toNanos(1)) {
            return last;
        }
        Connections read = readConnections(now);
        lastConnections = read;
        return read;
    }

    private Connections readConnections(long now) {
        if (!postgresql) {
            return new Connections(-1, -1, now);
        }
        try (Connection c = database.getConnection()) {
            if (!"PostgreSQL".equals(c.getMetaData().getDatabaseProductName())) {
                postgresql = false;
                return new Connections(-1, -1, now);
            }
            try (PreparedStatement s = c.prepareStatement(CONNECTIONS)) {
                s.setString(1, "registratura-" + ThisInstance.NAME);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return new Connections(r.getLong(1), r.getLong(2) - 1, now);
                }
            }
        } catch (SQLException e) {
            LOG.log(Level.FINE, "The database does not answer the metrics' query", e);
            return new Connections(-1, -1, now);
        }
    }

    /**
     * The replicated HTTP sessions (a cluster's, deployed with availability) whose primary copy is in this member's
     * partitions of the data grid: column 1 their number, 2 their size there (serialised, with the grid's overhead).
     * Payara 6 keeps them in the grid's map named "" (found by listing the grid's maps). -1 without a grid.
     */
    private long replicatedSessions(int column) {
        HazelcastInstance found = grid;
        if (found == null || !found.getLifecycleService().isRunning()) {
            found = DataGrid.instance(); // looked up again only while there is none
            grid = found;
        }
        if (found == null) {
            return -1;
        }
        LocalMapStats stats = found.getMap(SESSIONS_MAP).getLocalMapStats();
        return column == 1 ? stats.getOwnedEntryCount() : stats.getOwnedEntryMemoryCost();
    }
}
