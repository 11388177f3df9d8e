package ru.registratura.domain.directory;

/** Whom an institution serves. */
public enum PatientGroup {
    ADULT, CHILDREN, MIXED
}
