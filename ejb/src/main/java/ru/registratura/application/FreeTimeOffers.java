package ru.registratura.application;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import ru.registratura.domain.scheduling.BookingRefusedException.FreeTime;
import ru.registratura.domain.scheduling.Channel;
import ru.registratura.domain.scheduling.FreeTimeOffer;
import ru.registratura.domain.scheduling.SlotRepository;
import ru.registratura.infrastructure.config.RegionSettings;

/**
 * The times offered to someone whose chosen time was taken, in every channel: {@link FreeTimeOffer}'s draw from the
 * doctor's next free times, over a window as wide as the number of people who lost a time of the same doctor within
 * the last {@link #RECENT} asks for. In a rush hundreds lose the earliest times within seconds; drawn from the same
 * twenty, their offers brought most of them together again, and every such collision was one more refusal, page and
 * try (bench/RESULTS.md, issue 17). Out of a rush the window stays the next twenty.
 *
 * <p>Counted in memory, on this server: on a cluster each instance counts the refusals it answered, and its window
 * widens with its share of the rush. The count only spreads the offers; the claim's conditional update alone decides
 * who books a time.
 */
@ApplicationScoped
public class FreeTimeOffers {

    /** How far back a refusal of the doctor's times counts: about as long as a person takes to choose again. */
    static final Duration RECENT = Duration.ofSeconds(10);

    @Inject
    SlotRepository slots;

    @Inject
    RegionSettings region;

    private final Refusals refusals = new Refusals(RECENT);

    /** The offer to someone who lost a time of the doctor just now (counted as one refusal of the doctor's times). */
    public List<FreeTime> afterRefusal(long doctorId, Channel channel, Instant now) {
        int window = FreeTimeOffer.window(refusals.countAndGetOthers(doctorId, now));
        return FreeTimeOffer.drawFrom(slots.nextFree(doctorId, channel, now, region.horizonEnd(), window));
    }

    /**
     * Refusals per doctor over a sliding span, in two halves: the current half's count and the one before it. What it
     * answers covers between a half and the whole of the span; a doctor's entry is a few dozen bytes, and entries of
     * doctors not refused for a while are dropped once there are many.
     */
    static final class Refusals {

        private static final int FORGET_ABOVE = 10_000;

        private record Halves(long half, int current, int previous) {
        }

        private final long halfMillis;
        private final Map<Long, Halves> byDoctor = new ConcurrentHashMap<>();

        Refusals(Duration span) {
            this.halfMillis = Math.max(1, span.toMillis() / 2);
        }

        /** Counts one refusal of the doctor's times and answers how many others there were within the span. */
        int countAndGetOthers(long doctorId, Instant now) {
            long half = now.toEpochMilli() / halfMillis;
            int[] others = {0};
            byDoctor.compute(doctorId, (k, h) -> {
                if (h == null || h.half() < half - 1) {
                    return new Halves(half, 1, 0);
                }
                if (h.half() == half - 1) {
                    others[0] = h.current();
                    return new Halves(half, 1, h.current());
                }
                // This half, or a later one already begun by a thread whose clock read was a moment newer.
                others[0] = h.current() + h.previous();
                return new Halves(h.half(), h.current() + 1, h.previous());
            });
            if (byDoctor.size() > FORGET_ABOVE) {
                byDoctor.values().removeIf(h -> h.half() < half - 1);
            }
            return others[0];
        }
    }
}
