package ru.registratura.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import org.bouncycastle.crypto.digests.GOST3411_2012_256Digest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The ESIA protocol at HTTP level, against the emulator and the portal: every bad token, state or code is
 * refused with no session created and a line in the audit trail; and the emulator is as strict as ESIA
 * about timestamps, signatures and redirect addresses.
 */
class EsiaProtocolIT {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy.MM.dd HH:mm:ss Z");
    private static final String SCOPE = "openid fullname birthdate gender snils id_doc medical_doc mobile email "
            + "kid_fullname kid_birthdate kid_gender kid_snils kid_medical_doc";
    private static final String CALLBACK = Portal.BASE_URL + "/auth/esia/callback";

    @BeforeEach
    @AfterEach
    void resetEmulator() throws Exception {
        Esia.reset();
    }

    @Test
    void aCorrectLoginOpensTheCabinet() throws Exception {
        HttpSession session = new HttpSession();
        String callback = session.esiaCallbackFor("petrov@example.ru");
        HttpResponse<String> response = session.get(callback);
        assertEquals(Portal.BASE_URL + "/auth/esia/login", HttpSession.location(response));
        assertEquals(Portal.BASE_URL + "/cabinet/index.xhtml", HttpSession.location(session.get(Portal.BASE_URL + "/auth/esia/login")));
        assertTrue(session.inCabinet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"TAMPERED_ID_TOKEN", "FOREIGN_KEY", "WRONG_ISSUER", "WRONG_AUDIENCE", "EXPIRED", "ALG_NONE",
                            "STATE_MISMATCH", "ESIA_ERROR", "SERVER_ERROR"})
    void aBadTokenResponseCreatesNoSession(String fault) throws Exception {
        int errors = Esia.audited("PATIENT_LOGIN", fault.equals("SERVER_ERROR") ? "ESIA_UNAVAILABLE" : "PROTOCOL_ERROR", null);
        HttpSession session = new HttpSession();
        String callback = session.esiaCallbackFor("petrov@example.ru");
        Esia.faults("tokenFault=" + fault);

        String page = HttpSession.location(session.get(callback));
        if (fault.equals("SERVER_ERROR")) {
            assertEquals(Portal.BASE_URL + "/login/unavailable.xhtml", page);
        } else {
            assertTrue(page.startsWith(Portal.BASE_URL + "/login/error.xhtml?ref="), page);
            assertTrue(session.get(page).body().contains("id=\"errorReference\""), "the page shows the reference number");
        }
        assertFalse(session.inCabinet(), "no session for " + fault);
        assertEquals(Portal.BASE_URL + "/cabinet/login.xhtml?reason=required",
                HttpSession.location(session.get(Portal.BASE_URL + "/cabinet/profile.xhtml")));
        assertEquals(errors + 1, Esia.audited("PATIENT_LOGIN",
                fault.equals("SERVER_ERROR") ? "ESIA_UNAVAILABLE" : "PROTOCOL_ERROR", null));
    }

    @Test
    void aMismatchedOrMissingStateCreatesNoSession() throws Exception {
        HttpSession session = new HttpSession();
        String callback = session.esiaCallbackFor("petrov@example.ru");
        String otherState = callback.replaceAll("state=[^&]+", "state=" + UUID.randomUUID());
        assertTrue(HttpSession.location(session.get(otherState)).contains("/login/error.xhtml?ref="));
        assertFalse(session.inCabinet());

        HttpSession second = new HttpSession();
        String withoutState = second.esiaCallbackFor("petrov@example.ru").replaceAll("&?state=[^&]+", "");
        assertTrue(HttpSession.location(second.get(withoutState)).contains("/login/error.xhtml?ref="));
        assertFalse(second.inCabinet());

        // A callback in a browser that never started a login (no state in its session).
        HttpSession stranger = new HttpSession();
        assertTrue(HttpSession.location(stranger.get(callback)).contains("/login/error.xhtml?ref="));
        assertFalse(stranger.inCabinet());
    }

    @Test
    void anAuthorizationCodeWorksOnce() throws Exception {
        HttpSession session = new HttpSession();
        String callback = session.esiaCallbackFor("petrov@example.ru");
        String code = parameter(callback, "code");

        HttpResponse<String> first = new HttpSession().post(Esia.BASE_URL + "/aas/oauth2/v3/te", tokenRequest(code, now()));
        assertEquals(200, first.statusCode(), first.body());
        assertTrue(first.body().contains("\"id_token\"") && first.body().contains("\"expires_in\":3600"));

        HttpResponse<String> replay = new HttpSession().post(Esia.BASE_URL + "/aas/oauth2/v3/te", tokenRequest(code, now()));
        assertEquals(400, replay.statusCode());
        assertTrue(replay.body().contains("ESIA-007011"), replay.body());

        // The portal, handed the used code with the right state, gets ESIA's refusal and opens no session.
        assertTrue(HttpSession.location(session.get(callback)).contains("/login/error.xhtml?ref="));
        assertFalse(session.inCabinet());
    }

    @Test
    void theEmulatorRefusesAnUnregisteredRedirect() throws Exception {
        String authorization = HttpSession.location(new HttpSession().get(Portal.BASE_URL + "/auth/esia/login"));
        String evil = authorization.replaceAll("redirect_uri=[^&]+", "redirect_uri=https%3A%2F%2Fevil.example%2Fcallback");
        HttpResponse<String> response = new HttpSession().get(evil);
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("ESIA-007023"), response.body());
    }

    @Test
    void theEmulatorRefusesAStaleTimestamp() throws Exception {
        String authorization = HttpSession.location(new HttpSession().get(Portal.BASE_URL + "/auth/esia/login"));
        String stale = authorization.replaceAll("timestamp=[^&]+", "timestamp="
                + URLEncoder.encode(TIMESTAMP.format(ZonedDateTime.now().minusMinutes(10)), StandardCharsets.UTF_8));
        String back = HttpSession.location(new HttpSession().get(stale));
        assertTrue(back.startsWith(CALLBACK + "?error=invalid_request"), back);
        assertTrue(URLDecoder.decode(back, StandardCharsets.UTF_8).contains("ESIA-007015"), back);

        HttpResponse<String> token = new HttpSession().post(Esia.BASE_URL + "/aas/oauth2/v3/te",
                tokenRequest("some-code", TIMESTAMP.format(ZonedDateTime.now().plusMinutes(6))));
        assertEquals(400, token.statusCode());
        assertTrue(token.body().contains("\"error_description\":\"ESIA-007015"), token.body());
        assertTrue(token.body().contains("\"state\""), "ESIA's error shape echoes the state");
    }

    @Test
    void theEmulatorRefusesABadSignatureAndAMissingParameter() throws Exception {
        String authorization = HttpSession.location(new HttpSession().get(Portal.BASE_URL + "/auth/esia/login"));
        String secret = parameter(authorization, "client_secret");
        String forged = authorization.replace(secret, (secret.charAt(0) == 'A' ? 'B' : 'A') + secret.substring(1));
        String back = URLDecoder.decode(HttpSession.location(new HttpSession().get(forged)), StandardCharsets.UTF_8);
        assertTrue(back.contains("ESIA-007053"), back);

        String unsigned = authorization.replaceAll("&?client_secret=[^&]+", "");
        back = URLDecoder.decode(HttpSession.location(new HttpSession().get(unsigned)), StandardCharsets.UTF_8);
        assertTrue(back.contains("ESIA-007014") && back.contains("[client_secret]"), back);

        String notUuid = authorization.replaceAll("state=[^&]+", "state=12345");
        back = URLDecoder.decode(HttpSession.location(new HttpSession().get(notUuid)), StandardCharsets.UTF_8);
        assertTrue(back.contains("ESIA-007003") && back.contains("[state]"), back);
    }

    private static String now() {
        return TIMESTAMP.format(ZonedDateTime.now());
    }

    /** A token request signed with the portal's client key, as the portal would send it. */
    private static String tokenRequest(String code, String timestamp) throws Exception {
        Path keys = Path.of(System.getProperty("it.esia.keys"));
        char[] password = System.getenv("IT_ESIA_CLIENT_PASSWORD").toCharArray();
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keys.resolve("registratura-client.p12"))) {
            store.load(in, password);
        }
        PrivateKey key = (PrivateKey) store.getKey("registratura", password);
        X509Certificate certificate = (X509Certificate) store.getCertificate("registratura");
        String state = UUID.randomUUID().toString();
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(key);
        signer.update(("REGISTRATURA" + SCOPE + timestamp + state + CALLBACK + code).getBytes(StandardCharsets.UTF_8));
        GOST3411_2012_256Digest digest = new GOST3411_2012_256Digest();
        byte[] der = certificate.getEncoded();
        digest.update(der, 0, der.length);
        byte[] hash = new byte[32];
        digest.doFinal(hash, 0);
        return Esia.form("client_id", "REGISTRATURA", "code", code, "grant_type", "authorization_code",
                "client_secret", Base64.getUrlEncoder().withoutPadding().encodeToString(signer.sign()),
                "state", state, "redirect_uri", CALLBACK, "scope", SCOPE, "timestamp", timestamp, "token_type", "Bearer",
                "client_certificate_hash", HexFormat.of().formatHex(hash));
    }

    private static String parameter(String url, String name) {
        for (String pair : url.substring(url.indexOf('?') + 1).split("&")) {
            if (pair.startsWith(name + "=")) {
                return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("No " + name + " in " + url);
    }
}
