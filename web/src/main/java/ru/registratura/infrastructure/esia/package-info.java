/**
 * The portal's ESIA (Госуслуги) client: the signed {@code client_secret} (a pluggable signer: RSA for the
 * emulator, GOST R 34.10-2012 from a PKCS#12 keystore for a real ESIA), the pac4j OpenID Connect client
 * configured statically for ESIA's protocol, and the reader of the person API. See
 * {@code docs/esia-protocol.md} and the README's ESIA section.
 */
package ru.registratura.infrastructure.esia;
