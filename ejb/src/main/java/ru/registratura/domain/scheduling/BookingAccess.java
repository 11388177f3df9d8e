package ru.registratura.domain.scheduling;

/** Who may book a slot: INTERNET slots are open to patients online and to the registry. */
public enum BookingAccess {
    INTERNET, REGISTRY
}
