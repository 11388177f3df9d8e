package ru.registratura.domain.scheduling;

/** Through which channel an appointment was booked. */
public enum Channel {
    /** The patient on the portal: INTERNET slots only. */
    PORTAL,
    /** A registry operator: INTERNET and REGISTRY slots. */
    REGISTRY,
    /** An external system through the REST API. */
    API;

    /** Whether this channel may book a slot of this access. */
    public boolean mayBook(BookingAccess access) {
        return this == REGISTRY || access == BookingAccess.INTERNET;
    }
}
