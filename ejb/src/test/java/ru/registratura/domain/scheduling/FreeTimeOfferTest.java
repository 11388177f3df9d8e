package ru.registratura.domain.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import ru.registratura.domain.scheduling.BookingRefusedException.FreeTime;

class FreeTimeOfferTest {

    private static final Instant NINE = Instant.parse("2026-12-01T01:00:00Z");

    private static List<FreeTime> free(int count) {
        return IntStream.range(0, count).mapToObj(i -> new FreeTime(100 + i, NINE.plusSeconds(600L * i))).toList();
    }

    @Test
    void offersFiveDistinctTimesOfTheWindowInTimeOrder() {
        List<FreeTime> next = free(40);
        for (int run = 0; run < 200; run++) {
            List<FreeTime> offered = FreeTimeOffer.drawFrom(next.subList(0, FreeTimeOffer.window(0)));
            assertEquals(5, offered.size());
            assertEquals(5, new HashSet<>(offered).size(), "distinct: " + offered);
            for (int i = 1; i < offered.size(); i++) {
                assertTrue(offered.get(i - 1).startsAt().isBefore(offered.get(i).startsAt()), "in time order: " + offered);
            }
            offered.forEach(t -> assertTrue(next.indexOf(t) < FreeTimeOffer.WINDOW, "among the earliest twenty: " + t));
        }
    }

    @Test
    void differentPeopleLosingTheSameTimeAreOfferedDifferentOnes() {
        List<FreeTime> next = free(20);
        Set<FreeTime> everOffered = new HashSet<>();
        Set<List<FreeTime>> offers = new HashSet<>();
        for (int run = 0; run < 100; run++) {
            List<FreeTime> offered = FreeTimeOffer.drawFrom(next);
            everOffered.addAll(offered);
            offers.add(new ArrayList<>(offered));
        }
        assertTrue(offers.size() > 50, "spread, not the same five for everyone: " + offers.size() + " distinct offers");
        assertEquals(20, everOffered.size(), "every one of the twenty is offered to someone");
    }

    @Test
    void theWindowIsTheNextTwentyWhenNobodyElseLostATimeAndWidensWithEachWhoDidUpToAHundred() {
        assertEquals(20, FreeTimeOffer.window(0));
        assertEquals(21, FreeTimeOffer.window(1));
        assertEquals(80, FreeTimeOffer.window(60));
        assertEquals(100, FreeTimeOffer.window(80));
        assertEquals(100, FreeTimeOffer.window(5_000));
    }

    @Test
    void aWideWindowSpreadsTheOffersOverAllOfIt() {
        List<FreeTime> next = free(FreeTimeOffer.MAX_WINDOW);
        Set<FreeTime> everOffered = new HashSet<>();
        for (int run = 0; run < 400; run++) {
            everOffered.addAll(FreeTimeOffer.drawFrom(next));
        }
        assertTrue(everOffered.stream().anyMatch(t -> next.indexOf(t) >= 90), "the latest of the window offered too");
        assertTrue(everOffered.size() > 95, "nearly all of the hundred offered to someone: " + everOffered.size());
    }

    @Test
    void fiveOrFewerFreeTimesAreAllOffered() {
        assertEquals(free(3), FreeTimeOffer.drawFrom(free(3)));
        assertEquals(free(5), FreeTimeOffer.drawFrom(free(5)));
        assertEquals(List.of(), FreeTimeOffer.drawFrom(List.of()));
    }
}
