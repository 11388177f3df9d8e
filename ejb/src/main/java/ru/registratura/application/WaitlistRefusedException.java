package ru.registratura.application;

import jakarta.ejb.ApplicationException;

/** A waitlist request or action refused: the reason has a message {@code waitlist.refused.<REASON>}. */
@ApplicationException(rollback = false)
public class WaitlistRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Reason {
        /** The date is not after today, or too far ahead. */
        DATE,
        /** The card already has an open request for this doctor (or specialty there), or for this appointment. */
        DUPLICATE,
        /** The account has as many open requests as it may. */
        TOO_MANY,
        /** The doctor does not receive patients, or there is no such doctor. */
        NO_DOCTOR,
        /** The appointment to move earlier is not booked, not this card's, or can no longer be moved. */
        APPOINTMENT,
        /** The doctor is booked only with a referral and the card has no valid one. */
        REFERRAL,
        /** The offer is over: not confirmed in time, declined, or the time left the schedule. */
        OFFER_ENDED,
        /** The request is closed already. */
        CLOSED
    }

    private final Reason reason;

    public WaitlistRefusedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
