package ru.registratura.infrastructure.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The schema's and the demo region's migrations apply on H2 as the zero-setup run configures it (PostgreSQL
 * mode, server-config/h2-database.asadmin) with the placeholders DatabaseMigration gives H2. PostgreSQL runs
 * them in every integration test's deployment.
 */
class MigrationsOnH2Test {

    private static final String URL = "jdbc:h2:mem:migrations;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    @Test
    void theMigrationsApplyOnH2() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(URL);
        MigrateResult schema = Flyway.configure().dataSource(h2).locations("classpath:db/migration")
                .placeholders(DatabaseMigration.placeholders(false)).load().migrate();
        MigrateResult demo = Flyway.configure().dataSource(h2).locations("classpath:db/demo")
                .table("flyway_demo_history").baselineOnMigrate(true).baselineVersion("0").load().migrate();

        assertTrue(schema.success && demo.success);
        assertEquals("27", schema.targetSchemaVersion);
        try (Connection c = DriverManager.getConnection(URL); Statement s = c.createStatement();
                ResultSet content = s.executeQuery("select (select count(*) from help_article where published),"
                        + " (select count(*) from help_article_related), (select count(*) from legal_act),"
                        + " (select count(*) from institution where municipality_id is null)")) {
            content.next();
            assertEquals(8, content.getInt(1), "the demo region's help articles");
            assertEquals(18, content.getInt(2), "their related articles");
            assertEquals(6, content.getInt(3), "the demo region's legal acts");
            assertEquals(0, content.getInt(4), "every demo institution in its municipal district");
        }
        try (Connection c = DriverManager.getConnection(URL); Statement s = c.createStatement();
                ResultSet indexes = s.executeQuery("select count(*) from information_schema.indexes "
                        + "where table_name = 'slot' and index_name in ('slot_appointment_idx', 'slot_free_idx')")) {
            indexes.next();
            // On H2 the appointments' index stays whole and no partial index of free slots is made.
            assertEquals(1, indexes.getInt(1));
        }
        // The demo switched off afterwards: its staff accounts (passwords in the README) are disabled, others not.
        try (Connection c = DriverManager.getConnection(URL); Statement s = c.createStatement()) {
            s.executeUpdate("insert into staff_user (id, username, full_name, password_hash, enabled, failed_attempts, "
                    + "password_changed_at, created_at) values (900, 'real.admin', 'Настоящий Админ', 'x', true, 0, "
                    + "current_timestamp, current_timestamp)");
        }
        assertEquals(3, DatabaseMigration.disableDemoStaff(h2));
        assertEquals(0, DatabaseMigration.disableDemoStaff(h2), "once is enough");
        try (Connection c = DriverManager.getConnection(URL); Statement s = c.createStatement();
                ResultSet enabled = s.executeQuery("select string_agg(username, ',') from staff_user where enabled")) {
            enabled.next();
            assertEquals("real.admin", enabled.getString(1));
        }
    }

    @Test
    void postgresqlGetsPartialIndexes() {
        assertTrue(DatabaseMigration.placeholders(true).get("free_slot_index").endsWith("where appointment_id is null"));
        assertTrue(DatabaseMigration.placeholders(true).get("slot_appointment_index")
                .endsWith("where appointment_id is not null"));
        assertTrue(DatabaseMigration.placeholders(true).get("unread_message_index").endsWith("where read_at is null"));
        assertEquals("select 1", DatabaseMigration.placeholders(false).get("unread_message_index"));
    }
}
