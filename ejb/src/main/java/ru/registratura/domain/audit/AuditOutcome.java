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
    PROTOCOL_ERROR,
    /** The input was refused by the card file's rules; nothing changed. */
    INVALID_INPUT,
    /** The object belongs to another account; nothing changed and nothing was shown. */
    NOT_OWNER,
    /** A card with booked future appointments was not deleted. */
    HAS_FUTURE_APPOINTMENTS,
    /** The action does not apply to the object's state (a search that has not failed cannot be retried). */
    NOT_APPLICABLE,
    /** The slot was booked by someone else first. */
    SLOT_TAKEN,
    /** A booking rule refused (the detail names it). */
    RULE_BROKEN,
    /** An unknown user name or a wrong password (which of them is not told, nor recorded). */
    BAD_CREDENTIALS,
    /** The staff account is locked after failed logins (this attempt locked it, or came while locked). */
    LOCKED_OUT,
    /** The staff account is disabled by an admin. */
    DISABLED,
    /**
     * Refused before any password was checked: too many failed logins from the address (audited once per window), or
     * no password hash could be computed in time (the node is busy).
     */
    THROTTLED,
    /** The staff user's role or institutions do not allow it; nothing was shown or changed. */
    FORBIDDEN,
    /** An API lookup found nobody (or more than one person) for what it gave. */
    NOT_FOUND
}
