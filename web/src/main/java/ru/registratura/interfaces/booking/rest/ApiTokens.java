package ru.registratura.interfaces.booking.rest;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParsingException;

import ru.registratura.application.ApiCaller;

/**
 * Checks a booking API token (a compact JWS) against the issuers the region registered ({@link ApiIssuer}): RS256
 * only, whatever the header says otherwise; the issuer ({@code iss}) one of the registered, and the signature by
 * one of that issuer's keys (the header's {@code kid} picks it; without one each key is tried); the audience;
 * {@code exp}, {@code nbf} and {@code iat} (no older than the maximum age) within a small clock skew; and the
 * token's API groups only those its issuer may give, so that a call centre's key cannot make a booking hub.
 *
 * <p>Pure code, no container: {@link Callers} gives it the issuers of the moment and the clock.
 */
final class ApiTokens {

    /** The caller's id is stored with its lookups and idempotency keys (64 characters). */
    static final int MAX_CALLER_LENGTH = 64;

    private static final Duration CLOCK_SKEW = Duration.ofSeconds(30);
    /** Looked up once: {@code Json.createReader} looks the provider up on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();
    private static final Set<String> API_GROUPS = Set.of(ApiCaller.HUB, ApiCaller.CALL_CENTRE, ApiCaller.KIOSK);

    /** What a token gives: a caller, or a refusal with its status (401: no valid token; 403: not allowed). */
    sealed interface Outcome permits Verified, Refused {
    }

    /** A valid token: the caller's id (the issuer's name, a slash, the subject) and its API groups. */
    record Verified(String caller, Set<String> groups) implements Outcome {
    }

    record Refused(int status, String detail) implements Outcome, Checked {
    }

    private ApiTokens() {
    }

    /**
     * A token whose signature, issuer and audience were checked: what the time does not change. {@link #at} checks
     * its times now and then gives its {@code then}: the caller, or the refusal its subject or groups earned.
     */
    record Signed(Long expires, Long issuedAt, Long notBefore, Outcome then) implements Checked {

        /** The token's outcome at {@code now}: refused if expired, not valid yet or too old; else {@link #then}. */
        Outcome at(Instant now, Duration maxAge) {
            if (expires == null || !Instant.ofEpochSecond(expires).isAfter(now.minus(CLOCK_SKEW))) {
                return unauthorized("The token has expired");
            }
            if (notBefore != null && Instant.ofEpochSecond(notBefore).isAfter(now.plus(CLOCK_SKEW))) {
                return unauthorized("The token is not valid yet");
            }
            if (issuedAt == null || Instant.ofEpochSecond(issuedAt).isAfter(now.plus(CLOCK_SKEW))
                    || Instant.ofEpochSecond(issuedAt).plus(maxAge).isBefore(now.minus(CLOCK_SKEW))) {
                return unauthorized("The token was issued more than " + maxAge.toSeconds() + " seconds ago (or has no iat)");
            }
            return then;
        }
    }

    /** What the checks that do not depend on the time give: a signed token, or a refusal. */
    sealed interface Checked permits Signed, Refused {
    }

    /**
     * @param raw       the bearer token
     * @param issuers   the registered issuers by their {@code iss}
     * @param audience  the audience a token must name
     * @param maxAge    how long after {@code iat} a token is still taken
     */
    static Outcome verify(String raw, Map<String, ApiIssuer> issuers, String audience, Duration maxAge, Instant now) {
        Checked checked = check(raw, issuers, audience);
        return checked instanceof Signed signed ? signed.at(now, maxAge) : (Refused) checked;
    }

    /**
     * The checks of {@link #verify} that do not depend on the time (the form, the algorithm, the issuer, the
     * signature, the audience, the subject and the groups), in the order {@link #verify} makes them: a token refused
     * for its form, issuer, signature or audience is refused here; one refused for its subject or groups is so only
     * after its times (its {@link Signed#then}).
     */
    static Checked check(String raw, Map<String, ApiIssuer> issuers, String audience) {
        String[] parts = raw.split("\\.", -1);
        if (parts.length != 3 || parts[2].isEmpty()) {
            return unauthorized("The token is not a signed JWT");
        }
        JsonObject header = json(parts[0]);
        JsonObject claims = json(parts[1]);
        byte[] signature = bytes(parts[2]);
        if (header == null || claims == null || signature == null) {
            return unauthorized("The token is not a signed JWT");
        }
        if (!"RS256".equals(string(header, "alg"))) {
            return unauthorized("The token must be signed with RS256");
        }
        ApiIssuer issuer = issuers.get(string(claims, "iss"));
        if (issuer == null) {
            return unauthorized("The token's issuer is not registered");
        }
        if (!signedBy(issuer, string(header, "kid"), parts[0] + "." + parts[1], signature)) {
            return unauthorized("The token's signature is not by a key of its issuer");
        }
        if (!audiences(claims).contains(audience)) {
            return unauthorized("The token is not for this audience");
        }
        return new Signed(seconds(claims, "exp"), seconds(claims, "iat"), seconds(claims, "nbf"), caller(claims, issuer));
    }

    /** The token's caller and groups, or the refusal of its subject or of groups its issuer may not give. */
    private static Outcome caller(JsonObject claims, ApiIssuer issuer) {
        String subject = string(claims, "sub");
        if (subject == null) {
            subject = string(claims, "upn");
        }
        if (subject == null || subject.isBlank()) {
            return unauthorized("The token names no subject");
        }
        String caller = issuer.name() + "/" + subject;
        if (caller.length() > MAX_CALLER_LENGTH) {
            return unauthorized("The token's subject is longer than " + (MAX_CALLER_LENGTH - issuer.name().length() - 1)
                    + " characters");
        }
        SortedSet<String> groups = new TreeSet<>(groups(claims));
        groups.retainAll(API_GROUPS);
        Set<String> notGiven = new TreeSet<>(groups);
        notGiven.removeAll(issuer.groups());
        if (!notGiven.isEmpty()) {
            return new Refused(403, "The issuer " + issuer.name() + " may not give the group(s) " + String.join(", ", notGiven));
        }
        return new Verified(caller, Collections.unmodifiableSortedSet(groups));
    }

    private static boolean signedBy(ApiIssuer issuer, String keyId, String signingInput, byte[] signature) {
        Collection<PublicKey> candidates = keyId != null
                ? (issuer.keys().containsKey(keyId) ? List.of(issuer.keys().get(keyId)) : List.of())
                : issuer.keys().values();
        byte[] input = signingInput.getBytes(StandardCharsets.US_ASCII);
        for (PublicKey key : candidates) {
            try {
                Signature verifier = Signature.getInstance("SHA256withRSA");
                verifier.initVerify(key);
                verifier.update(input);
                if (verifier.verify(signature)) {
                    return true;
                }
            } catch (GeneralSecurityException e) {
                // A signature of the wrong length or form is no signature of this key.
            }
        }
        return false;
    }

    private static Refused unauthorized(String detail) {
        return new Refused(401, detail);
    }

    private static JsonObject json(String part) {
        byte[] bytes = bytes(part);
        if (bytes == null) {
            return null;
        }
        try (var reader = JSON.createReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)))) {
            JsonValue value = reader.readValue();
            return value instanceof JsonObject object ? object : null;
        } catch (JsonParsingException | IllegalStateException e) {
            return null;
        }
    }

    private static byte[] bytes(String part) {
        try {
            return Base64.getUrlDecoder().decode(part);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String string(JsonObject object, String name) {
        return object.get(name) instanceof JsonString s ? s.getString() : null;
    }

    private static Long seconds(JsonObject object, String name) {
        return object.get(name) instanceof JsonNumber n ? n.longValue() : null;
    }

    private static Set<String> audiences(JsonObject claims) {
        JsonValue aud = claims.get("aud");
        if (aud instanceof JsonString s) {
            return Set.of(s.getString());
        }
        return aud instanceof JsonArray array ? strings(array) : Set.of();
    }

    private static Set<String> groups(JsonObject claims) {
        return claims.get("groups") instanceof JsonArray array ? strings(array) : Set.of();
    }

    private static Set<String> strings(JsonArray array) {
        List<String> values = new ArrayList<>();
        for (JsonValue value : array) {
            if (value instanceof JsonString s) {
                values.add(s.getString());
            }
        }
        return new LinkedHashSet<>(values);
    }
}
