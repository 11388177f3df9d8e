package ru.registratura.domain.card;

import java.io.Serializable;
import java.time.Instant;

/**
 * An appointment as a card's tab «Записи на приём» lists it: upcoming, or in the visit history with its outcome (the
 * registry's mark, or who cancelled it: {@code cancelledBy} a {@code Canceller} name, null when not known).
 */
public record CardAppointment(long id, Instant startsAt, String doctor, String specialty, String cabinet,
                              String institution, String address, String status, String cancelledBy,
                              String cancelReason) implements Serializable {

    /** Whether it is still to come: booked, and its time ahead of {@code now}. */
    public boolean upcomingAt(Instant now) {
        return "BOOKED".equals(status) && startsAt.isAfter(now);
    }
}
