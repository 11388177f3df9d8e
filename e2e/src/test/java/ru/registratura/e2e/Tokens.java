package ru.registratura.e2e;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** JWTs for the booking API's tests, signed (RS256) by keys the tests generate, written by hand: no library. */
final class Tokens {

    static final String ISSUER = "https://hub.test.registratura.ru";
    static final String AUDIENCE = "registratura-api";

    private static KeyPair registered;

    private Tokens() {
    }

    /** The test issuer's name, registered with {@code server-config/api-jwt.sh}: the callers' ids begin with it. */
    static final String NAME = "it";

    /**
     * The key pair whose public half is registered with the domain under test by {@code server-config/api-jwt.sh},
     * as the README tells an admin, for an issuer that may give every API group; registered once per test run and
     * taken by the running application within seconds (no restart), which this waits for.
     */
    static synchronized KeyPair registered() throws Exception {
        if (registered == null) {
            KeyPair key = keyPair();
            // A key id of this run: the browser tests run again on the same domain (./registratura run) add a key to
            // the issuer, as a rotation does, instead of meeting the last run's key under the same id.
            register(NAME, ISSUER, "booking-hub,call-centre,kiosk", key, "it-" + System.currentTimeMillis());
            awaitAccepted(key.getPrivate(), null, ISSUER, "kiosk", true);
            registered = key;
        }
        return registered;
    }

    /** The caller's id the API gives a subject of the test issuer (audit rows, lookups, appointments). */
    static String caller(String subject) {
        return NAME + "/" + subject;
    }

    /** Runs {@code server-config/api-jwt.sh} with the test domain's admin port and the options; fails on its failure. */
    static String script(String... options) throws Exception {
        Path script = Path.of("..", "server-config", "api-jwt.sh").toAbsolutePath().normalize();
        List<String> command = new ArrayList<>(List.of("bash", script.toString(), "--admin-port",
                System.getProperty("it.admin.port", "28048")));
        String target = System.getProperty("it.config.target");
        if (target != null) {
            // a cluster: the deployment group's running instances take the change
            command.addAll(List.of("--target", target));
        }
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new AssertionError("api-jwt.sh " + String.join(" ", options) + " failed:\n" + output);
        }
        return output;
    }

    /** Registers the issuer with the key (its public half in a PEM file, as an admin has it) under the key id. */
    static void register(String name, String issuer, String groups, KeyPair key, String keyId) throws Exception {
        Path pem = Files.createTempFile("api-test-key", ".pem");
        Files.writeString(pem, pem(key.getPublic()));
        script("--name", name, "--issuer", issuer, "--groups", groups, "--public-key", pem.toString(), "--key-id", keyId);
    }

    /**
     * Waits (at most a minute) until a token of the issuer with the group, signed by the key, is accepted, or refused, by the API:
     * the application reads the issuers again every second on the test domain.
     */
    static void awaitAccepted(PrivateKey key, String keyId, String issuer, String group, boolean accepted) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        int status;
        do {
            long now = Instant.now().getEpochSecond();
            String token = signed(key, keyId, claims(issuer, AUDIENCE, "it-await", List.of(group), now, now + 600, null));
            status = Api.call("GET", "/institutions", token, null).statusCode();
            if ((status == 200) == accepted && status != 429) {
                return;
            }
            Thread.sleep(500);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("A token of " + issuer + (keyId == null ? "" : " with the key " + keyId) + " is still "
                + (accepted ? "refused" : "accepted") + " after a minute (HTTP " + status + ")");
    }

    static KeyPair keyPair() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    static String pem(PublicKey key) {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(key.getEncoded()) + "\n-----END PUBLIC KEY-----\n";
    }

    /** A token of the subject with the groups, issued now, valid for an hour, for the configured issuer and audience. */
    static String of(PrivateKey key, String subject, String... groups) throws Exception {
        long now = Instant.now().getEpochSecond();
        return signed(key, claims(ISSUER, AUDIENCE, subject, List.of(groups), now, now + 3600, null));
    }

    static String claims(String issuer, String audience, String subject, List<String> groups, long issuedAt,
                         long expires, Long notBefore) {
        return "{\"iss\":\"" + issuer + "\",\"aud\":\"" + audience + "\",\"sub\":\"" + subject + "\",\"upn\":\""
                + subject + "\",\"jti\":\"" + UUID.randomUUID() + "\",\"iat\":" + issuedAt + ",\"exp\":"
                + expires + (notBefore == null ? "" : ",\"nbf\":" + notBefore) + ",\"groups\":["
                + groups.stream().map(g -> "\"" + g + "\"").collect(Collectors.joining(",")) + "]}";
    }

    static String signed(PrivateKey key, String claims) throws Exception {
        return signed(key, null, claims);
    }

    /** Signed with RS256, the header naming the key id when one is given. */
    static String signed(PrivateKey key, String keyId, String claims) throws Exception {
        String signingInput = base64("{\"alg\":\"RS256\",\"typ\":\"JWT\"" + (keyId == null ? "" : ",\"kid\":\"" + keyId + "\"")
                + "}") + "." + base64(claims);
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
    }

    /** The same claims with {@code "alg":"none"} and no signature. */
    /** The claims "signed" with HMAC-SHA256 and a secret anyone has (the issuer's public key): the old algorithm trick. */
    static String hmacSigned(byte[] secret, String claims) throws Exception {
        String signingInput = base64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + base64(claims);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        return signingInput + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
    }

    static String unsigned(String claims) {
        return base64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + base64(claims) + ".";
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
