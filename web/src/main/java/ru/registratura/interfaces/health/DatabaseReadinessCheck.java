package ru.registratura.interfaces.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import ru.registratura.infrastructure.migration.DatabaseMigration;
import ru.registratura.infrastructure.migration.MigrationStatus;

/**
 * Ready only while the database answers and its schema was migrated: a load balancer stops sending
 * patients to an instance that would only show them errors. {@code /health/ready} answers 503 then,
 * with the cause in the response's data.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    static final int VALIDATION_TIMEOUT_SECONDS = 2;

    @Resource(lookup = "jdbc/registratura")
    private DataSource dataSource;

    @Inject
    private DatabaseMigration migration;

    @Override
    public HealthCheckResponse call() {
        return check(dataSource, migration.status());
    }

    static HealthCheckResponse check(DataSource dataSource, MigrationStatus migration) {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database")
                .withData("migration", migration.state().name())
                .withData("migrationDetail", migration.detail());
        boolean reachable;
        try (Connection connection = dataSource.getConnection()) {
            reachable = connection.isValid(VALIDATION_TIMEOUT_SECONDS);
            if (!reachable) {
                response.withData("error", "connection is not valid");
            }
        } catch (SQLException e) {
            reachable = false;
            response.withData("error", e.getMessage() == null ? e.getClass().getName() : e.getMessage());
        }
        return response.withData("reachable", reachable)
                .status(reachable && migration.isApplied())
                .build();
    }
}
