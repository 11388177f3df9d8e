package ru.registratura.domain.scheduling;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import jakarta.ejb.ApplicationException;

/**
 * A booking or cancellation refused by a rule; for a slot just taken, the doctor's next free times. Nothing
 * is changed when it is thrown (the refusal's audit line is kept).
 */
@ApplicationException(rollback = false)
public class BookingRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A free slot offered instead. */
    public record FreeTime(long slotId, Instant startsAt) implements Serializable {
    }

    private final BookingRule rule;
    private final List<FreeTime> nextFree;

    public BookingRefusedException(BookingRule rule, List<FreeTime> nextFree) {
        super("Booking refused: " + rule);
        this.rule = rule;
        this.nextFree = List.copyOf(nextFree);
    }

    public BookingRefusedException(BookingRule rule) {
        this(rule, List.of());
    }

    public BookingRule rule() {
        return rule;
    }

    public List<FreeTime> nextFree() {
        return nextFree;
    }
}
