package ru.registratura.emulator.esia;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The permissions persons granted to clients. As ESIA, the consent screen is not shown again while the
 * requested scopes are a subset of those granted; a grown scope set asks again.
 */
@ApplicationScoped
public class Consents {

    private final Map<String, Set<String>> granted = new ConcurrentHashMap<>();

    public boolean covers(String clientId, long oid, Set<String> scopes) {
        Set<String> have = granted.get(key(clientId, oid));
        return have != null && have.containsAll(scopes);
    }

    public void grant(String clientId, long oid, Set<String> scopes) {
        granted.merge(key(clientId, oid), Set.copyOf(scopes), (a, b) -> {
            var all = new HashSet<>(a);
            all.addAll(b);
            return Set.copyOf(all);
        });
    }

    /** Withdraws every consent (the emulator's admin page; tests start from here). */
    public void clear() {
        granted.clear();
    }

    private static String key(String clientId, long oid) {
        return clientId + "/" + oid;
    }
}
