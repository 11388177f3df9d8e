package ru.registratura.emulator.esia;

import java.io.Serializable;
import java.util.Set;

/** An authorization request that passed the checks and waits for the login and the consent. */
public record AuthorizationRequest(String clientId, Set<String> scopes, String state, String redirectUri,
                                   String accessType) implements Serializable {
}
