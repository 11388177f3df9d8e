package ru.registratura.infrastructure.esia;

/**
 * The form of the v2/v3 {@code client_secret} signature (docs/esia-protocol.md section 9, open point 1): most
 * sources send the raw signature, some a detached CMS (PKCS#7) signature. The old v1 endpoints always
 * take CMS. Setting {@code registratura.esia.signature-format}; default {@link #RAW}.
 */
public enum SignatureFormat {
    RAW,
    CMS
}
