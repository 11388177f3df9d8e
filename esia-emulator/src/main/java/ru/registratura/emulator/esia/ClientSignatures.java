package ru.registratura.emulator.esia;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.Signature;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.GOST3411_2012_256Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * How ESIA checks a client's {@code client_secret} and {@code client_certificate_hash} against the
 * certificate registered for the client. ESIA is strict here, so the emulator is too; but it accepts
 * every encoding and format real clients are known to send (docs/esia-protocol.md section 3): base64url with or
 * without padding and standard base64, a raw signature (RSA SHA-256 or GOST R 34.10-2012 256) or a
 * detached CMS signature.
 */
public final class ClientSignatures {

    /** BouncyCastle as an instance, never registered globally: a web application must not change the JVM. */
    static final Provider BC = new BouncyCastleProvider();

    private static final String GOST_SIGNATURE = "GOST3411-2012-256WITHECGOST3410-2012-256";

    private ClientSignatures() {
    }

    /** Whether {@code clientSecret} is a valid signature of {@code signedString} by the certificate's key. */
    public static boolean verify(String signedString, String clientSecret, X509Certificate certificate) {
        byte[] data = signedString.getBytes(StandardCharsets.UTF_8);
        for (byte[] signature : decodings(clientSecret)) {
            if (verifyRaw(data, signature, certificate) || verifyCms(data, signature, certificate)) {
                return true;
            }
        }
        return false;
    }

    /** The byte strings a {@code client_secret} may stand for: base64url (padded or not) or standard base64. */
    static List<byte[]> decodings(String clientSecret) {
        List<byte[]> result = new ArrayList<>(2);
        if (clientSecret == null || clientSecret.isBlank()) {
            return result;
        }
        String value = clientSecret.trim();
        try {
            result.add(Base64.getUrlDecoder().decode(value));
        } catch (IllegalArgumentException notUrlSafe) {
            // try the standard alphabet below
        }
        try {
            // A '+' that went through form decoding unescaped arrives as a space.
            result.add(Base64.getDecoder().decode(value.replace(' ', '+')));
        } catch (IllegalArgumentException notStandard) {
            // neither: no candidates from this one
        }
        return result;
    }

    static boolean verifyRaw(byte[] data, byte[] signature, X509Certificate certificate) {
        try {
            Signature verifier = Signature.getInstance(signatureAlgorithm(certificate), BC);
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(data);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    static boolean verifyCms(byte[] data, byte[] signature, X509Certificate certificate) {
        try {
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(data), signature);
            var verifier = new JcaSimpleSignerInfoVerifierBuilder().setProvider(BC).build(certificate);
            for (SignerInformation signer : cms.getSignerInfos().getSigners()) {
                if (signer.verify(verifier)) {
                    return true;
                }
            }
            return false;
        } catch (CMSException | OperatorCreationException | RuntimeException e) {
            return false;
        }
    }

    static String signatureAlgorithm(X509Certificate certificate) {
        String keyAlgorithm = certificate.getPublicKey().getAlgorithm().toUpperCase(Locale.ROOT);
        if (keyAlgorithm.contains("GOST")) {
            return GOST_SIGNATURE;
        }
        if (keyAlgorithm.equals("RSA")) {
            return "SHA256withRSA";
        }
        throw new IllegalArgumentException("Unsupported client key algorithm " + keyAlgorithm);
    }

    /**
     * The hex digest of the certificate's DER bytes that the client must send as
     * {@code client_certificate_hash}: GOST R 34.11-2012 (256) by default, SHA-256 where configured
     * (docs/esia-protocol.md section 9, open point 2).
     */
    public static String certificateHash(X509Certificate certificate, String algorithm) {
        Digest digest = "SHA256".equalsIgnoreCase(algorithm) ? new SHA256Digest() : new GOST3411_2012_256Digest();
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
