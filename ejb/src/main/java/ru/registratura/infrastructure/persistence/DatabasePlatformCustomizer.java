package ru.registratura.infrastructure.persistence;

import java.sql.Connection;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.sql.DataSource;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * Lets EclipseLink speak PostgreSQL's SQL to H2, the zero-setup database of {@code ./registratura run}, which runs
 * in PostgreSQL mode precisely so that the migrations and queries of production run on it unchanged. Left to
 * itself EclipseLink detects H2 and takes its {@code H2Platform}, whose SQL differs where it matters: it asks for
 * "dynamic SQL" in any statement with a function or a subquery (the {@code exists} of "specialties with an active
 * doctor", {@code lower}, {@code coalesce}…) and then prints the values into the statement, a boolean as
 * {@code 1} or {@code 0}, which H2 2.x refuses to compare with a {@code BOOLEAN} column ("Values of types BOOLEAN
 * and INTEGER are not comparable"). EclipseLink detects the platform when it logs in, after this customizer, from
 * the product name it is given in the session's properties, if any; here it is told PostgreSQL on H2 (the
 * platform the tests and production use on PostgreSQL 15), and nothing on any other database.
 */
public class DatabasePlatformCustomizer implements SessionCustomizer {

    private static final Logger LOG = Logger.getLogger(DatabasePlatformCustomizer.class.getName());
    static final String DATA_SOURCE = "jdbc/registratura";

    @Override
    public void customize(Session session) throws Exception {
        DataSource dataSource = InitialContext.doLookup(DATA_SOURCE);
        String product;
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
        }
        Map<String, String> detected = detectAs(product);
        detected.forEach(session::setProperty);
        if (!detected.isEmpty()) {
            LOG.info(() -> "Database " + product + " in PostgreSQL mode: EclipseLink's PostgreSQL platform");
        }
    }

    /** The session properties that make EclipseLink take this database for another, or none. */
    static Map<String, String> detectAs(String databaseProductName) {
        boolean h2 = databaseProductName != null
                && databaseProductName.trim().toUpperCase(Locale.ROOT).startsWith("H2");
        return h2 ? Map.of("jakarta.persistence.database-product-name", "PostgreSQL",
                "jakarta.persistence.database-major-version", "15",
                "jakarta.persistence.database-minor-version", "0") : Map.of();
    }
}
