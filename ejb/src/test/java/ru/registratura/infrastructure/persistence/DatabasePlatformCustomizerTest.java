package ru.registratura.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DatabasePlatformCustomizerTest {

    @Test
    void h2IsTakenForPostgreSqlAndPostgreSqlIsLeftToTheDetection() {
        assertEquals("PostgreSQL", DatabasePlatformCustomizer.detectAs("H2").get("jakarta.persistence.database-product-name"));
        assertTrue(DatabasePlatformCustomizer.detectAs("PostgreSQL").isEmpty());
        assertTrue(DatabasePlatformCustomizer.detectAs(null).isEmpty());
    }
}
