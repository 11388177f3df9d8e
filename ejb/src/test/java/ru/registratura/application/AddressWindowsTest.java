package ru.registratura.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class AddressWindowsTest {

    private static final Instant NOW = Instant.parse("2026-12-02T03:00:00Z");

    @Test
    void anAddressIsOverAfterItsLimitUntilItsWindowEndsAndOnlyTheFirstOverIsToldApart() {
        AddressWindows windows = new AddressWindows(2, Duration.ofMinutes(1));
        assertEquals(AddressWindows.Answer.WITHIN, windows.hit("10.0.0.1", NOW));
        assertEquals(AddressWindows.Answer.WITHIN, windows.hit("10.0.0.1", NOW.plusSeconds(1)));
        assertEquals(AddressWindows.Answer.OVER_FIRST, windows.hit("10.0.0.1", NOW.plusSeconds(2)));
        assertEquals(AddressWindows.Answer.OVER, windows.hit("10.0.0.1", NOW.plusSeconds(3)));
        assertEquals(AddressWindows.Answer.WITHIN, windows.hit("10.0.0.2", NOW.plusSeconds(3)), "each address apart");
        assertEquals(AddressWindows.Answer.WITHIN, windows.hit("10.0.0.1", NOW.plusSeconds(60)), "a new window");
    }

    @Test
    void checkingCountsNothing() {
        AddressWindows windows = new AddressWindows(1, Duration.ofMinutes(1));
        for (int i = 0; i < 5; i++) {
            assertEquals(AddressWindows.Answer.WITHIN, windows.check("10.0.0.1", NOW));
        }
        windows.count("10.0.0.1", NOW);
        assertEquals(AddressWindows.Answer.OVER_FIRST, windows.check("10.0.0.1", NOW));
    }
}
