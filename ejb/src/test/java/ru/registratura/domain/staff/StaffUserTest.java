package ru.registratura.domain.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

class StaffUserTest {

    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

    private final StaffUser user = new StaffUser("  Smirnova ", "Смирнова Ольга", "hash", Set.of(StaffRole.REGISTRAR),
            Set.of(1L), NOW);

    @Test
    void userNamesAreTrimmedAndInLowerCase() {
        assertEquals("smirnova", user.getUsername());
        assertEquals("smirnova", StaffUser.normalize(" SMIRNOVA"));
    }
}
