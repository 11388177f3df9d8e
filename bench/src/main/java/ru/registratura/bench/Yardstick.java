package ru.registratura.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A fixed piece of Java work (strings built and hashed into a map, as a server's request does), timed in the
 * driver's CPU: how fast the machine runs Java at that moment. On a shared machine the same page has measured
 * 1.88 and 5.10 ms of the server's CPU in two runs of the same code; the yardstick beside each page's CPU tells a
 * slower machine from a dearer page.
 */
final class Yardstick {

    /**
     * The yardstick's CPU on this machine when it is quiet (36–44 ms on quiet stretches, 30.5 ms at its fastest;
     * java-maven-svc, 2026-12-05): a cost scaled to it is what the same work takes on the machine undisturbed.
     */
    static final double REFERENCE_MS = 40;

    private static final int WARM_UP = 5;
    private static final int MEASURED = 7;
    private static final int ENTRIES = 200_000;

    /** Keeps the work from being optimised away. */
    private static volatile long sink;

    private Yardstick() {
    }

    /** The median CPU of the work in milliseconds, after a few runs to compile it. */
    static double millis() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < WARM_UP; i++) {
            sink += work();
        }
        double[] runs = new double[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long from = threads.getCurrentThreadCpuTime();
            sink += work();
            runs[i] = (threads.getCurrentThreadCpuTime() - from) / 1e6;
        }
        Arrays.sort(runs);
        return runs[MEASURED / 2];
    }

    private static long work() {
        Map<String, Integer> counts = new HashMap<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < ENTRIES; i++) {
            text.setLength(0);
            text.append("doctor-").append(i * 2_654_435_761L % 100_003).append('/').append(i % 60);
            counts.merge(text.toString(), 1, Integer::sum);
        }
        long sum = 0;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            sum += entry.getKey().hashCode() * (long) entry.getValue();
        }
        return sum;
    }
}
