package ru.registratura.emulator.esia;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The emulator's configuration (MicroProfile Config; the launcher sets it for the dev and test domains):
 * <ul>
 * <li>{@code esia.emulator.base-url}: where the emulator is served, e.g. {@code http://localhost:8080/esia-emulator};
 * the tokens' {@code iss} is this URL with a trailing slash, as ESIA's {@code http://esia.gosuslugi.ru/};</li>
 * <li>{@code esia.emulator.keystore}, {@code esia.emulator.key-alias} and {@code esia.emulator.keystore-password}
 * (a password alias): ESIA's own RSA key that signs the tokens;</li>
 * <li>{@code esia.emulator.clients}: a properties file of registered clients
 * ({@code <client_id>.certificate}, {@code .redirect-uris}, {@code .logout-urls}, comma separated);</li>
 * <li>{@code esia.emulator.code-ttl-seconds} (120), {@code esia.emulator.timestamp-skew-seconds} (300),
 * {@code esia.emulator.certificate-hash} ({@code GOST3411_2012_256} or {@code SHA256}).</li>
 * </ul>
 */
@ApplicationScoped
public class EmulatorSettings {

    private String baseUrl;
    private PrivateKey signingKey;
    private X509Certificate signingCertificate;
    private KeyPair foreignKey;
    private Map<String, ClientRegistration> clients;
    private Duration codeTtl;
    private Duration timestampSkew;
    private String certificateHashAlgorithm;

    @PostConstruct
    void load() {
        Config config = ConfigProvider.getConfig();
        baseUrl = stripSlash(config.getValue("esia.emulator.base-url", String.class));
        codeTtl = Duration.ofSeconds(config.getOptionalValue("esia.emulator.code-ttl-seconds", Long.class).orElse(120L));
        timestampSkew = Duration.ofSeconds(config.getOptionalValue("esia.emulator.timestamp-skew-seconds", Long.class).orElse(300L));
        certificateHashAlgorithm = config.getOptionalValue("esia.emulator.certificate-hash", String.class).orElse("GOST3411_2012_256");
        loadSigningKey(Path.of(config.getValue("esia.emulator.keystore", String.class)),
                config.getOptionalValue("esia.emulator.key-alias", String.class).orElse("esia"),
                password(config));
        clients = loadClients(Path.of(config.getValue("esia.emulator.clients", String.class)));
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            foreignKey = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The keystore password: a Payara password alias of that name, or the property itself. */
    private static char[] password(Config config) {
        Optional<String> alias = config.getOptionalValue("esia-emulator-keystore-password", String.class);
        return alias.or(() -> config.getOptionalValue("esia.emulator.keystore-password", String.class))
                .orElseThrow(() -> new IllegalStateException("No password for the emulator's keystore: set the password "
                        + "alias esia-emulator-keystore-password"))
                .toCharArray();
    }

    private void loadSigningKey(Path keystore, String alias, char[] password) {
        try (InputStream in = Files.newInputStream(keystore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            signingKey = (PrivateKey) store.getKey(alias, password);
            signingCertificate = (X509Certificate) store.getCertificate(alias);
            if (signingKey == null || signingCertificate == null) {
                throw new IllegalStateException("No key " + alias + " in " + keystore);
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the emulator's keystore " + keystore, e);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    static Map<String, ClientRegistration> loadClients(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the registered clients from " + file, e);
        }
        Map<String, ClientRegistration> result = new HashMap<>();
        for (String name : properties.stringPropertyNames()) {
            if (!name.endsWith(".certificate")) {
                continue;
            }
            String clientId = name.substring(0, name.length() - ".certificate".length());
            Path certificate = file.resolveSibling(properties.getProperty(name).trim());
            result.put(clientId, new ClientRegistration(clientId, readCertificate(certificate),
                    list(properties.getProperty(clientId + ".redirect-uris")),
                    list(properties.getProperty(clientId + ".logout-urls"))));
        }
        return Map.copyOf(result);
    }

    static X509Certificate readCertificate(Path pem) {
        try (InputStream in = Files.newInputStream(pem)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the certificate " + pem, e);
        }
    }

    private static List<String> list(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** The tokens' {@code iss}: like ESIA's {@code http://esia.gosuslugi.ru/}, with a trailing slash. */
    public String issuer() {
        return baseUrl + "/";
    }

    public PrivateKey signingKey() {
        return signingKey;
    }

    public X509Certificate signingCertificate() {
        return signingCertificate;
    }

    /** A key ESIA does not have: tokens signed with it must be refused by clients. */
    public KeyPair foreignKey() {
        return foreignKey;
    }

    public Optional<ClientRegistration> client(String clientId) {
        return clientId == null ? Optional.empty() : Optional.ofNullable(clients.get(clientId));
    }

    public Duration codeTtl() {
        return codeTtl;
    }

    public Duration timestampSkew() {
        return timestampSkew;
    }

    public String certificateHashAlgorithm() {
        return certificateHashAlgorithm;
    }
}
