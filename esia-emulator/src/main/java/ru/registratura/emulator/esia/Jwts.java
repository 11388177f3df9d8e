package ru.registratura.emulator.esia;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

/**
 * The JSON Web Tokens ESIA issues, signed RS256 by hand: the emulator needs ESIA's exact headers and
 * also deliberately broken tokens (fault modes), which a JWT library would refuse to produce.
 */
public final class Jwts {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private Jwts() {
    }

    /** {@code base64url(header).base64url(claims).base64url(RS256 signature)}. */
    public static String sign(JsonObject header, JsonObject claims, PrivateKey key) {
        String signingInput = encode(header) + "." + encode(claims);
        return signingInput + "." + ENCODER.encodeToString(rs256(signingInput, key));
    }

    /** An unsigned token ({@code alg: none}), as an attacker would send it. */
    public static String unsigned(JsonObject header, JsonObject claims) {
        JsonObject none = Json.createObjectBuilder(header).add("alg", "none").build();
        return encode(none) + "." + encode(claims) + ".";
    }

    /** The same token with its claims replaced and the old signature kept: a tampered token. */
    public static String tamper(String token, JsonObject claims) {
        String[] parts = token.split("\\.");
        return parts[0] + "." + encode(claims) + "." + parts[2];
    }

    /** The claims of a token signed RS256 by {@code key}, if the signature is valid. */
    public static Optional<JsonObject> verify(String token, PublicKey key) {
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            JsonObject header = parse(parts[0]);
            if (!"RS256".equals(header.getString("alg", ""))) {
                return Optional.empty();
            }
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(key);
            verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!verifier.verify(DECODER.decode(parts[2]))) {
                return Optional.empty();
            }
            return Optional.of(parse(parts[1]));
        } catch (GeneralSecurityException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static byte[] rs256(String signingInput, PrivateKey key) {
        try {
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(key);
            signer.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign a token", e);
        }
    }

    private static String encode(JsonObject json) {
        return ENCODER.encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static JsonObject parse(String part) {
        try (JsonReader reader = Json.createReader(new StringReader(new String(DECODER.decode(part), StandardCharsets.UTF_8)))) {
            return reader.readObject();
        }
    }
}
