package ru.registratura.infrastructure.esia;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

import org.eclipse.microprofile.config.Config;

/**
 * The ESIA client's settings (MicroProfile Config; set by {@code server-config/esia.sh}, see the README):
 *
 * <table>
 * <tr><td>{@code registratura.esia.base-url}</td><td>ESIA's address, e.g. {@code https://esia.gosuslugi.ru}</td></tr>
 * <tr><td>{@code registratura.esia.issuer}</td><td>the tokens' {@code iss}, e.g. {@code http://esia.gosuslugi.ru/}</td></tr>
 * <tr><td>{@code registratura.esia.client-id}</td><td>the portal's mnemonic, e.g. {@code REGISTRATURA}</td></tr>
 * <tr><td>{@code registratura.esia.portal-url}</td><td>the portal's public address; the callback is
 *     {@code <portal-url>/auth/esia/callback} and ESIA's logout returns to {@code <portal-url>/}</td></tr>
 * <tr><td>{@code registratura.esia.certificate}</td><td>ESIA's certificate (PEM or DER) that signs the tokens</td></tr>
 * <tr><td>{@code registratura.esia.token-algorithm}</td><td>{@code RS256} or {@code GOST3410_2012_256}</td></tr>
 * <tr><td>{@code registratura.esia.keystore}, {@code .key-alias}</td><td>the PKCS#12 keystore with the client key</td></tr>
 * <tr><td>password alias {@code registratura-esia-keystore-password}</td><td>its password</td></tr>
 * <tr><td>{@code registratura.esia.signature-format}, {@code .secret-encoding}, {@code .certificate-hash}</td>
 *     <td>the open points of the protocol (docs/esia-protocol.md section 9)</td></tr>
 * <tr><td>{@code registratura.esia.scope}</td><td>the scopes requested (default: what the card file needs)</td></tr>
 * <tr><td>{@code registratura.esia.connect-timeout}, {@code .read-timeout}</td><td>durations, default PT5S, PT10S</td></tr>
 * <tr><td>{@code registratura.esia.clock-skew}</td><td>allowed skew for {@code nbf}/{@code exp}, default PT1M</td></tr>
 * <tr><td>{@code registratura.esia.gost-signature-reversed}</td><td>whether ESIA's GOST token signature bytes
 *     come in reverse order (not documented publicly), default false</td></tr>
 * </table>
 */
public record EsiaSettings(URI baseUrl, String issuer, String clientId, URI portalUrl, X509Certificate esiaCertificate,
                           String tokenAlgorithm, Path keystore, String keyAlias, SignatureFormat signatureFormat,
                           SecretEncoding secretEncoding, CertificateHashAlgorithm certificateHash, String scope,
                           Duration connectTimeout, Duration readTimeout, Duration clockSkew,
                           boolean gostSignatureReversed, ZoneId timestampZone) {

    /** The data the card file and relatives need (docs/esia-protocol.md section 5); {@code id_doc} tells a standard account. */
    public static final String DEFAULT_SCOPE = "openid fullname birthdate gender snils id_doc medical_doc mobile email "
            + "kid_fullname kid_birthdate kid_gender kid_snils kid_medical_doc";

    public static EsiaSettings from(Config config) {
        String base = stripSlash(config.getValue("registratura.esia.base-url", String.class));
        String portal = stripSlash(config.getValue("registratura.esia.portal-url", String.class));
        return new EsiaSettings(
                URI.create(base),
                config.getOptionalValue("registratura.esia.issuer", String.class).orElse(base + "/"),
                config.getOptionalValue("registratura.esia.client-id", String.class).orElse("REGISTRATURA"),
                URI.create(portal),
                readCertificate(Path.of(config.getValue("registratura.esia.certificate", String.class))),
                config.getOptionalValue("registratura.esia.token-algorithm", String.class).orElse("RS256"),
                Path.of(config.getValue("registratura.esia.keystore", String.class)),
                config.getOptionalValue("registratura.esia.key-alias", String.class).orElse(null),
                config.getOptionalValue("registratura.esia.signature-format", SignatureFormat.class).orElse(SignatureFormat.RAW),
                config.getOptionalValue("registratura.esia.secret-encoding", SecretEncoding.class).orElse(SecretEncoding.BASE64URL),
                config.getOptionalValue("registratura.esia.certificate-hash", CertificateHashAlgorithm.class)
                        .orElse(CertificateHashAlgorithm.GOST3411_2012_256),
                config.getOptionalValue("registratura.esia.scope", String.class).orElse(DEFAULT_SCOPE),
                config.getOptionalValue("registratura.esia.connect-timeout", Duration.class).orElse(Duration.ofSeconds(5)),
                config.getOptionalValue("registratura.esia.read-timeout", Duration.class).orElse(Duration.ofSeconds(10)),
                config.getOptionalValue("registratura.esia.clock-skew", Duration.class).orElse(Duration.ofMinutes(1)),
                config.getOptionalValue("registratura.esia.gost-signature-reversed", Boolean.class).orElse(false),
                ZoneId.of(config.getOptionalValue("registratura.region.zone", String.class).orElse("Asia/Irkutsk")));
    }

    /** The keystore password: the Payara password alias {@code registratura-esia-keystore-password}. */
    public static char[] keystorePassword(Config config) {
        Optional<String> alias = config.getOptionalValue("registratura-esia-keystore-password", String.class);
        return alias.orElseThrow(() -> new IllegalStateException(
                "The password alias registratura-esia-keystore-password is not set (see server-config/esia.sh)")).toCharArray();
    }

    public URI authorizationEndpoint() {
        return URI.create(baseUrl + "/aas/oauth2/v2/ac");
    }

    public URI tokenEndpoint() {
        return URI.create(baseUrl + "/aas/oauth2/v3/te");
    }

    public String callbackUrl() {
        return portalUrl + "/auth/esia/callback";
    }

    /** ESIA's logout, which sends the browser back to the portal's home page. */
    public URI logoutUrl() {
        return URI.create(baseUrl + "/idp/ext/Logout?client_id=" + encode(clientId) + "&redirect_url=" + encode(portalUrl + "/"));
    }

    public URI personUrl(String oid) {
        return URI.create(baseUrl + "/rs/prns/" + oid);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    static X509Certificate readCertificate(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509", KeyStoreSigner.BC).generateCertificate(in);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read ESIA's certificate " + file + ": " + e.getMessage(), e);
        }
    }
}
