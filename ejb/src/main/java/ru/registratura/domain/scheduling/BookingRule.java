package ru.registratura.domain.scheduling;

/** Why a booking or a cancellation was refused; each has a message {@code booking.refused.<RULE>} in the bundles. */
public enum BookingRule {
    /** Someone else booked the slot first. */
    SLOT_TAKEN,
    /** No such slot. */
    NO_SUCH_SLOT,
    /** The slot has started or is over. */
    SLOT_PAST,
    /** The slot lies beyond the booking horizon. */
    BEYOND_HORIZON,
    /** The slot is not open to this channel (a registry-only slot on the portal). */
    NOT_OPEN_TO_CHANNEL,
    /** The specialty does not see patients of this age. */
    AGE,
    /** The specialty sees patients of the other sex only. */
    SEX,
    /** A district specialty's doctor who is not the district doctor of the person's attachment. */
    NOT_YOUR_DISTRICT,
    /** The person has an active appointment with this specialty already. */
    ONE_PER_SPECIALTY,
    /**
     * The doctor (or the specialty) is booked only with a referral («по направлению»), and the booking carries no
     * valid one for the person and this time.
     */
    REFERRAL_REQUIRED,
    /** The account holds as many booked future appointments, across its card file, as the region allows. */
    ACCOUNT_LIMIT,
    /** The appointment is not booked any more, or has started: it cannot be cancelled. */
    NOT_CANCELLABLE,
    /** Only an appointment of today or earlier, booked or already marked, gets «Пришёл» / «Не явился». */
    NOT_MARKABLE
}
