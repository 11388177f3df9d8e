package ru.registratura.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

/**
 * Readiness follows the database: the test makes the portal's PostgreSQL database refuse connections
 * (and ends the ones open), expects /health/ready DOWN with 503, then lets it in again and expects UP.
 */
class ReadinessIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String DB_URL = System.getProperty("it.db.url",
            "jdbc:postgresql://127.0.0.1:5432/registratura_test");
    private static final String DB_NAME = DB_URL.substring(DB_URL.lastIndexOf('/') + 1);

    private static HttpResponse<String> ready() throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(Portal.BASE_URL + "/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void allowConnections(boolean allow) throws Exception {
        String adminUrl = DB_URL.substring(0, DB_URL.lastIndexOf('/') + 1) + "postgres";
        try (Connection c = DriverManager.getConnection(adminUrl, System.getProperty("it.db.user", "postgres"),
                System.getenv().getOrDefault("REGISTRATURA_TEST_DB_PASSWORD", "postgres"));
                Statement s = c.createStatement()) {
            s.execute("alter database " + DB_NAME + " allow_connections " + allow);
            if (!allow) {
                s.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + DB_NAME + "'");
            }
        }
    }

    private static HttpResponse<String> awaitStatus(int status) throws Exception {
        HttpResponse<String> response = ready();
        for (int i = 0; i < 60 && response.statusCode() != status; i++) {
            Thread.sleep(500);
            response = ready();
        }
        return response;
    }

    @Test
    void downWhileTheDatabaseIsUnreachableAndUpAgainAfter() throws Exception {
        assertEquals(200, ready().statusCode(), "ready before the test");
        try {
            allowConnections(false);
            HttpResponse<String> down = awaitStatus(503);
            assertEquals(503, down.statusCode(), down.body());
            assertTrue(down.body().contains("\"status\":\"DOWN\""), down.body());
            assertTrue(down.body().contains("\"reachable\":\"false\"") || down.body().contains("\"reachable\":false"),
                    down.body());
            // Open to anyone: the cause in a word, the database's own message (host, database name) in the log only.
            assertTrue(down.body().contains("\"unreachable\"") || down.body().contains("\"invalid\"")
                    || down.body().contains("\"failing\""), down.body());
            assertFalse(down.body().contains("FATAL") || down.body().contains(DB_NAME), down.body());
        } finally {
            allowConnections(true);
        }
        HttpResponse<String> up = awaitStatus(200);
        assertEquals(200, up.statusCode(), up.body());
    }
}
