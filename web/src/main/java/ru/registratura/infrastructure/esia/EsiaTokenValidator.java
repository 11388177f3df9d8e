package ru.registratura.infrastructure.esia;

import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenClaimsVerifier;
import org.pac4j.oidc.config.OidcConfiguration;
import org.pac4j.oidc.profile.creator.TokenValidator;

/**
 * Checks ESIA's id token: the signature with ESIA's certificate from configuration (RS256 with Nimbus,
 * GOST R 34.10-2012 with BouncyCastle; no JWKS exists), then {@code iss}, {@code aud}, {@code exp},
 * {@code iat} and {@code nbf} with a small clock skew. There is no nonce. ESIA sends {@code sub} as a
 * JSON number; it is read as a string. Unsigned tokens ({@code alg: none}) and tokens of another
 * algorithm than configured are refused.
 */
public class EsiaTokenValidator extends TokenValidator {

    private final EsiaSettings settings;
    private final IDTokenClaimsVerifier claimsVerifier;

    public EsiaTokenValidator(OidcConfiguration configuration, OIDCProviderMetadata metadata, EsiaSettings settings) {
        super(configuration, metadata);
        this.settings = settings;
        this.claimsVerifier = new IDTokenClaimsVerifier(new Issuer(settings.issuer()), new ClientID(settings.clientId()),
                null, (int) settings.clockSkew().toSeconds());
    }

    @Override
    public IDTokenClaimsSet validateIdToken(JWT idToken, Nonce expectedNonce) throws BadJOSEException, JOSEException {
        if (!(idToken instanceof SignedJWT jwt)) {
            throw new BadJWTException("The ID token is not signed");
        }
        String algorithm = jwt.getHeader().getAlgorithm().getName();
        if (!algorithm.equals(settings.tokenAlgorithm())) {
            throw new BadJWTException("The ID token is signed with " + algorithm + ", not " + settings.tokenAlgorithm());
        }
        boolean valid = algorithm.equals("RS256")
                ? jwt.verify(new RSASSAVerifier((RSAPublicKey) settings.esiaCertificate().getPublicKey()))
                : verifyGost(jwt);
        if (!valid) {
            throw new BadJWTException("The ID token's signature is not ESIA's");
        }
        JWTClaimsSet claims = claimsWithStringSubject(jwt);
        claimsVerifier.verify(claims, null);
        Date notBefore = claims.getNotBeforeTime();
        if (notBefore != null && notBefore.toInstant().isAfter(Instant.now().plus(settings.clockSkew()))) {
            throw new BadJWTException("The ID token is not valid yet");
        }
        try {
            return new IDTokenClaimsSet(claims);
        } catch (ParseException e) {
            throw new BadJWTException("Malformed ID token claims: " + e.getMessage(), e);
        }
    }

    /** GOST R 34.10-2012 (256) over the JWS signing input; the byte order of ESIA's signature is configurable. */
    private boolean verifyGost(SignedJWT jwt) throws JOSEException {
        try {
            byte[] signature = jwt.getSignature().decode();
            if (settings.gostSignatureReversed()) {
                for (int i = 0, j = signature.length - 1; i < j; i++, j--) {
                    byte b = signature[i];
                    signature[i] = signature[j];
                    signature[j] = b;
                }
            }
            Signature verifier = Signature.getInstance(KeyStoreSigner.GOST_ALGORITHM, KeyStoreSigner.BC);
            verifier.initVerify(settings.esiaCertificate().getPublicKey());
            verifier.update(jwt.getSigningInput());
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            throw new JOSEException("Cannot verify a GOST signature: " + e.getMessage(), e);
        }
    }

    static JWTClaimsSet claimsWithStringSubject(SignedJWT jwt) throws BadJWTException {
        try {
            Map<String, Object> json = new LinkedHashMap<>(jwt.getPayload().toJSONObject());
            Object subject = json.get("sub");
            if (subject instanceof Number number) {
                json.put("sub", Long.toString(number.longValue()));
            }
            return JWTClaimsSet.parse(json);
        } catch (java.text.ParseException | RuntimeException e) {
            throw new BadJWTException("Malformed ID token claims", e);
        }
    }
}
