package ru.registratura.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The ESIA account levels of docs/esia-protocol.md section 7. */
class AccountLevelTest {

    @Test
    void trustedIsConfirmed() {
        assertEquals(AccountLevel.CONFIRMED, AccountLevel.of(true, "112-233-445 95", true));
        assertEquals(AccountLevel.CONFIRMED, AccountLevel.of(true, null, false));
    }

    @Test
    void snilsAndAVerifiedPassportWithoutTrustIsStandard() {
        assertEquals(AccountLevel.STANDARD, AccountLevel.of(false, "112-233-445 95", true));
    }

    @Test
    void anythingLessIsSimplified() {
        assertEquals(AccountLevel.SIMPLIFIED, AccountLevel.of(false, "112-233-445 95", false));
        assertEquals(AccountLevel.SIMPLIFIED, AccountLevel.of(false, null, true));
        assertEquals(AccountLevel.SIMPLIFIED, AccountLevel.of(false, " ", true));
    }

    @Test
    void aRegionThatAllowsOnlyConfirmedAccountsRefusesStandardOnes() {
        assertEquals(true, AccountLevel.CONFIRMED.admitted(false));
        assertEquals(false, AccountLevel.STANDARD.admitted(false), "allow-standard-accounts=false, as Irkutsk's seeds");
        assertEquals(true, AccountLevel.STANDARD.admitted(true));
        assertEquals(false, AccountLevel.SIMPLIFIED.admitted(true));
    }
}
