package ru.registratura.domain.referral;

/** Where a referral stands. */
public enum ReferralStatus {
    /** Issued and not used: it books one appointment while valid. */
    ISSUED,
    /** An appointment was booked with it (its cancellation makes it ISSUED again). */
    USED,
    /** Withdrawn by the registry. */
    REVOKED
}
