package ru.registratura.domain.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class StaffLoginLockTest {

    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
    private static final Duration LOCKOUT = Duration.ofMinutes(15);

    private final StaffLoginLock lock = new StaffLoginLock(" Smirnova ", "203.0.113.7");

    @Test
    void theFifthFailedLoginLocksForFifteenMinutes() {
        assertEquals("smirnova", lock.getUsername());
        for (int i = 1; i <= 4; i++) {
            assertFalse(lock.failed(NOW.plusSeconds(i), 5, LOCKOUT), "attempt " + i);
            assertFalse(lock.lockedAt(NOW.plusSeconds(i)));
        }
        assertTrue(lock.failed(NOW.plusSeconds(5), 5, LOCKOUT));
        assertEquals(NOW.plusSeconds(5).plus(LOCKOUT), lock.getLockedUntil());
        assertTrue(lock.lockedAt(NOW.plusSeconds(5).plus(LOCKOUT).minusMillis(1)));
        assertFalse(lock.lockedAt(NOW.plusSeconds(5).plus(LOCKOUT)));
    }

    @Test
    void afterTheLockoutTheCountStartsAfresh() {
        for (int i = 1; i <= 5; i++) {
            lock.failed(NOW, 5, LOCKOUT);
        }
        Instant later = NOW.plus(LOCKOUT).plusSeconds(1);
        assertFalse(lock.failed(later, 5, LOCKOUT));
        assertNull(lock.getLockedUntil());
        assertEquals(1, lock.getFailedAttempts());
    }

    @Test
    void anUnknownAddressIsOneAddressOfItsOwn() {
        assertEquals("", new StaffLoginLock("smirnova", null).getRemoteAddress());
    }
}
