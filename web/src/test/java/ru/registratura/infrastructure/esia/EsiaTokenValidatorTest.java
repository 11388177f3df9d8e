package ru.registratura.infrastructure.esia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;

import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWTParser;
import org.junit.jupiter.api.Test;
import org.pac4j.oidc.config.OidcConfiguration;

/**
 * ESIA's id token as the portal checks it: RS256 and GOST R 34.10-2012 signatures with ESIA's certificate,
 * iss with http and the trailing slash, aud, exp/nbf, a numeric sub, and no nonce.
 */
class EsiaTokenValidatorTest {

    private static final String ISSUER = "http://esia.gosuslugi.ru/";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    @Test
    void anRs256TokenOfEsiaIsAcceptedWithItsNumericSubject() throws Exception {
        TestKeys.Entry esia = TestKeys.rsa();
        EsiaTokenValidator validator = validator(esia, "RS256");
        var claims = validator.validateIdToken(JWTParser.parse(token("RS256", claims(ISSUER, "REGISTRATURA", 0), esia.keys().getPrivate())), null);
        assertEquals("1000299681", claims.getSubject().getValue());
    }

    @Test
    void aGostTokenOfEsiaIsAccepted() throws Exception {
        TestKeys.Entry esia = TestKeys.gost();
        EsiaTokenValidator validator = validator(esia, "GOST3410_2012_256");
        var claims = validator.validateIdToken(JWTParser.parse(token("GOST3410_2012_256", claims(ISSUER, "REGISTRATURA", 0),
                esia.keys().getPrivate())), null);
        assertEquals("1000299681", claims.getSubject().getValue());
    }

    @Test
    void everyBadTokenIsRefused() throws Exception {
        TestKeys.Entry esia = TestKeys.rsa();
        TestKeys.Entry foreign = TestKeys.rsa();
        EsiaTokenValidator validator = validator(esia, "RS256");
        PrivateKey key = esia.keys().getPrivate();
        String good = token("RS256", claims(ISSUER, "REGISTRATURA", 0), key);
        String[] parts = good.split("\\.");
        String[] bad = {
            token("RS256", claims(ISSUER, "REGISTRATURA", 0), foreign.keys().getPrivate()),
            parts[0] + "." + B64.encodeToString(claims(ISSUER, "REGISTRATURA", 0).replace("1000299681", "1000299682")
                    .getBytes(StandardCharsets.UTF_8)) + "." + parts[2],
            token("RS256", claims("https://esia.gosuslugi.ru/", "REGISTRATURA", 0), key),
            token("RS256", claims("http://esia.gosuslugi.ru", "REGISTRATURA", 0), key),
            token("RS256", claims(ISSUER, "ANOTHER", 0), key),
            token("RS256", claims(ISSUER, "REGISTRATURA", -7200), key),
            token("RS256", claims(ISSUER, "REGISTRATURA", 600), key),
            B64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "." + parts[1] + ".",
            token("GOST3410_2012_256", claims(ISSUER, "REGISTRATURA", 0), TestKeys.gost().keys().getPrivate()),
        };
        for (String token : bad) {
            assertThrows(BadJOSEException.class, () -> validator.validateIdToken(JWTParser.parse(token), null), token);
        }
    }

    private static EsiaTokenValidator validator(TestKeys.Entry esia, String algorithm) {
        EsiaSettings settings = new EsiaSettings(URI.create("https://esia.gosuslugi.ru"), ISSUER, "REGISTRATURA",
                URI.create("https://portal"), esia.certificate(), algorithm, Path.of("unused.p12"), null, SignatureFormat.RAW,
                SecretEncoding.BASE64URL, CertificateHashAlgorithm.GOST3411_2012_256, EsiaSettings.DEFAULT_SCOPE,
                Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofMinutes(1), false, ZoneId.of("Asia/Irkutsk"));
        OidcConfiguration configuration = new OidcConfiguration();
        configuration.setClientId("REGISTRATURA");
        EsiaMetadataResolver resolver = new EsiaMetadataResolver(configuration, settings);
        configuration.setOpMetadataResolver(resolver);
        resolver.init();
        return (EsiaTokenValidator) resolver.getTokenValidator();
    }

    /** ESIA's id token claims; {@code shift} moves iat/nbf/exp (negative: expired, positive: not yet valid). */
    private static String claims(String issuer, String audience, long shift) {
        long now = Instant.now().getEpochSecond() + shift;
        return "{\"aud\":\"" + audience + "\",\"sub\":1000299681,\"nbf\":" + now + ",\"amr\":\"PWD\",\"urn:esia:amd\":\"PWD\","
                + "\"auth_time\":" + now + ",\"iss\":\"" + issuer + "\",\"urn:esia:sid\":\"5f3d\",\"urn:esia:sbj\":"
                + "{\"urn:esia:sbj:typ\":\"P\",\"urn:esia:sbj:is_tru\":true,\"urn:esia:sbj:oid\":1000299681,"
                + "\"urn:esia:sbj:nam\":\"OID.1000299681\"},\"exp\":" + (now + 3600) + ",\"iat\":" + now + "}";
    }

    private static String token(String algorithm, String claims, PrivateKey key) throws Exception {
        String header = "{\"ver\":0,\"typ\":\"JWT\",\"sbt\":\"id\",\"alg\":\"" + algorithm + "\"}";
        String input = B64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + B64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        Signature signer = Signature.getInstance(KeyStoreSigner.algorithmFor(key), TestKeys.BC);
        signer.initSign(key);
        signer.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + B64.encodeToString(signer.sign());
    }
}
