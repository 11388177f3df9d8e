package ru.registratura.domain.account;

/**
 * The level of an ESIA account (docs/esia-protocol.md section 7). Simplified accounts are never admitted; whether a
 * standard account is enough is a setting of the region.
 */
public enum AccountLevel {
    /** Упрощённая: name and a phone or e-mail, nothing verified. */
    SIMPLIFIED,
    /** Стандартная: SNILS and passport checked by the state registers, identity not confirmed in person. */
    STANDARD,
    /** Подтверждённая: identity confirmed (a service centre, a code by post, an electronic signature). */
    CONFIRMED;

    /**
     * The level of an account: confirmed when both ESIA's person record and the id token say so;
     * standard with a SNILS and a verified identity document; simplified otherwise.
     */
    public static AccountLevel of(boolean trusted, String snils, boolean identityDocumentVerified) {
        if (trusted) {
            return CONFIRMED;
        }
        if (snils != null && !snils.isBlank() && identityDocumentVerified) {
            return STANDARD;
        }
        return SIMPLIFIED;
    }

    /**
     * Whether a region admits an account of this level to the portal: confirmed always, standard where the
     * region allows it ({@code registratura.esia.allow-standard-accounts}), simplified never.
     */
    public boolean admitted(boolean standardAccountsAllowed) {
        return this == CONFIRMED || this == STANDARD && standardAccountsAllowed;
    }
}
