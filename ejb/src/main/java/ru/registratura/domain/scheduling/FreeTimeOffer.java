package ru.registratura.domain.scheduling;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import ru.registratura.domain.scheduling.BookingRefusedException.FreeTime;

/**
 * Which of a doctor's next free times to offer when the chosen one was taken. In a rush hundreds of people
 * lose the same time at once; offering all of them the same first five would only make them collide again
 * there. So the offer is {@link #OFFERED} times drawn at random from the next {@link #WINDOW} free ones,
 * shown in time order: still among the earliest, but spread.
 */
public final class FreeTimeOffer {

    /** How many free times a refusal of a taken slot offers. */
    public static final int OFFERED = 5;

    /** How many of the next free times the offer is drawn from. */
    public static final int WINDOW = 20;

    private FreeTimeOffer() {
    }

    /** {@link #OFFERED} of the next free times (earliest first, at most {@link #WINDOW} of them), in time order. */
    public static List<FreeTime> drawFrom(List<FreeTime> nextFree) {
        if (nextFree.size() <= OFFERED) {
            return List.copyOf(nextFree);
        }
        List<FreeTime> window = new ArrayList<>(nextFree.subList(0, Math.min(WINDOW, nextFree.size())));
        ThreadLocalRandom random = ThreadLocalRandom.current();
        // A partial Fisher–Yates shuffle picks OFFERED distinct times; their indexes then restore the order.
        List<Integer> indexes = new ArrayList<>(window.size());
        for (int i = 0; i < window.size(); i++) {
            indexes.add(i);
        }
        for (int i = 0; i < OFFERED; i++) {
            int j = i + random.nextInt(indexes.size() - i);
            Integer swap = indexes.get(i);
            indexes.set(i, indexes.get(j));
            indexes.set(j, swap);
        }
        return indexes.subList(0, OFFERED).stream().sorted().map(window::get).toList();
    }
}
