package ru.registratura.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class StaffLoginThrottleTest {

    private static final Instant NOW = Instant.parse("2026-12-02T03:00:00Z");

    @Test
    void anAddressIsRefusedOnceItFailedTheLimitWithinTheWindowAndOnlyTheFirstRefusalIsForTheAudit() {
        StaffLoginThrottle throttle = new StaffLoginThrottle(3, 60, 2);
        for (int i = 0; i < 3; i++) {
            assertEquals(StaffLoginThrottle.Admission.ADMITTED, throttle.admit("10.0.0.1", NOW));
            throttle.failed("10.0.0.1", NOW.plusSeconds(i));
        }
        assertEquals(StaffLoginThrottle.Admission.REFUSED_FIRST, throttle.admit("10.0.0.1", NOW.plusSeconds(10)));
        assertEquals(StaffLoginThrottle.Admission.REFUSED, throttle.admit("10.0.0.1", NOW.plusSeconds(11)));
        assertEquals(StaffLoginThrottle.Admission.ADMITTED, throttle.admit("10.0.0.2", NOW.plusSeconds(11)),
                "another address (the admin's own network) is not refused");
        assertEquals(StaffLoginThrottle.Admission.ADMITTED, throttle.admit("10.0.0.1", NOW.plusSeconds(60)),
                "the window is over");
    }

    @Test
    void aLoginFindingNoHashPermitWithinASecondIsNotHashed() throws Exception {
        StaffLoginThrottle throttle = new StaffLoginThrottle(3, 60, 1);
        CountDownLatch hashing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread busy = new Thread(() -> throttle.hashWithPermit(() -> {
            hashing.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return true;
        }));
        busy.start();
        hashing.await();
        AtomicInteger hashed = new AtomicInteger();
        assertNull(throttle.hashWithPermit(() -> hashed.incrementAndGet() > 0));
        assertEquals(0, hashed.get());
        release.countDown();
        busy.join();
        assertTrue(throttle.hashWithPermit(() -> hashed.incrementAndGet() > 0));
    }
}
