package ru.registratura.emulator.esia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.HexFormat;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.jce.spec.ECNamedCurveGenParameterSpec;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.Test;

/** The emulator checks client_secret as ESIA: RSA or GOST, raw or CMS, in any of the three base64 forms. */
class ClientSignaturesTest {

    private static final String SIGNED = "REGISTRATURAopenid fullname2026.11.22 14:00:00 +0800"
            + "93a53102-cf5a-45e6-99f2-a50499cfe87bhttps://portal/auth/esia/callback";
    private static final String GOST = "GOST3411-2012-256WITHECGOST3410-2012-256";

    @Test
    void rsaSignaturesInAllThreeEncodingsAreAccepted() throws Exception {
        KeyPair keys = rsa();
        X509Certificate certificate = certificate(keys, "SHA256withRSA");
        byte[] signature = sign("SHA256withRSA", keys.getPrivate(), SIGNED);
        for (String secret : new String[] {
            Base64.getUrlEncoder().withoutPadding().encodeToString(signature),
            Base64.getUrlEncoder().encodeToString(signature),
            Base64.getEncoder().encodeToString(signature)}) {
            assertTrue(ClientSignatures.verify(SIGNED, secret, certificate), secret);
        }
        assertFalse(ClientSignatures.verify(SIGNED + "x", Base64.getUrlEncoder().encodeToString(signature), certificate));
        assertFalse(ClientSignatures.verify(SIGNED, Base64.getUrlEncoder().encodeToString(signature),
                certificate(rsa(), "SHA256withRSA")), "another client's certificate");
        assertFalse(ClientSignatures.verify(SIGNED, "not base64 !", certificate));
        assertFalse(ClientSignatures.verify(SIGNED, null, certificate));
    }

    @Test
    void gostSignaturesRawAndCmsAreAccepted() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("ECGOST3410-2012", ClientSignatures.BC);
        generator.initialize(new ECNamedCurveGenParameterSpec("Tc26-Gost-3410-12-256-paramSetA"));
        KeyPair keys = generator.generateKeyPair();
        X509Certificate certificate = certificate(keys, GOST);
        byte[] raw = sign(GOST, keys.getPrivate(), SIGNED);
        assertEquals(64, raw.length);
        assertTrue(ClientSignatures.verify(SIGNED, Base64.getUrlEncoder().withoutPadding().encodeToString(raw), certificate));

        CMSSignedDataGenerator cms = new CMSSignedDataGenerator();
        cms.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder()
                .setProvider(ClientSignatures.BC).build())
                .build(new JcaContentSignerBuilder(GOST).setProvider(ClientSignatures.BC).build(keys.getPrivate()), certificate));
        cms.addCertificates(new JcaCertStore(Collections.singletonList(certificate)));
        byte[] detached = cms.generate(new CMSProcessableByteArray(SIGNED.getBytes(StandardCharsets.UTF_8)), false).getEncoded();
        assertTrue(ClientSignatures.verify(SIGNED, Base64.getEncoder().encodeToString(detached), certificate));
        assertFalse(ClientSignatures.verify("another string", Base64.getEncoder().encodeToString(detached), certificate));
    }

    @Test
    void theCertificateHashIsGost2012OverDerUnlessSha256IsConfigured() throws Exception {
        X509Certificate certificate = certificate(rsa(), "SHA256withRSA");
        var gost = MessageDigest.getInstance("GOST3411-2012-256", ClientSignatures.BC);
        assertEquals(HexFormat.of().formatHex(gost.digest(certificate.getEncoded())),
                ClientSignatures.certificateHash(certificate, "GOST3411_2012_256"));
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(certificate.getEncoded())), ClientSignatures.certificateHash(certificate, "SHA256"));
    }

    private static KeyPair rsa() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static byte[] sign(String algorithm, PrivateKey key, String text) throws Exception {
        Signature signer = Signature.getInstance(algorithm, ClientSignatures.BC);
        signer.initSign(key);
        signer.update(text.getBytes(StandardCharsets.UTF_8));
        return signer.sign();
    }

    private static X509Certificate certificate(KeyPair keys, String algorithm) throws Exception {
        X500Name name = new X500Name("CN=client");
        Date now = new Date();
        var builder = new JcaX509v3CertificateBuilder(name, BigInteger.ONE, now, new Date(now.getTime() + 86_400_000L), name,
                keys.getPublic());
        return new JcaX509CertificateConverter().setProvider(ClientSignatures.BC).getCertificate(
                builder.build(new JcaContentSignerBuilder(algorithm).setProvider(ClientSignatures.BC).build(keys.getPrivate())));
    }
}
