package ru.registratura.domain.waitlist;

/** Where a waitlist request stands. Only WAITING and OFFERED are open; the others are closed for good. */
public enum WaitStatus {
    /** In the queue: the next free time that fits is held for it. */
    WAITING,
    /** A slot is held for it until the offer's end; the patient confirms or declines. */
    OFFERED,
    /** The offered time was booked (or the appointment moved to it). */
    FULFILLED,
    /** The patient did not confirm in time; the slot went to the next. */
    MISSED,
    /** The patient declined the offered time. */
    DECLINED,
    /** The patient withdrew the request. */
    WITHDRAWN,
    /** Nothing earlier came before the wanted date, or the appointment to move is cancelled or over. */
    LAPSED;

    public boolean isOpen() {
        return this == WAITING || this == OFFERED;
    }
}
