package ru.registratura.infrastructure.esia;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;

import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.GOST3411_2012_256Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;

/**
 * How {@code client_certificate_hash} is computed over the client certificate's DER bytes (docs/esia-protocol.md
 * section 9, open point 2): GOST R 34.11-2012 (256), as most sources say, or SHA-256, as one does.
 * Setting {@code registratura.esia.certificate-hash}; default GOST.
 */
public enum CertificateHashAlgorithm {
    GOST3411_2012_256,
    SHA256;

    /** The lower-case hex digest of the certificate. */
    public String hash(X509Certificate certificate) {
        Digest digest = this == SHA256 ? new SHA256Digest() : new GOST3411_2012_256Digest();
        try {
            byte[] der = certificate.getEncoded();
            digest.update(der, 0, der.length);
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("Unreadable client certificate", e);
        }
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }
}
