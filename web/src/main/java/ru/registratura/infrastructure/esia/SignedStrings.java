package ru.registratura.infrastructure.esia;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The strings ESIA wants signed for {@code client_secret} (docs/esia-protocol.md section 3), each a plain
 * concatenation without separators, and ESIA's {@code timestamp} format.
 */
public final class SignedStrings {

    /** {@code 2025.09.02 13:00:29 +0300}: the offset without a colon. */
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy.MM.dd HH:mm:ss Z");

    private SignedStrings() {
    }

    /** The old v1 endpoints: {@code scope + timestamp + client_id + state}. */
    public static String v1(String scope, String timestamp, String clientId, String state) {
        return scope + timestamp + clientId + state;
    }

    /** The v2 authorization request: {@code client_id + scope + timestamp + state + redirect_uri}. */
    public static String v2Authorization(String clientId, String scope, String timestamp, String state, String redirectUri) {
        return clientId + scope + timestamp + state + redirectUri;
    }

    /**
     * The v3 token request for a code: {@code client_id + scope + timestamp + state + redirect_uri + code},
     * where {@code state} is a new UUID, not the authorization request's.
     */
    public static String v3Token(String clientId, String scope, String timestamp, String state, String redirectUri,
                                 String code) {
        return clientId + scope + timestamp + state + redirectUri + code;
    }

    /** The request time in ESIA's format, in the given zone. */
    public static String timestamp(Instant now, ZoneId zone) {
        return TIMESTAMP.format(now.atZone(zone));
    }
}
