package ru.registratura.infrastructure.esia;

import java.net.URI;
import java.util.Collections;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.SubjectType;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import org.pac4j.oidc.config.OidcConfiguration;
import org.pac4j.oidc.metadata.StaticOidcOpMetadataResolver;
import org.pac4j.oidc.profile.creator.TokenValidator;

/**
 * ESIA has no discovery document: its endpoints, issuer and signing algorithm come from configuration,
 * and the token validator checks signatures with ESIA's certificate instead of a JWKS.
 */
public class EsiaMetadataResolver extends StaticOidcOpMetadataResolver {

    /** Never fetched: the validator below does not use a JWKS. Nimbus only insists on an absolute URI. */
    private static final URI NO_JWKS = URI.create("https://jwks.invalid/esia-has-no-jwks");

    private final EsiaSettings settings;

    public EsiaMetadataResolver(OidcConfiguration configuration, EsiaSettings settings) {
        super(configuration, metadata(settings));
        this.settings = settings;
    }

    static OIDCProviderMetadata metadata(EsiaSettings settings) {
        OIDCProviderMetadata metadata = new OIDCProviderMetadata(new Issuer(settings.issuer()),
                Collections.singletonList(SubjectType.PUBLIC), NO_JWKS);
        metadata.setAuthorizationEndpointURI(settings.authorizationEndpoint());
        metadata.setTokenEndpointURI(settings.tokenEndpoint());
        // Collections.singletonList, not List.of: pac4j's TokenValidator calls contains(null) on it.
        metadata.setIDTokenJWSAlgs(Collections.singletonList(JWSAlgorithm.parse(settings.tokenAlgorithm())));
        return metadata;
    }

    @Override
    protected TokenValidator createTokenValidator() {
        return new EsiaTokenValidator(configuration, this.loaded, settings);
    }
}
