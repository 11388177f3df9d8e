package ru.registratura.interfaces.shared.web;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A gate in front of work that must not queue for seconds in a rush: at most {@code maxConcurrent} requests run
 * at once, at most {@code maxWaiting} more wait for their turn, each for at most {@code waitMillis}; any other is
 * refused at once (the caller answers «try again»). Bounding the waiting requests bounds the request threads they
 * hold, so the rest of the server keeps its threads. The booking pages and the booking API each have their own.
 */
public final class Admission {

    private final int maxConcurrent;
    private final int maxWaiting;
    private final long waitMillis;
    private final Semaphore permits;
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicLong refused = new AtomicLong();

    public Admission(int maxConcurrent, int maxWaiting, long waitMillis) {
        this.maxConcurrent = Math.max(1, maxConcurrent);
        this.maxWaiting = Math.max(0, maxWaiting);
        this.waitMillis = Math.max(0, waitMillis);
        this.permits = new Semaphore(this.maxConcurrent, true);
    }

    /**
     * Whether the request may run now (then {@link #leave()} must follow), after waiting for its turn if fewer
     * than {@code maxWaiting} already wait. False: refused, and counted.
     */
    public boolean enter() {
        if (permits.tryAcquire() || awaitTurn()) {
            return true;
        }
        refused.incrementAndGet();
        return false;
    }

    public void leave() {
        permits.release();
    }

    /** How many requests were refused since the start. */
    public long refused() {
        return refused.get();
    }

    public int maxConcurrent() {
        return maxConcurrent;
    }

    public int maxWaiting() {
        return maxWaiting;
    }

    private boolean awaitTurn() {
        if (waiting.incrementAndGet() > maxWaiting) {
            waiting.decrementAndGet();
            return false;
        }
        try {
            return permits.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            waiting.decrementAndGet();
        }
    }
}
