package ru.registratura.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class RateWindowsTest {

    private static final Instant NOW = Instant.parse("2026-12-02T03:00:00Z");

    @Test
    void anAddressIsOverAfterItsLimitUntilItsWindowEndsAndOnlyTheFirstOverIsToldApart() {
        RateWindows windows = new RateWindows(2, Duration.ofMinutes(1));
        assertEquals(RateWindows.Answer.WITHIN, windows.hit("10.0.0.1", NOW));
        assertEquals(RateWindows.Answer.WITHIN, windows.hit("10.0.0.1", NOW.plusSeconds(1)));
        assertEquals(RateWindows.Answer.OVER_FIRST, windows.hit("10.0.0.1", NOW.plusSeconds(2)));
        assertEquals(RateWindows.Answer.OVER, windows.hit("10.0.0.1", NOW.plusSeconds(3)));
        assertEquals(RateWindows.Answer.WITHIN, windows.hit("10.0.0.2", NOW.plusSeconds(3)), "each address apart");
        assertEquals(RateWindows.Answer.WITHIN, windows.hit("10.0.0.1", NOW.plusSeconds(60)), "a new window");
    }

    @Test
    void checkingCountsNothing() {
        RateWindows windows = new RateWindows(1, Duration.ofMinutes(1));
        for (int i = 0; i < 5; i++) {
            assertEquals(RateWindows.Answer.WITHIN, windows.check("10.0.0.1", NOW));
        }
        windows.count("10.0.0.1", NOW);
        assertEquals(RateWindows.Answer.OVER_FIRST, windows.check("10.0.0.1", NOW));
    }

    @Test
    void callersAtOnceNeverGetMoreThanTheLimit() throws Exception {
        RateWindows windows = new RateWindows(500, Duration.ofMinutes(1));
        AtomicInteger within = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int t = 0; t < 8; t++) {
            pool.submit(() -> {
                for (int i = 0; i < 1000; i++) {
                    if (windows.hit("caller", NOW) == RateWindows.Answer.WITHIN) {
                        within.incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.SECONDS);
        assertEquals(500, within.get());
    }
}
