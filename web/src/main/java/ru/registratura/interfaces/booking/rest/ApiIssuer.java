package ru.registratura.interfaces.booking.rest;

import java.security.PublicKey;
import java.util.Map;
import java.util.Set;

/**
 * A system the region lets issue booking API tokens: its short name (the callers' ids begin with it), its {@code
 * iss}, the API groups its tokens may give, and its public keys by key id; several keys at once let it roll over
 * to a new key while tokens of the old one are still about ({@code server-config/api-jwt.sh}).
 */
record ApiIssuer(String name, String uri, Set<String> groups, Map<String, PublicKey> keys) {

    ApiIssuer {
        groups = Set.copyOf(groups);
        keys = Map.copyOf(keys);
    }
}
