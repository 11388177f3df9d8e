package ru.registratura.infrastructure.esia;

import java.security.cert.X509Certificate;

/**
 * Signs the strings ESIA wants signed for {@code client_secret}. Pluggable: the portal's own
 * {@link KeyStoreSigner} covers RSA and GOST R 34.10-2012 keys in a PKCS#12 keystore; a region with a
 * hardware module or CryptoPro supplies another implementation.
 */
public interface ClientSecretSigner {

    /** The signature of {@code data}: raw or detached CMS, as configured. */
    byte[] sign(byte[] data);

    /** The client certificate registered with ESIA (its hash goes into {@code client_certificate_hash}). */
    X509Certificate certificate();
}
