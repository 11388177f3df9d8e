package ru.registratura.infrastructure.esia;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;

import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * A {@link ClientSecretSigner} with the key and certificate of a PKCS#12 keystore, through BouncyCastle:
 * SHA256withRSA for an RSA key (ESIA's test environment, the emulator), GOST R 34.11/34.10-2012 (256)
 * for a GOST key (a real ESIA). BouncyCastle is used as a provider instance and never registered in the
 * JVM, so that the application leaves the server's security providers as they are.
 */
public final class KeyStoreSigner implements ClientSecretSigner {

    static final Provider BC = new BouncyCastleProvider();

    static final String GOST_ALGORITHM = "GOST3411-2012-256WITHECGOST3410-2012-256";

    private final PrivateKey key;
    private final X509Certificate certificate;
    private final SignatureFormat format;
    private final String algorithm;

    public KeyStoreSigner(PrivateKey key, X509Certificate certificate, SignatureFormat format) {
        this.key = key;
        this.certificate = certificate;
        this.format = format;
        this.algorithm = algorithmFor(key);
    }

    /** Reads the key and certificate {@code alias} from a PKCS#12 keystore (BouncyCastle reads GOST keys too). */
    public static KeyStoreSigner fromPkcs12(Path keystore, char[] password, String alias, SignatureFormat format) {
        try (InputStream in = Files.newInputStream(keystore)) {
            KeyStore store = KeyStore.getInstance("PKCS12", BC);
            store.load(in, password);
            String name = alias != null ? alias : Collections.list(store.aliases()).stream()
                    .filter(a -> isKey(store, a)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No private key in " + keystore));
            PrivateKey key = (PrivateKey) store.getKey(name, password);
            X509Certificate certificate = (X509Certificate) store.getCertificate(name);
            if (key == null || certificate == null) {
                throw new IllegalStateException("No key and certificate named " + name + " in " + keystore);
            }
            return new KeyStoreSigner(key, certificate, format);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the ESIA client keystore " + keystore + ": " + e.getMessage(), e);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static boolean isKey(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    static String algorithmFor(PrivateKey key) {
        String keyAlgorithm = key.getAlgorithm().toUpperCase(Locale.ROOT);
        if (keyAlgorithm.equals("RSA")) {
            return "SHA256withRSA";
        }
        if (keyAlgorithm.contains("GOST")) {
            return GOST_ALGORITHM;
        }
        throw new IllegalArgumentException("An ESIA client key must be RSA or GOST R 34.10-2012, not " + keyAlgorithm);
    }

    @Override
    public byte[] sign(byte[] data) {
        return format == SignatureFormat.CMS ? signCms(data) : signRaw(data);
    }

    /** A detached CMS signature with the signer's certificate, as the v1 endpoints take it. */
    public byte[] signCms(byte[] data) {
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            var digests = new JcaDigestCalculatorProviderBuilder().setProvider(BC).build();
            var signer = new JcaContentSignerBuilder(algorithm).setProvider(BC).build(key);
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(digests).build(signer, certificate));
            generator.addCertificates(new JcaCertStore(Collections.singletonList(certificate)));
            return generator.generate(new CMSProcessableByteArray(data), false).getEncoded();
        } catch (OperatorCreationException | CMSException | IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign the client_secret (CMS)", e);
        }
    }

    private byte[] signRaw(byte[] data) {
        try {
            Signature signature = Signature.getInstance(algorithm, BC);
            signature.initSign(key);
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign the client_secret", e);
        }
    }

    @Override
    public X509Certificate certificate() {
        return certificate;
    }
}
