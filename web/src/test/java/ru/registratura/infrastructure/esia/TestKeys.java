package ru.registratura.infrastructure.esia;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.jce.spec.ECNamedCurveGenParameterSpec;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Fresh RSA and GOST R 34.10-2012 keys with self-signed certificates, made with BouncyCastle for tests. */
final class TestKeys {

    static final Provider BC = new BouncyCastleProvider();

    record Entry(KeyPair keys, X509Certificate certificate) {
    }

    private TestKeys() {
    }

    static Entry rsa() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return certify(generator.generateKeyPair(), "SHA256withRSA");
    }

    static Entry gost() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("ECGOST3410-2012", BC);
        generator.initialize(new ECNamedCurveGenParameterSpec("Tc26-Gost-3410-12-256-paramSetA"));
        return certify(generator.generateKeyPair(), KeyStoreSigner.GOST_ALGORITHM);
    }

    private static Entry certify(KeyPair keys, String algorithm) throws Exception {
        X500Name name = new X500Name("CN=REGISTRATURA test");
        Date now = new Date();
        var builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now.getTime()), now,
                new Date(now.getTime() + 86_400_000L), name, keys.getPublic());
        var signer = new JcaContentSignerBuilder(algorithm).setProvider(BC).build(keys.getPrivate());
        X509Certificate certificate = new JcaX509CertificateConverter().setProvider(BC).getCertificate(builder.build(signer));
        return new Entry(keys, certificate);
    }
}
