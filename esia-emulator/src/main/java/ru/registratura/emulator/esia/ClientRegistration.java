package ru.registratura.emulator.esia;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * An information system registered with ESIA: its mnemonic ({@code client_id}), the certificate its
 * {@code client_secret} is checked against, the {@code redirect_uri}s it may use and the addresses
 * ESIA's logout may send the browser back to.
 */
public record ClientRegistration(String clientId, X509Certificate certificate, List<String> redirectUris,
                                 List<String> logoutUrls) {

    public boolean allowsRedirect(String redirectUri) {
        return redirectUri != null && redirectUris.contains(redirectUri);
    }

    public boolean allowsLogoutRedirect(String url) {
        return url != null && logoutUrls.stream().anyMatch(url::startsWith);
    }
}
