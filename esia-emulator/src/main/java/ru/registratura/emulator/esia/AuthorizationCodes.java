package ru.registratura.emulator.esia;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Authorization codes: single-use and short-lived, as ESIA's. Redeeming removes the code atomically,
 * so a replayed code is refused even when two token requests race.
 */
@ApplicationScoped
public class AuthorizationCodes {

    /** What a code was issued for. */
    public record Grant(String clientId, String redirectUri, Set<String> scopes, String accessType,
                        long oid, Instant authTime, Instant expiresAt) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Grant> codes = new ConcurrentHashMap<>();

    @Inject
    EmulatorSettings settings;

    public String issue(AuthorizationRequest request, long oid, Instant authTime) {
        Instant now = Instant.now();
        codes.values().removeIf(g -> g.expiresAt().isBefore(now));
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String code = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        codes.put(code, new Grant(request.clientId(), request.redirectUri(), request.scopes(), request.accessType(), oid,
                authTime, now.plus(settings.codeTtl())));
        return code;
    }

    /** The grant of a code that exists and has not expired; the code cannot be redeemed again. */
    public Optional<Grant> redeem(String code, Clock clock) {
        if (code == null) {
            return Optional.empty();
        }
        Grant grant = codes.remove(code);
        if (grant == null || grant.expiresAt().isBefore(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(grant);
    }
}
