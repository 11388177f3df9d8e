package ru.registratura.domain.scheduling;

/** Who cancelled an appointment, as the patient's visit history says it. */
public enum Canceller {
    /** The patient, in the portal. */
    PATIENT,
    /** A registry operator. */
    REGISTRY,
    /** The institution, because the slot left the schedule (a doctor's absence, a changed template). */
    INSTITUTION,
    /** An external system through the booking API (an infomat, a call centre, a medical information system). */
    API
}
