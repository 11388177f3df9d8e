package ru.registratura.domain.audit;

/** What an audit event records. */
public enum AuditAction {
    /** A patient's login through ESIA, successful or not (the outcome says which and why). */
    PATIENT_LOGIN,
    /** A patient pressed «Выйти». */
    PATIENT_LOGOUT,
    /** A patient's session reached its maximum age after the ESIA login. */
    PATIENT_SESSION_EXPIRED
}
