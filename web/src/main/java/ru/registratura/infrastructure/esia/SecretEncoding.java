package ru.registratura.infrastructure.esia;

import java.util.Base64;

/**
 * How the signature is written into {@code client_secret} (docs/esia-protocol.md section 3): working clients
 * send base64url without padding, base64url with padding, or standard base64. ESIA accepts all three;
 * setting {@code registratura.esia.secret-encoding}, default {@link #BASE64URL}.
 */
public enum SecretEncoding {
    BASE64URL,
    BASE64URL_PADDED,
    BASE64;

    public String encode(byte[] signature) {
        return switch (this) {
            case BASE64URL -> Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
            case BASE64URL_PADDED -> Base64.getUrlEncoder().encodeToString(signature);
            case BASE64 -> Base64.getEncoder().encodeToString(signature);
        };
    }
}
