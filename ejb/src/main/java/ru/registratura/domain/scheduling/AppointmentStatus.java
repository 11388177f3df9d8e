package ru.registratura.domain.scheduling;

/** Where an appointment stands: booked, cancelled (the slot is free again), or marked by the registry. */
public enum AppointmentStatus {
    BOOKED, CANCELLED, ATTENDED, NO_SHOW
}
