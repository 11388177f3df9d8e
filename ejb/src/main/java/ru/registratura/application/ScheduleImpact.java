package ru.registratura.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a schedule change does to a doctor's slots within the booking horizon: how many slots it adds, how many
 * free ones it withdraws, and the booked appointments it cancels (shown to the operator before they confirm).
 */
public record ScheduleImpact(int added, int withdrawn, List<Affected> affected) implements Serializable {

    public ScheduleImpact {
        affected = List.copyOf(affected);
    }

    /** An appointment the change cancels: when, whom (a name the operator may see), booked through which channel. */
    public record Affected(long appointmentId, Instant startsAt, String patient, String channel, boolean notified)
            implements Serializable {
    }

    public Set<Long> affectedIds() {
        return affected.stream().map(Affected::appointmentId).collect(Collectors.toUnmodifiableSet());
    }
}
