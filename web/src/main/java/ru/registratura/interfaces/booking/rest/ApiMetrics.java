package ru.registratura.interfaces.booking.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The booking API's counters in MicroProfile Metrics ({@code /metrics}, application scope): bookings,
 * cancellations, moves and conflicts (a slot taken first by someone else). Latency is timed per operation by
 * {@code @Timed} on the resources ({@code api_latency} with the operation's tag).
 */
@ApplicationScoped
public class ApiMetrics {

    @Inject
    MetricRegistry registry;

    void booked() {
        registry.counter("api_bookings").inc();
    }

    void cancelled() {
        registry.counter("api_cancellations").inc();
    }

    void moved() {
        registry.counter("api_moves").inc();
    }

    void conflict() {
        registry.counter("api_conflicts").inc();
    }
}
