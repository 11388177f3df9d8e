package ru.registratura.domain.audit;

/** The result of an audited action. Failures name their reason; none carries personal data. */
public enum AuditOutcome {
    SUCCESS,
    /** The patient pressed «Отказать» on ESIA's consent screen. */
    CONSENT_REFUSED,
    /** A simplified ESIA account. */
    ACCOUNT_LEVEL_SIMPLIFIED,
    /** A standard ESIA account where the region requires a confirmed one. */
    ACCOUNT_LEVEL_STANDARD,
    /** ESIA did not answer, answered too slowly or was in maintenance. */
    ESIA_UNAVAILABLE,
    /** Anything else wrong in the protocol: state, signature, issuer, audience, time, an ESIA error. */
    PROTOCOL_ERROR
}
