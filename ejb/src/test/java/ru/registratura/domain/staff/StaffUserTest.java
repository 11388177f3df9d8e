package ru.registratura.domain.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

class StaffUserTest {

    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
    private static final Duration LOCKOUT = Duration.ofMinutes(15);

    private final StaffUser user = new StaffUser("  Smirnova ", "Смирнова Ольга", "hash", Set.of(StaffRole.REGISTRAR),
            Set.of(1L), NOW);

    @Test
    void userNamesAreTrimmedAndInLowerCase() {
        assertEquals("smirnova", user.getUsername());
        assertEquals("smirnova", StaffUser.normalize(" SMIRNOVA"));
    }

    @Test
    void theFifthFailedLoginLocksForFifteenMinutes() {
        for (int i = 1; i <= 4; i++) {
            assertFalse(user.loginFailed(NOW.plusSeconds(i), 5, LOCKOUT), "attempt " + i);
            assertFalse(user.lockedAt(NOW.plusSeconds(i)));
        }
        assertTrue(user.loginFailed(NOW.plusSeconds(5), 5, LOCKOUT));
        assertEquals(NOW.plusSeconds(5).plus(LOCKOUT), user.getLockedUntil());
        assertTrue(user.lockedAt(NOW.plusSeconds(5).plus(LOCKOUT).minusMillis(1)));
        assertFalse(user.lockedAt(NOW.plusSeconds(5).plus(LOCKOUT)));
    }

    @Test
    void afterTheLockoutTheCountStartsAfresh() {
        for (int i = 1; i <= 5; i++) {
            user.loginFailed(NOW, 5, LOCKOUT);
        }
        Instant later = NOW.plus(LOCKOUT).plusSeconds(1);
        assertFalse(user.loginFailed(later, 5, LOCKOUT));
        assertNull(user.getLockedUntil());
        assertEquals(1, user.getFailedAttempts());
    }

    @Test
    void aSuccessForgetsTheFailures() {
        user.loginFailed(NOW, 5, LOCKOUT);
        user.loginFailed(NOW, 5, LOCKOUT);
        user.loginSucceeded();
        assertEquals(0, user.getFailedAttempts());
        for (int i = 1; i <= 4; i++) {
            assertFalse(user.loginFailed(NOW, 5, LOCKOUT));
        }
    }
}
