package ru.registratura.infrastructure.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the Flyway migrations when the application starts, before anything touches the schema;
 * then, only where {@code registratura.demo-data} is true (the run and test commands set it), the
 * demo region, which keeps a migration history of its own so that it never mixes with the schema's.
 * A failed migration does not stop the deployment: the readiness check reports it with its cause.
 */
@Singleton
@Startup
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "jdbc/registratura")
    private DataSource dataSource;

    @Inject
    @ConfigProperty(name = "registratura.demo-data", defaultValue = "false")
    boolean demoData;

    private volatile MigrationStatus status = MigrationStatus.pending();

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // Flyway commits by itself
    void migrate() {
        ClassLoader loader = getClass().getClassLoader();
        try {
            MigrateResult schema = Flyway.configure(loader)
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .placeholders(placeholders(postgresql()))
                    .load()
                    .migrate();
            // Flyway names a target version only when it applied something; else the schema stays where it was.
            String version = schema.targetSchemaVersion != null ? schema.targetSchemaVersion : schema.initialSchemaVersion;
            LOG.info(() -> "Database schema at version " + version + ", "
                    + schema.migrationsExecuted + " migration(s) applied now");
            if (demoData) {
                MigrateResult demo = Flyway.configure(loader)
                        .dataSource(dataSource)
                        .locations("classpath:db/demo")
                        .table("flyway_demo_history")
                        .baselineOnMigrate(true)
                        .baselineVersion("0")
                        .load()
                        .migrate();
                LOG.info(() -> "Demo region loaded: " + demo.migrationsExecuted + " migration(s) applied now");
            } else {
                int disabled = disableDemoStaff(dataSource);
                if (disabled > 0) {
                    LOG.warning(() -> "registratura.demo-data is false: " + disabled + " demo staff account(s) disabled");
                }
            }
            status = MigrationStatus.applied(version);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Database migration failed; the portal reports itself not ready", e);
            status = MigrationStatus.failed(rootMessage(e));
        }
    }

    /**
     * With the demo switched off (after a demo, on a real installation), the demo staff accounts, whose passwords are
     * in the README, are disabled: nobody logs in with them. Returns how many were disabled now.
     */
    static int disableDemoStaff(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            return statement.executeUpdate("update staff_user set enabled = false where demo = true and enabled = true");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not disable the demo staff accounts", e);
        }
    }

    /**
     * What differs between PostgreSQL and H2 (the zero-setup run) in the migrations: statements of PostgreSQL's
     * partial indexes, which H2 does not have (there each is a no-op and the plain indexes serve).
     */
    static Map<String, String> placeholders(boolean postgresql) {
        String noOp = "select 1";
        return Map.of(
                "free_slot_index", postgresql
                        ? "create index slot_free_idx on slot (doctor_id, starts_at) where appointment_id is null" : noOp,
                "drop_slot_appointment_index", postgresql ? "drop index slot_appointment_idx" : noOp,
                "slot_appointment_index", postgresql
                        ? "create index slot_appointment_idx on slot (appointment_id) where appointment_id is not null"
                        : noOp,
                "unread_message_index", postgresql
                        ? "create index patient_message_unread_idx on patient_message (account_id, kind) include (id)"
                                + " where read_at is null"
                        : noOp);
    }

    private boolean postgresql() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
                    .contains("postgresql");
        } catch (SQLException e) {
            throw new IllegalStateException("The database does not answer", e);
        }
    }

    @Lock(LockType.READ)
    public MigrationStatus status() {
        return status;
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
        return cause == e ? message : message + " (" + cause.getMessage() + ")";
    }
}
