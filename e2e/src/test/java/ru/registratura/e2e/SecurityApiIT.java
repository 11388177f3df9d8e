package ru.registratura.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Security (issue 18): a caller of the booking API may make so many calls a minute (the test domain: 300; by default
 * 3000), then it gets 429 {@code RATE_LIMITED} with {@code Retry-After} and nothing is done, while other callers go
 * on; several issuers, each with its own keys and the groups it may give, registered and changed by {@code
 * server-config/api-jwt.sh} while the application runs (a key rolled over without a restart). Run alone with the
 * other security tests: {@code -Dit.test='Security*IT'}.
 */
class SecurityApiIT {

    @Test
    void aCallerOverItsCallsAMinuteIsRefusedAndAnotherIsNot() throws Exception {
        KeyPair key = Tokens.registered();
        String busy = Tokens.of(key.getPrivate(), "it-rate-" + System.nanoTime(), "booking-hub");
        for (int i = 0; i < 300; i++) {
            assertEquals(200, Api.call("GET", "/institutions", busy, null).statusCode(), "call " + (i + 1));
        }
        HttpResponse<String> refused = Api.call("GET", "/institutions", busy, null);
        assertEquals(429, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("\"code\":\"RATE_LIMITED\""), refused.body());
        long wait = Long.parseLong(refused.headers().firstValue("Retry-After").orElse("0"));
        assertTrue(wait >= 1 && wait <= 60, "Retry-After " + wait);

        String other = Tokens.of(key.getPrivate(), "it-rate-other-" + System.nanoTime(), "booking-hub");
        assertEquals(200, Api.call("GET", "/institutions", other, null).statusCode(), "another caller goes on");
    }

    @Test
    void anIssuerGivesOnlyItsGroupsAndItsKeysRollOverWithoutARestart() throws Exception {
        Tokens.registered();
        String name = "it-centre-" + (System.nanoTime() % 100000);
        String issuer = "https://" + name + ".test.registratura.ru";
        KeyPair first = Tokens.keyPair();
        Tokens.register(name, issuer, "call-centre", first, "2026-a");
        try {
            Tokens.awaitAccepted(first.getPrivate(), "2026-a", issuer, "call-centre", true);

            // Its key cannot make a booking hub, nor sign for another issuer.
            HttpResponse<String> hub = Api.call("GET", "/institutions", token(first, "2026-a", issuer, "booking-hub"), null);
            assertEquals(403, hub.statusCode(), hub.body());
            assertTrue(hub.body().contains("booking-hub"), hub.body());
            assertEquals(401, Api.call("GET", "/institutions", token(first, "2026-a", Tokens.ISSUER, "call-centre"), null)
                    .statusCode(), "the call centre's key signing as the test hub");
            // Nor is its caller the hub's caller of the same subject: the ids carry the issuer's name.
            HttpResponse<String> lookup = Api.call("POST", "/patients/lookup", token(first, "2026-a", issuer, "call-centre"),
                    "{\"policy\":\"3850100000123458\",\"birthDate\":\"1986-05-14\"}");
            assertEquals(200, lookup.statusCode(), lookup.body());
            assertEquals(1, Cards.number("select count(*) from api_patient_lookup where subject = ?", name + "/it-system"));

            // A second key: both are taken while the issuer rolls over; then the first is retired and refused.
            KeyPair second = Tokens.keyPair();
            Tokens.register(name, issuer, "call-centre", second, "2026-b");
            Tokens.awaitAccepted(second.getPrivate(), "2026-b", issuer, "call-centre", true);
            assertEquals(200, Api.call("GET", "/institutions", token(first, "2026-a", issuer, "call-centre"), null)
                    .statusCode(), "the first key still, until it is retired");
            assertEquals(401, Api.call("GET", "/institutions", token(first, "2026-b", issuer, "call-centre"), null)
                    .statusCode(), "the kid names the key that must have signed");
            Tokens.script("--name", name, "--retire-key", "2026-a");
            Tokens.awaitAccepted(first.getPrivate(), "2026-a", issuer, "call-centre", false);
            HttpResponse<String> retired = Api.call("GET", "/institutions", token(first, null, issuer, "call-centre"), null);
            assertEquals(401, retired.statusCode(), "the retired key without a kid: " + retired.body());
            assertEquals(200, Api.call("GET", "/institutions", token(second, "2026-b", issuer, "call-centre"), null)
                    .statusCode(), "the second key goes on");
            assertTrue(Tokens.script("--list").contains(name + "\t" + issuer + "\tgroups call-centre\tkeys 2026-b"),
                    "the list shows the issuer with its one key");

            Tokens.script("--name", name, "--remove");
            Tokens.awaitAccepted(second.getPrivate(), "2026-b", issuer, "call-centre", false);
        } finally {
            Tokens.script("--name", name, "--remove");
        }
        assertEquals(200, Api.call("GET", "/institutions", Tokens.of(Tokens.registered().getPrivate(), "it-after", "kiosk"),
                null).statusCode(), "the other issuer is untouched");
    }

    private static String token(KeyPair key, String keyId, String issuer, String group) throws Exception {
        long now = Instant.now().getEpochSecond();
        return Tokens.signed(key.getPrivate(), keyId, Tokens.claims(issuer, Tokens.AUDIENCE, "it-system",
                List.of(group), now, now + 600, null));
    }
}
