package ru.registratura.interfaces.booking.rest;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The registered issuers of booking API tokens, read from MicroProfile Config (the domain's properties that
 * {@code server-config/api-jwt.sh} writes) and read again every {@code registratura.api.issuers.refresh-seconds}:
 * an issuer, a key or a group added or removed takes effect within that time (plus Payara's own config cache, a
 * minute by default) without a restart.
 *
 * <pre>
 * registratura.api.issuers             = hub,callcentre
 * registratura.api.issuer.hub.iss      = https://hub.example.ru
 * registratura.api.issuer.hub.groups   = booking-hub
 * registratura.api.issuer.hub.keys     = 2026-11:MIIBIjANBgkqh…,2027-05:MIIBIjANBgkqh…   (key id, colon, X.509 DER in base64)
 * </pre>
 *
 * An issuer that is not complete or has a key that cannot be read is left out, and the log says which once.
 */
final class ApiIssuers {

    static final Pattern NAME = Pattern.compile("[a-z0-9-]{1,20}");
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Logger LOG = Logger.getLogger(ApiIssuers.class.getName());

    private final Function<String, String> settings;
    private final Duration refresh;

    private volatile Map<String, ApiIssuer> byUri = Map.of();
    private volatile Instant readAt = Instant.MIN;
    /** What the log said last: said again only when it changes. */
    private String described = "";

    /** @param settings a setting's value by its name, or null when it has none */
    ApiIssuers(Function<String, String> settings, Duration refresh) {
        this.settings = settings;
        this.refresh = refresh;
    }

    /** The issuers by their {@code iss}, as of at most the refresh time ago. */
    Map<String, ApiIssuer> current(Instant now) {
        if (readAt.plus(refresh).isBefore(now)) {
            synchronized (this) {
                if (readAt.plus(refresh).isBefore(now)) {
                    Map<String, ApiIssuer> read = read();
                    // The same map while nothing changed: the tokens checked against it stay checked (VerifiedTokens).
                    if (!read.equals(byUri)) {
                        byUri = read;
                    }
                    readAt = now;
                }
            }
        }
        return byUri;
    }

    private Map<String, ApiIssuer> read() {
        Map<String, ApiIssuer> issuers = new HashMap<>();
        StringBuilder found = new StringBuilder();
        for (String name : list(settings.apply("registratura.api.issuers"))) {
            String prefix = "registratura.api.issuer." + name + ".";
            String uri = settings.apply(prefix + "iss");
            Set<String> groups = new LinkedHashSet<>(list(settings.apply(prefix + "groups")));
            Map<String, PublicKey> keys = new LinkedHashMap<>();
            for (String entry : list(settings.apply(prefix + "keys"))) {
                int colon = entry.indexOf(':');
                String id = colon > 0 ? entry.substring(0, colon) : "";
                PublicKey key = KEY_ID.matcher(id).matches() ? rsaKey(entry.substring(colon + 1)) : null;
                if (key == null) {
                    found.append("; the issuer ").append(name).append(" has a key that is not 'id:base64 X.509 RSA key'");
                } else {
                    keys.put(id, key);
                }
            }
            if (!NAME.matcher(name).matches() || uri == null || uri.isBlank() || groups.isEmpty() || keys.isEmpty()) {
                found.append("; the issuer ").append(name).append(" is left out: it needs a name of a-z, 0-9 and '-', ")
                        .append(prefix).append("iss, groups and keys");
                continue;
            }
            if (issuers.containsKey(uri)) {
                found.append("; the issuer ").append(name).append(" is left out: another has its iss ").append(uri);
                continue;
            }
            issuers.put(uri, new ApiIssuer(name, uri, groups, keys));
        }
        String summary = issuers.isEmpty() ? "none, no token is accepted"
                : String.join("; ", issuers.values().stream().map(i -> i.name() + " (" + i.uri() + ", groups "
                + String.join(" ", i.groups()) + ", keys " + String.join(" ", i.keys().keySet()) + ")").sorted().toList());
        String described = summary + found;
        if (!described.equals(this.described)) {
            this.described = described;
            if (found.length() > 0) {
                LOG.warning("Booking API issuers" + found);
            }
            LOG.info("Booking API issuers: " + summary);
        }
        return Map.copyOf(issuers);
    }

    private static List<String> list(String value) {
        return value == null ? List.of()
                : Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static PublicKey rsaKey(String base64) {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return null;
        }
    }
}
