package ru.registratura.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Security (issue 18): what one address may cost the ESIA login. Starting logins is limited per address (the test
 * domain: 300 a minute; by default 60), and a failed callback is recorded once per address in a window (the test
 * domain: 10 s; by default 10 minutes), its repeats answered alike but not written. Each {@link HttpSession} is a
 * client address of its own. Run alone with the other security tests: {@code -Dit.test='Security*IT'}.
 */
class SecurityEsiaIT {

    private static final String LOGIN = Portal.BASE_URL + "/auth/esia/login";

    @Test
    void anAddressStartingTooManyLoginsIsRefusedAndAnotherIsNot() throws Exception {
        HttpSession flood = new HttpSession();
        int throttled = Esia.audited("PATIENT_LOGIN", "THROTTLED", null);
        for (int i = 0; i < 300; i++) {
            String location = HttpSession.location(flood.get(LOGIN));
            assertTrue(location.startsWith(Esia.BASE_URL), "login " + (i + 1) + " of the minute goes to ESIA: " + location);
        }
        assertEquals(Portal.BASE_URL + "/login/too-many.xhtml", HttpSession.location(flood.get(LOGIN)));
        assertEquals(Portal.BASE_URL + "/login/too-many.xhtml", HttpSession.location(flood.get(LOGIN)));
        assertEquals(throttled + 1, Esia.audited("PATIENT_LOGIN", "THROTTLED", null), "recorded once, not per request");
        String page = flood.get(Portal.BASE_URL + "/login/too-many.xhtml").body();
        assertTrue(page.contains("Слишком много попыток входа"), page);

        assertTrue(HttpSession.location(new HttpSession().get(LOGIN)).startsWith(Esia.BASE_URL),
                "another address logs in as ever");
    }

    @Test
    void failedCallbacksOfOneAddressAreRecordedOnceInTheirWindow() throws Exception {
        String forged = Portal.BASE_URL + "/auth/esia/callback?code=forged&state=forged";
        String denied = Portal.BASE_URL + "/auth/esia/callback?error=access_denied&error_description=ESIA-007004";
        HttpSession loop = new HttpSession();
        int errors = Esia.audited("PATIENT_LOGIN", "PROTOCOL_ERROR", null);
        int refusals = Esia.audited("PATIENT_LOGIN", "CONSENT_REFUSED", null);
        for (int i = 0; i < 5; i++) {
            assertTrue(HttpSession.location(loop.get(forged)).contains("/login/error.xhtml?ref="));
            assertTrue(HttpSession.location(loop.get(denied)).endsWith("/login/refused.xhtml"));
        }
        assertEquals(errors + 1, Esia.audited("PATIENT_LOGIN", "PROTOCOL_ERROR", null), "five forged callbacks, one row");
        assertEquals(refusals + 1, Esia.audited("PATIENT_LOGIN", "CONSENT_REFUSED", null), "five refusals, one row");

        new HttpSession().get(forged);
        assertEquals(errors + 2, Esia.audited("PATIENT_LOGIN", "PROTOCOL_ERROR", null), "another address is recorded");
    }
}
