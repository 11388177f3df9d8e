package ru.registratura.infrastructure.esia;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HexFormat;

import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client_secret signer: every signature is verified independently with BouncyCastle's verifier and
 * the certificate's public key, never with the signer's own code.
 */
class KeyStoreSignerTest {

    private static final byte[] DATA = SignedStrings.v2Authorization("REGISTRATURA", "openid fullname",
            "2026.11.22 14:00:00 +0800", "93a53102-cf5a-45e6-99f2-a50499cfe87b", "https://portal/auth/esia/callback")
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void rsaKeysSignSha256WithRsa() throws Exception {
        TestKeys.Entry rsa = TestKeys.rsa();
        byte[] signature = new KeyStoreSigner(rsa.keys().getPrivate(), rsa.certificate(), SignatureFormat.RAW).sign(DATA);
        assertTrue(verify("SHA256withRSA", rsa.certificate(), DATA, signature));
        assertFalse(verify("SHA256withRSA", rsa.certificate(), "another string".getBytes(StandardCharsets.UTF_8), signature));
    }

    @Test
    void gostKeysSignGost2012With64Bytes() throws Exception {
        TestKeys.Entry gost = TestKeys.gost();
        byte[] signature = new KeyStoreSigner(gost.keys().getPrivate(), gost.certificate(), SignatureFormat.RAW).sign(DATA);
        assertEquals(64, signature.length, "GOST R 34.10-2012 (256): 64 bytes");
        assertTrue(verify(KeyStoreSigner.GOST_ALGORITHM, gost.certificate(), DATA, signature));
        byte[] tampered = DATA.clone();
        tampered[0] ^= 1;
        assertFalse(verify(KeyStoreSigner.GOST_ALGORITHM, gost.certificate(), tampered, signature));
    }

    @Test
    void cmsSignaturesAreDetachedAndCarryTheCertificate() throws Exception {
        for (TestKeys.Entry entry : new TestKeys.Entry[] {TestKeys.rsa(), TestKeys.gost()}) {
            byte[] cms = new KeyStoreSigner(entry.keys().getPrivate(), entry.certificate(), SignatureFormat.CMS).sign(DATA);
            CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(DATA), cms);
            assertEquals(1, signed.getCertificates().getMatches(null).size());
            SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
            assertTrue(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(TestKeys.BC).build(entry.certificate())));
            CMSSignedData other = new CMSSignedData(new CMSProcessableByteArray("x".getBytes(StandardCharsets.UTF_8)), cms);
            assertThrows(CMSSignerDigestMismatchException.class, () -> other.getSignerInfos().getSigners()
                    .iterator().next().verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(TestKeys.BC)
                            .build(entry.certificate())), "another content does not match the signature");
        }
    }

    @Test
    void keysComeFromAPkcs12Keystore(@TempDir Path dir) throws Exception {
        for (TestKeys.Entry entry : new TestKeys.Entry[] {TestKeys.rsa(), TestKeys.gost()}) {
            Path file = dir.resolve(entry.keys().getPrivate().getAlgorithm() + ".p12");
            KeyStore store = KeyStore.getInstance("PKCS12", TestKeys.BC);
            store.load(null, null);
            store.setKeyEntry("client", entry.keys().getPrivate(), "secret".toCharArray(), new X509Certificate[] {entry.certificate()});
            try (OutputStream out = Files.newOutputStream(file)) {
                store.store(out, "secret".toCharArray());
            }
            KeyStoreSigner signer = KeyStoreSigner.fromPkcs12(file, "secret".toCharArray(), null, SignatureFormat.RAW);
            assertArrayEquals(entry.certificate().getEncoded(), signer.certificate().getEncoded());
            String algorithm = KeyStoreSigner.algorithmFor(entry.keys().getPrivate());
            assertTrue(verify(algorithm, entry.certificate(), DATA, signer.sign(DATA)));
        }
        assertThrows(IllegalStateException.class,
                () -> KeyStoreSigner.fromPkcs12(dir.resolve("RSA.p12"), "wrong".toCharArray(), null, SignatureFormat.RAW));
    }

    @Test
    void secretEncodingsAreTheThreeBase64Forms() {
        byte[] bytes = {(byte) 0xfb, (byte) 0xff, 0x01, 0x02};
        assertEquals("-_8BAg", SecretEncoding.BASE64URL.encode(bytes));
        assertEquals("-_8BAg==", SecretEncoding.BASE64URL_PADDED.encode(bytes));
        assertEquals("+/8BAg==", SecretEncoding.BASE64.encode(bytes));
        assertArrayEquals(bytes, Base64.getUrlDecoder().decode(SecretEncoding.BASE64URL.encode(bytes)));
    }

    @Test
    void certificateHashIsGost2012Or256OfTheDerBytes() throws Exception {
        TestKeys.Entry rsa = TestKeys.rsa();
        String gost = CertificateHashAlgorithm.GOST3411_2012_256.hash(rsa.certificate());
        String sha = CertificateHashAlgorithm.SHA256.hash(rsa.certificate());
        assertTrue(gost.matches("[0-9a-f]{64}") && sha.matches("[0-9a-f]{64}"));
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(rsa.certificate().getEncoded())), sha);
        var digest = MessageDigest.getInstance("GOST3411-2012-256", TestKeys.BC);
        assertEquals(HexFormat.of().formatHex(digest.digest(rsa.certificate().getEncoded())), gost);
    }

    private static boolean verify(String algorithm, X509Certificate certificate, byte[] data, byte[] signature) throws Exception {
        Signature verifier = Signature.getInstance(algorithm, TestKeys.BC);
        verifier.initVerify(certificate.getPublicKey());
        verifier.update(data);
        return verifier.verify(signature);
    }
}
