package ru.registratura.interfaces.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ru.registratura.infrastructure.migration.MigrationStatus;

class DatabaseReadinessCheckTest {

    private static final Runnable SERVING = () -> { };

    /** Outside the server there is no Health implementation: a plain builder stands in for Payara's. */
    @BeforeAll
    static void plainResponses() {
        HealthCheckResponse.setResponseProvider(() -> new HealthCheckResponseBuilder() {
            private String name;
            private boolean up;
            private final Map<String, Object> data = new LinkedHashMap<>();

            public HealthCheckResponseBuilder name(String n) { name = n; return this; }
            public HealthCheckResponseBuilder withData(String k, String v) { data.put(k, v); return this; }
            public HealthCheckResponseBuilder withData(String k, long v) { data.put(k, v); return this; }
            public HealthCheckResponseBuilder withData(String k, boolean v) { data.put(k, v); return this; }
            public HealthCheckResponseBuilder up() { up = true; return this; }
            public HealthCheckResponseBuilder down() { up = false; return this; }
            public HealthCheckResponseBuilder status(boolean u) { up = u; return this; }
            public HealthCheckResponse build() {
                return new HealthCheckResponse(name, up ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN,
                        Optional.of(data));
            }
        });
    }

    private static DataSource unreachable() {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    throw new SQLException("Connection refused");
                });
    }

    private static DataSource reachable() {
        Connection connection = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) -> method.getName().equals("isValid") ? Boolean.TRUE : null);
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> connection);
    }

    @Test
    void downWhileTheDatabaseCannotBeReached() {
        HealthCheckResponse response = DatabaseReadinessCheck.check(unreachable(), MigrationStatus.applied("1"), SERVING);
        assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
        assertEquals("unreachable", response.getData().get().get("error"), "a word, not the driver's message");
        assertFalse(response.getData().get().toString().contains("Connection refused"));
    }

    @Test
    void downWhenTheMigrationFailed() {
        HealthCheckResponse response = DatabaseReadinessCheck.check(reachable(), MigrationStatus.failed("checksum"), SERVING);
        assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
        assertEquals("FAILED", response.getData().get().get("migration"));
        assertFalse(response.getData().get().toString().contains("checksum"), "the reason is in the log only");
    }

    @Test
    void upWhenReachableAndMigrated() {
        assertEquals(HealthCheckResponse.Status.UP,
                DatabaseReadinessCheck.check(reachable(), MigrationStatus.applied("1"), SERVING).getStatus());
    }

    @Test
    void downWhenThePersistenceUnitCannotServeThoughTheDatabaseAnswers() {
        HealthCheckResponse response = DatabaseReadinessCheck.check(reachable(), MigrationStatus.applied("1"), () -> {
            throw new IllegalStateException("Attempting to execute an operation on a closed EntityManagerFactory.");
        });
        assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
        assertEquals(false, response.getData().get().get("persistenceUnitServing"));
        assertEquals("failing", response.getData().get().get("persistenceUnit"));
        assertFalse(response.getData().get().toString().contains("EntityManagerFactory"));
    }
}
