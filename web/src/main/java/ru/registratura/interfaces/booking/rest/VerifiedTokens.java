package ru.registratura.interfaces.booking.rest;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tokens whose signature was checked lately, by their exact text: a caller sends the same token with each of its
 * calls for as long as the token lives, and its JSON and its RSA signature need checking once, not on every call
 * (they were a tenth of the server's CPU in the API rush, bench/RESULTS.md). What depends on the time (expiry, not
 * before, maximum age) is checked on every call all the same ({@link ApiTokens.Signed#at}).
 *
 * <p>A token is taken from here only with the same issuers it was checked against: when the issuers are read again
 * and differ (a key or an issuer removed, its groups changed), every token is checked afresh. Only tokens with a
 * good signature of a registered issuer are kept, at most {@code capacity} of them; when full, all are forgotten.
 */
final class VerifiedTokens {

    /** A token checked against these issuers. */
    private record Checked(ApiTokens.Signed signed, Map<String, ApiIssuer> issuers) {
    }

    private final int capacity;
    private final ConcurrentHashMap<String, Checked> byToken = new ConcurrentHashMap<>();

    VerifiedTokens(int capacity) {
        this.capacity = capacity;
    }

    /** As {@link ApiTokens#verify}, with the signature of a token seen lately against the same issuers not checked again. */
    ApiTokens.Outcome verify(String raw, Map<String, ApiIssuer> issuers, String audience, Duration maxAge, Instant now) {
        Checked known = byToken.get(raw);
        if (known == null || known.issuers() != issuers) {
            ApiTokens.Checked checked = ApiTokens.check(raw, issuers, audience);
            if (!(checked instanceof ApiTokens.Signed signed)) {
                if (known != null) {
                    byToken.remove(raw, known);
                }
                return (ApiTokens.Refused) checked;
            }
            known = new Checked(signed, issuers);
            if (byToken.size() >= capacity) {
                byToken.clear();
            }
            byToken.put(raw, known);
        }
        return known.signed().at(now, maxAge);
    }

    int size() {
        return byToken.size();
    }
}
