package ru.registratura.domain.scheduling;

/** How an exception changes a doctor's regular schedule on its days. */
public enum ExceptionKind {
    /** A day off: no reception. */
    DAY_OFF,
    /** The doctor is absent (leave, sickness, training): no reception. */
    ABSENCE,
    /** Reception only within the exception's hours (a pre-holiday day, say). */
    SHORTENED;

    public boolean cancelsReception() {
        return this != SHORTENED;
    }
}
