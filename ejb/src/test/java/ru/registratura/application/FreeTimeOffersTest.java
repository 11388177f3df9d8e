package ru.registratura.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class FreeTimeOffersTest {

    private static final Instant T0 = Instant.parse("2026-12-05T04:00:00Z");

    @Test
    void countsTheOtherRefusalsOfTheSameDoctorWithinTheSpan() {
        FreeTimeOffers.Refusals refusals = new FreeTimeOffers.Refusals(Duration.ofSeconds(10));
        assertEquals(0, refusals.countAndGetOthers(7, T0));
        assertEquals(1, refusals.countAndGetOthers(7, T0.plusMillis(100)));
        assertEquals(2, refusals.countAndGetOthers(7, T0.plusSeconds(1)));
        assertEquals(0, refusals.countAndGetOthers(8, T0.plusSeconds(1)), "another doctor's refusals apart");
        // The next half of the span still counts the three of the first.
        assertEquals(3, refusals.countAndGetOthers(7, T0.plusSeconds(6)));
        assertEquals(4, refusals.countAndGetOthers(7, T0.plusSeconds(7)));
    }

    @Test
    void refusalsOlderThanTheSpanAreForgotten() {
        FreeTimeOffers.Refusals refusals = new FreeTimeOffers.Refusals(Duration.ofSeconds(10));
        for (int i = 0; i < 50; i++) {
            refusals.countAndGetOthers(7, T0.plusMillis(10L * i));
        }
        // One half later the first half's 50 still count; two halves later only the refusal made in between does.
        assertEquals(50, refusals.countAndGetOthers(7, T0.plusSeconds(5)));
        assertEquals(1, refusals.countAndGetOthers(7, T0.plusSeconds(10)));
        assertEquals(0, refusals.countAndGetOthers(7, T0.plusSeconds(30)));
    }

    @Test
    void aClockReadAMomentOlderCountsInTheNewerHalf() {
        FreeTimeOffers.Refusals refusals = new FreeTimeOffers.Refusals(Duration.ofSeconds(10));
        refusals.countAndGetOthers(7, T0.plusSeconds(5));
        assertEquals(1, refusals.countAndGetOthers(7, T0.plusSeconds(4)));
        assertEquals(2, refusals.countAndGetOthers(7, T0.plusSeconds(5)));
    }
}
