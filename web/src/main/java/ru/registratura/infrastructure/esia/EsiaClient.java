package ru.registratura.infrastructure.esia;

import java.time.Clock;
import java.util.UUID;

import org.pac4j.core.http.callback.NoParameterCallbackUrlResolver;
import org.pac4j.oidc.client.OidcClient;
import org.pac4j.oidc.config.OidcConfiguration;

/**
 * pac4j's OpenID Connect client set up for ESIA: static metadata (no discovery, no userinfo, no nonce),
 * a UUID {@code state} bound to the session, the signed {@code client_secret} on both requests, the id
 * token checked against ESIA's certificate, and the person read from ESIA's REST API.
 */
public class EsiaClient extends OidcClient {

    public static final String NAME = "EsiaClient";

    public EsiaClient(EsiaSettings settings, ClientSecretSigner signer, Clock clock) {
        OidcConfiguration configuration = new OidcConfiguration();
        configuration.setClientId(settings.clientId());
        configuration.setScope(settings.scope());
        configuration.setWithState(true);
        configuration.setStateGenerator(ctx -> UUID.randomUUID().toString());
        configuration.setUseNonce(false);
        configuration.setCallUserInfoEndpoint(false);
        configuration.setConnectTimeout((int) settings.connectTimeout().toMillis());
        configuration.setReadTimeout((int) settings.readTimeout().toMillis());
        configuration.setMaxClockSkew((int) settings.clockSkew().toSeconds());
        // The profile lives only between the callback and the portal's own session: no token-bound expiry.
        configuration.setExpireSessionWithToken(false);
        EsiaMetadataResolver resolver = new EsiaMetadataResolver(configuration, settings);
        configuration.setOpMetadataResolver(resolver);
        // The configuration initialises only resolvers it made itself.
        resolver.init();
        setConfiguration(configuration);
        setName(NAME);
        setCallbackUrl(settings.callbackUrl());
        // redirect_uri is part of the signed string and registered with ESIA: no ?client_name=… appended.
        setCallbackUrlResolver(new NoParameterCallbackUrlResolver());
        setRedirectionActionBuilder(new EsiaRedirectionActionBuilder(this, settings, signer, clock));
        setAuthenticator(new EsiaAuthenticator(configuration, this, settings, signer, clock));
        setProfileCreator(new EsiaProfileCreator(configuration, this, new EsiaPersonReader(settings)));
    }
}
