package ru.registratura.interfaces.health;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import ru.registratura.infrastructure.migration.DatabaseMigration;
import ru.registratura.infrastructure.migration.MigrationStatus;
import ru.registratura.infrastructure.persistence.PersistenceUnitProbe;

/**
 * Ready only while the database answers, its schema was migrated, and the persistence unit the pages use
 * answers a query: a load balancer stops sending patients to an instance that would only show them errors
 * (a JDBC connection alone has said "ready" beside a closed EntityManagerFactory after a broken redeploy).
 * {@code /health/ready} answers 503 then, with the cause in a word in the response's data ({@code unreachable},
 * {@code invalid}, {@code failing}, the migration's state): the probe is open to anyone, so the exception's text
 * (host names, SQL, the database's own words) goes to the server's log only, once each time the cause changes.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    static final int VALIDATION_TIMEOUT_SECONDS = 2;

    private static final Logger LOG = Logger.getLogger(DatabaseReadinessCheck.class.getName());

    /** The last cause logged: a probe every few seconds writes one line per change, not one per probe. */
    private static final AtomicReference<String> LAST_LOGGED = new AtomicReference<>("");

    @Resource(lookup = "jdbc/registratura")
    private DataSource dataSource;

    @Inject
    private DatabaseMigration migration;

    @Inject
    private PersistenceUnitProbe persistenceUnit;

    @Override
    public HealthCheckResponse call() {
        return check(dataSource, migration.status(), persistenceUnit::query);
    }

    /** The probe runs a query through the persistence unit; it throws when the unit cannot serve. */
    static HealthCheckResponse check(DataSource dataSource, MigrationStatus migration, Runnable persistenceUnit) {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database")
                .withData("migration", migration.state().name());
        if (migration.isApplied()) {
            response.withData("migrationDetail", migration.detail());
        }
        String problem = migration.isApplied() ? "" : "migration " + migration.state() + ": " + migration.detail();
        boolean reachable;
        try (Connection connection = dataSource.getConnection()) {
            reachable = connection.isValid(VALIDATION_TIMEOUT_SECONDS);
            if (!reachable) {
                response.withData("error", "invalid");
                problem = "the database's connection is not valid";
            }
        } catch (SQLException e) {
            reachable = false;
            response.withData("error", "unreachable");
            problem = "the database does not answer: " + e;
        }
        boolean serving = false;
        if (reachable) {
            try {
                persistenceUnit.run();
                serving = true;
            } catch (RuntimeException e) {
                response.withData("persistenceUnit", "failing");
                problem = "the persistence unit cannot serve: " + e;
            }
        }
        logOnChange(problem);
        return response.withData("reachable", reachable)
                .withData("persistenceUnitServing", serving)
                .status(reachable && serving && migration.isApplied())
                .build();
    }

    private static void logOnChange(String problem) {
        if (!LAST_LOGGED.getAndSet(problem).equals(problem)) {
            if (problem.isEmpty()) {
                LOG.info("Readiness: the database is ready again");
            } else {
                LOG.warning("Readiness: not ready, " + problem);
            }
        }
    }
}
