package ru.registratura.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.security.KeyPair;

import org.junit.jupiter.api.Test;

/**
 * Security (issue 18): a caller of the booking API may make so many calls a minute (the test domain: 300; by default
 * 3000), then it gets 429 {@code RATE_LIMITED} with {@code Retry-After} and nothing is done, while other callers go
 * on. Run alone with the other security tests: {@code -Dit.test='Security*IT'}.
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
}
