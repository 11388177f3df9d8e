package ru.registratura.domain.scheduling;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import ru.registratura.domain.scheduling.BookingRefusedException.FreeTime;

/**
 * Which of a doctor's next free times to offer when the chosen one was taken. In a rush hundreds of people
 * lose the same time at once; offering all of them the same first five would only make them collide again
 * there. So the offer is {@link #OFFERED} times drawn at random from the next free ones, shown in time order:
 * still among the earliest, but spread. How many of the next free times the draw takes is the {@link #window}: the
 * next {@link #WINDOW} when few people are losing this doctor's times, wider the more of them there are (up to
 * {@link #MAX_WINDOW}): a hundred people who each pick one of the same twenty mostly collide again, and each
 * collision is another refusal and another try.
 */
public final class FreeTimeOffer {

    /** How many free times a refusal of a taken slot offers. */
    public static final int OFFERED = 5;

    /** How many of the next free times the offer is drawn from when nobody else is losing the doctor's times. */
    public static final int WINDOW = 20;

    /** The widest window: with 60 times a day, the next day and a half of the doctor's free times. */
    public static final int MAX_WINDOW = 100;

    private FreeTimeOffer() {
    }

    /**
     * How many of the doctor's next free times to draw the offer from when {@code othersRefused} other people lost a
     * time of the same doctor a moment ago: one more for each of them beyond the quiet {@link #WINDOW}, up to
     * {@link #MAX_WINDOW}. So as many people as are choosing among the offers at once have about as many times to
     * choose from.
     */
    public static int window(int othersRefused) {
        return Math.min(MAX_WINDOW, WINDOW + Math.max(0, othersRefused));
    }

    /** {@link #OFFERED} of the given next free times (the doctor's earliest, a {@link #window} of them), in time order. */
    public static List<FreeTime> drawFrom(List<FreeTime> nextFree) {
        if (nextFree.size() <= OFFERED) {
            return List.copyOf(nextFree);
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        // A partial Fisher–Yates shuffle picks OFFERED distinct times; their indexes then restore the order.
        List<Integer> indexes = new ArrayList<>(nextFree.size());
        for (int i = 0; i < nextFree.size(); i++) {
            indexes.add(i);
        }
        for (int i = 0; i < OFFERED; i++) {
            int j = i + random.nextInt(indexes.size() - i);
            Integer swap = indexes.get(i);
            indexes.set(i, indexes.get(j));
            indexes.set(j, swap);
        }
        return indexes.subList(0, OFFERED).stream().sorted().map(nextFree::get).toList();
    }
}
