package ru.registratura.infrastructure.esia;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

import org.pac4j.core.context.CallContext;
import org.pac4j.oidc.client.OidcClient;
import org.pac4j.oidc.config.OidcConfiguration;
import org.pac4j.oidc.redirect.OidcRedirectionActionBuilder;

/**
 * The browser's redirect to ESIA's {@code /aas/oauth2/v2/ac}: pac4j's parameters and the fresh UUID
 * {@code state} (kept in the session by pac4j), plus ESIA's {@code timestamp}, {@code client_secret}
 * (the signature of {@code client_id + scope + timestamp + state + redirect_uri}), {@code access_type}
 * and {@code client_certificate_hash}.
 */
public class EsiaRedirectionActionBuilder extends OidcRedirectionActionBuilder {

    private final EsiaSettings settings;
    private final ClientSecretSigner signer;
    private final Clock clock;

    public EsiaRedirectionActionBuilder(OidcClient client, EsiaSettings settings, ClientSecretSigner signer, Clock clock) {
        super(client);
        this.settings = settings;
        this.signer = signer;
        this.clock = clock;
    }

    @Override
    protected void addStateAndNonceParameters(CallContext ctx, Map<String, String> params) {
        super.addStateAndNonceParameters(ctx, params);
        params.values().removeIf(Objects::isNull);
        String timestamp = SignedStrings.timestamp(clock.instant(), settings.timestampZone());
        String signed = SignedStrings.v2Authorization(params.get(OidcConfiguration.CLIENT_ID),
                params.get(OidcConfiguration.SCOPE), timestamp, params.get(OidcConfiguration.STATE),
                params.get(OidcConfiguration.REDIRECT_URI));
        params.put("timestamp", timestamp);
        params.put("client_secret", settings.secretEncoding().encode(signer.sign(signed.getBytes(StandardCharsets.UTF_8))));
        params.put("access_type", "online");
        params.put("client_certificate_hash", settings.certificateHash().hash(signer.certificate()));
    }
}
