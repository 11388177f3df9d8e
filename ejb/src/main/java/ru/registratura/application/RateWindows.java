package ru.registratura.application;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts what each key (a client address, an API caller) does within a window that starts at its first count (in
 * memory, on this server): at most {@code limit} counts per window, then the key is over until the window ends. The
 * first answer "over" of a window is told apart, so that it is recorded once and not for every request of an attack.
 */
public final class RateWindows {

    /** The answer for a key. */
    public enum Answer {
        WITHIN,
        /** Over the limit, told for the first time in this window: worth one audit row or log line. */
        OVER_FIRST,
        /** Over the limit again in the same window: not to be recorded again. */
        OVER
    }

    private record Window(Instant since, int count, boolean overTold) {
    }

    private final int limit;
    private final Duration length;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public RateWindows(int limit, Duration length) {
        this.limit = limit;
        this.length = length;
    }

    /** Whether the key (an address) is over the limit now, without counting anything. */
    public Answer check(String address, Instant now) {
        Answer[] answer = {Answer.WITHIN};
        windows.computeIfPresent(key(address), (k, w) -> {
            if (ended(w, now)) {
                return null;
            }
            if (w.count() < limit) {
                return w;
            }
            answer[0] = w.overTold() ? Answer.OVER : Answer.OVER_FIRST;
            return new Window(w.since(), w.count(), true);
        });
        return answer[0];
    }

    /** Counts one for the key. */
    public void count(String address, Instant now) {
        windows.merge(key(address), new Window(now, 1, false),
                (old, one) -> ended(old, now) ? one : new Window(old.since(), old.count() + 1, old.overTold()));
        forgetEnded(now);
    }

    /**
     * Counts one and answers whether the key is now over the limit (the count that reaches it is within); one atomic
     * step of the map, so that callers at once cannot slip past the limit between a check and a count (the API's
     * per-caller limit runs it on every call).
     */
    public Answer hit(String address, Instant now) {
        Answer[] answer = {Answer.WITHIN};
        windows.compute(key(address), (k, w) -> {
            if (w == null || ended(w, now)) {
                return new Window(now, 1, false);
            }
            if (w.count() < limit) {
                return new Window(w.since(), w.count() + 1, w.overTold());
            }
            answer[0] = w.overTold() ? Answer.OVER : Answer.OVER_FIRST;
            return w.overTold() ? w : new Window(w.since(), w.count(), true);
        });
        forgetEnded(now);
        return answer[0];
    }

    /** Keeps the map small under an attack from many keys: ended windows go once it is large. */
    private void forgetEnded(Instant now) {
        if (windows.size() > 100_000) {
            windows.entrySet().removeIf(e -> ended(e.getValue(), now));
        }
    }

    private boolean ended(Window w, Instant now) {
        return !now.isBefore(w.since().plus(length));
    }

    private static String key(String address) {
        return address == null ? "" : address;
    }

    /** Seconds until the key's window ends (at least one): how long a refused caller should wait. */
    public long secondsLeft(String key, Instant now) {
        Window w = windows.get(key(key));
        return w == null ? 1 : Math.max(1, Duration.between(now, w.since().plus(length)).toSeconds());
    }
}
