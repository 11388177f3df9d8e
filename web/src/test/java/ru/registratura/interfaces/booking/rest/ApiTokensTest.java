package ru.registratura.interfaces.booking.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The API token checks with several issuers, their keys and groups, and the issuers read again from settings. */
class ApiTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private static final Duration MAX_AGE = Duration.ofHours(1);
    private static KeyPair hubKey;
    private static KeyPair hubNextKey;
    private static KeyPair centreKey;

    @BeforeAll
    static void keys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        hubKey = generator.generateKeyPair();
        hubNextKey = generator.generateKeyPair();
        centreKey = generator.generateKeyPair();
    }

    private static Map<String, String> settings(boolean withNextHubKey) {
        Map<String, String> settings = new HashMap<>();
        settings.put("registratura.api.issuers", "hub, centre");
        settings.put("registratura.api.issuer.hub.iss", "https://hub.example");
        settings.put("registratura.api.issuer.hub.groups", "booking-hub");
        settings.put("registratura.api.issuer.hub.keys", "k1:" + der(hubKey)
                + (withNextHubKey ? ",k2:" + der(hubNextKey) : ""));
        settings.put("registratura.api.issuer.centre.iss", "https://centre.example");
        settings.put("registratura.api.issuer.centre.groups", "call-centre,kiosk");
        settings.put("registratura.api.issuer.centre.keys", "c1:" + der(centreKey));
        return settings;
    }

    private static ApiTokens.Outcome verify(String token, Map<String, String> settings) {
        return ApiTokens.verify(token, new ApiIssuers(settings::get, Duration.ZERO).current(NOW), "registratura-api",
                MAX_AGE, NOW);
    }

    @Test
    void eachIssuerWithItsOwnKeyAndGroups() throws Exception {
        var hub = verify(token(hubKey.getPrivate(), "k1", claims("https://hub.example", "booking-hub")), settings(false));
        assertEquals(new ApiTokens.Verified("hub/system", Set.of("booking-hub")), hub);
        var centre = verify(token(centreKey.getPrivate(), null, claims("https://centre.example", "kiosk")), settings(false));
        assertEquals(new ApiTokens.Verified("centre/system", Set.of("kiosk")), centre);
    }

    @Test
    void aCallCentresKeyCannotMakeABookingHub() throws Exception {
        var refused = verify(token(centreKey.getPrivate(), null, claims("https://centre.example", "booking-hub")),
                settings(false));
        assertEquals(403, assertInstanceOf(ApiTokens.Refused.class, refused).status());
        // Nor can its key sign for the hub's issuer.
        var forged = verify(token(centreKey.getPrivate(), null, claims("https://hub.example", "booking-hub")), settings(false));
        assertEquals(401, assertInstanceOf(ApiTokens.Refused.class, forged).status());
    }

    @Test
    void aKeyRollsOverWhileTheOldOneIsStillAccepted() throws Exception {
        String next = token(hubNextKey.getPrivate(), "k2", claims("https://hub.example", "booking-hub"));
        assertEquals(401, assertInstanceOf(ApiTokens.Refused.class, verify(next, settings(false))).status(),
                "not before the key is registered");
        assertInstanceOf(ApiTokens.Verified.class, verify(next, settings(true)));
        String old = token(hubKey.getPrivate(), null, claims("https://hub.example", "booking-hub"));
        assertInstanceOf(ApiTokens.Verified.class, verify(old, settings(true)), "the old key, no kid: each key tried");
        String wrongKid = token(hubKey.getPrivate(), "k2", claims("https://hub.example", "booking-hub"));
        assertInstanceOf(ApiTokens.Refused.class, verify(wrongKid, settings(true)), "the kid picks the key");
    }

    @Test
    void theIssuersAreReadAgainAfterTheRefreshTime() throws Exception {
        Map<String, String> settings = settings(false);
        ApiIssuers issuers = new ApiIssuers(settings::get, Duration.ofSeconds(10));
        assertEquals(Set.of("https://hub.example", "https://centre.example"), issuers.current(NOW).keySet());
        settings.put("registratura.api.issuers", "centre");
        assertEquals(2, issuers.current(NOW.plusSeconds(5)).size(), "within the refresh time: as read");
        assertEquals(Set.of("https://centre.example"), issuers.current(NOW.plusSeconds(11)).keySet());
    }

    @Test
    void anIncompleteIssuerOrABadKeyIsLeftOut() {
        Map<String, String> settings = settings(false);
        settings.put("registratura.api.issuer.hub.keys", "k1:not-a-key");
        settings.put("registratura.api.issuer.centre.groups", "");
        assertTrue(new ApiIssuers(settings::get, Duration.ZERO).current(NOW).isEmpty());
    }

    @Test
    void tokensThatAreNotValid() throws Exception {
        long now = NOW.getEpochSecond();
        String base = "\"iss\":\"https://hub.example\",\"sub\":\"system\",\"groups\":[\"booking-hub\"]";
        Map<String, String> cases = Map.of(
                "expired", "{" + base + ",\"aud\":\"registratura-api\",\"iat\":" + (now - 600) + ",\"exp\":" + (now - 60) + "}",
                "not yet valid", "{" + base + ",\"aud\":\"registratura-api\",\"iat\":" + now + ",\"exp\":" + (now + 600)
                        + ",\"nbf\":" + (now + 300) + "}",
                "too old", "{" + base + ",\"aud\":\"registratura-api\",\"iat\":" + (now - 7200) + ",\"exp\":" + (now + 600) + "}",
                "no iat", "{" + base + ",\"aud\":\"registratura-api\",\"exp\":" + (now + 600) + "}",
                "other audience", "{" + base + ",\"aud\":[\"other\"],\"iat\":" + now + ",\"exp\":" + (now + 600) + "}",
                "unknown issuer", "{\"iss\":\"https://else.example\",\"sub\":\"s\",\"aud\":\"registratura-api\",\"iat\":"
                        + now + ",\"exp\":" + (now + 600) + "}",
                "no subject", "{\"iss\":\"https://hub.example\",\"aud\":\"registratura-api\",\"iat\":" + now + ",\"exp\":"
                        + (now + 600) + "}");
        cases.forEach((name, claims) -> {
            try {
                assertEquals(401, assertInstanceOf(ApiTokens.Refused.class,
                        verify(token(hubKey.getPrivate(), null, claims), settings(false)), name).status(), name);
            } catch (Exception e) {
                throw new AssertionError(name, e);
            }
        });
        String good = claims("https://hub.example", "booking-hub");
        String unsigned = b64("{\"alg\":\"none\"}") + "." + b64(good) + ".";
        assertInstanceOf(ApiTokens.Refused.class, verify(unsigned, settings(false)));
        String hs256 = b64("{\"alg\":\"HS256\"}") + "." + b64(good) + "." + b64("x");
        assertInstanceOf(ApiTokens.Refused.class, verify(hs256, settings(false)));
        assertInstanceOf(ApiTokens.Refused.class, verify("garbage", settings(false)));
        assertInstanceOf(ApiTokens.Refused.class, verify("a.b.c", settings(false)));
    }

    @Test
    void aTokenCheckedOnceIsStillCheckedForItsTimesAndItsIssuersOnEveryCall() throws Exception {
        Map<String, String> settings = settings(false);
        ApiIssuers issuers = new ApiIssuers(settings::get, Duration.ofSeconds(10));
        VerifiedTokens tokens = new VerifiedTokens(2);
        String hub = token(hubKey.getPrivate(), "k1", claims("https://hub.example", "booking-hub"));
        assertEquals(new ApiTokens.Verified("hub/system", Set.of("booking-hub")),
                tokens.verify(hub, issuers.current(NOW), "registratura-api", MAX_AGE, NOW));
        assertEquals(1, tokens.size());
        // Read again, the same settings: the same issuers, the token not checked again.
        Instant read = NOW.plusSeconds(11);
        assertEquals(new ApiTokens.Verified("hub/system", Set.of("booking-hub")),
                tokens.verify(hub, issuers.current(read), "registratura-api", MAX_AGE, read));
        // The hub's key replaced by another: its token is refused once the issuers are read again, not taken from
        // what was checked, and forgotten.
        settings.put("registratura.api.issuer.hub.keys", "k1:" + der(hubNextKey));
        Instant later = NOW.plusSeconds(22);
        assertEquals(401, assertInstanceOf(ApiTokens.Refused.class,
                tokens.verify(hub, issuers.current(later), "registratura-api", MAX_AGE, later)).status());
        assertEquals(0, tokens.size());
        // A token with a bad signature is refused and not kept.
        String forged = token(centreKey.getPrivate(), null, claims("https://hub.example", "booking-hub"));
        assertInstanceOf(ApiTokens.Refused.class, tokens.verify(forged, issuers.current(later), "registratura-api",
                MAX_AGE, later));
        assertEquals(0, tokens.size());
        String centre = token(centreKey.getPrivate(), null, claims("https://centre.example", "kiosk"));
        assertInstanceOf(ApiTokens.Verified.class, tokens.verify(centre, issuers.current(later), "registratura-api",
                MAX_AGE, later));
        assertEquals(1, tokens.size());
        // Its expiry (ten minutes and the clock skew) holds for a token seen before as for a new one.
        Instant expired = NOW.plusSeconds(631);
        assertEquals("The token has expired", assertInstanceOf(ApiTokens.Refused.class,
                tokens.verify(centre, issuers.current(expired), "registratura-api", MAX_AGE, expired)).detail());
        // When full, the tokens kept are forgotten: never more than the capacity.
        String kiosk = token(centreKey.getPrivate(), "c1", claims("https://centre.example", "kiosk"));
        String other = token(centreKey.getPrivate(), "c1", claims("https://centre.example", "call-centre"));
        tokens.verify(kiosk, issuers.current(later), "registratura-api", MAX_AGE, later);
        tokens.verify(other, issuers.current(later), "registratura-api", MAX_AGE, later);
        assertTrue(tokens.size() <= 2);
    }

    private static String claims(String issuer, String... groups) {
        long now = NOW.getEpochSecond();
        return "{\"iss\":\"" + issuer + "\",\"aud\":\"registratura-api\",\"sub\":\"system\",\"iat\":" + now
                + ",\"exp\":" + (now + 600) + ",\"groups\":[\"" + String.join("\",\"", groups) + "\"]}";
    }

    private static String token(PrivateKey key, String kid, String claims) throws Exception {
        String input = b64("{\"alg\":\"RS256\",\"typ\":\"JWT\"" + (kid == null ? "" : ",\"kid\":\"" + kid + "\"") + "}")
                + "." + b64(claims);
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
    }

    private static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String der(KeyPair key) {
        return Base64.getEncoder().encodeToString(key.getPublic().getEncoded());
    }
}
