package ru.registratura.infrastructure.esia;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.util.JSONObjectUtils;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import org.pac4j.core.context.CallContext;
import org.pac4j.core.credentials.Credentials;
import org.pac4j.oidc.client.OidcClient;
import org.pac4j.oidc.config.OidcConfiguration;
import org.pac4j.oidc.credentials.OidcCredentials;
import org.pac4j.oidc.credentials.authenticator.OidcAuthenticator;

/**
 * The token request to ESIA's {@code /aas/oauth2/v3/te}: the code with a new UUID {@code state}, the
 * {@code scope}, {@code timestamp}, {@code token_type}, {@code client_certificate_hash} and the
 * {@code client_secret} signing {@code client_id + scope + timestamp + state + redirect_uri + code}. The
 * response must echo the {@code state}; {@code expires_in} may be a number or a string. A connection
 * failure, a timeout or a 5xx answer means ESIA is unavailable; anything else wrong is a protocol error.
 * Tokens are never logged.
 */
public class EsiaAuthenticator extends OidcAuthenticator {

    private final EsiaSettings settings;
    private final ClientSecretSigner signer;
    private final Clock clock;

    public EsiaAuthenticator(OidcConfiguration configuration, OidcClient client, EsiaSettings settings,
                             ClientSecretSigner signer, Clock clock) {
        super(configuration, client);
        this.settings = settings;
        this.signer = signer;
        this.clock = clock;
    }

    @Override
    public Optional<Credentials> validate(CallContext ctx, Credentials cred) {
        if (!(cred instanceof OidcCredentials credentials)) {
            return Optional.ofNullable(cred);
        }
        var code = credentials.toAuthorizationCode();
        if (code == null) {
            throw new EsiaProtocolException("ESIA's callback carried no authorization code");
        }
        String redirectUri = client.computeFinalCallbackUrl(ctx.webContext());
        String state = UUID.randomUUID().toString();
        String timestamp = SignedStrings.timestamp(clock.instant(), settings.timestampZone());
        String signed = SignedStrings.v3Token(settings.clientId(), settings.scope(), timestamp, state, redirectUri,
                code.getValue());
        TokenRequest request = new TokenRequest.Builder(settings.tokenEndpoint(), new ClientID(settings.clientId()),
                new AuthorizationCodeGrant(code, URI.create(redirectUri)))
                .customParameter("client_secret",
                        settings.secretEncoding().encode(signer.sign(signed.getBytes(StandardCharsets.UTF_8))))
                .customParameter("state", state)
                .customParameter("scope", settings.scope())
                .customParameter("timestamp", timestamp)
                .customParameter("token_type", "Bearer")
                .customParameter("client_certificate_hash", settings.certificateHash().hash(signer.certificate()))
                .build();
        HTTPRequest http = request.toHTTPRequest();
        configuration.configureHttpRequest(http);
        HTTPResponse response;
        try {
            response = http.send();
        } catch (IOException e) {
            throw new EsiaUnavailableException("ESIA's token endpoint did not answer: " + e.getClass().getSimpleName(), e);
        }
        OIDCTokenResponse tokens = parse(response, state);
        credentials.setAccessToken(tokens.getOIDCTokens().getAccessToken().toJSONObject());
        if (tokens.getOIDCTokens().getRefreshToken() != null) {
            credentials.setRefreshToken(tokens.getOIDCTokens().getRefreshToken().toJSONObject());
        }
        credentials.setIdToken(tokens.getOIDCTokens().getIDTokenString());
        return Optional.of(credentials);
    }

    static OIDCTokenResponse parse(HTTPResponse response, String sentState) {
        int status = response.getStatusCode();
        if (status >= 500) {
            throw new EsiaUnavailableException("ESIA's token endpoint answered HTTP " + status);
        }
        net.minidev.json.JSONObject json;
        try {
            json = new net.minidev.json.JSONObject(JSONObjectUtils.parse(response.getBody()));
        } catch (ParseException | RuntimeException e) {
            throw new EsiaProtocolException("ESIA's token endpoint answered HTTP " + status + " without JSON");
        }
        if (status != 200 || json.containsKey("error")) {
            // error_description starts with ESIA's code (ESIA-0070xx); it names parameters, never values.
            throw new EsiaProtocolException("ESIA's token endpoint refused: HTTP " + status + ", "
                    + json.get("error") + ", " + json.get("error_description"));
        }
        if (!sentState.equals(json.get("state"))) {
            throw new EsiaProtocolException("ESIA's token response does not echo the request's state");
        }
        Object expiresIn = json.get("expires_in");
        if (expiresIn instanceof String text) {
            try {
                json.put("expires_in", Long.parseLong(text.trim()));
            } catch (NumberFormatException e) {
                json.remove("expires_in");
            }
        }
        try {
            OIDCTokenResponse tokens = OIDCTokenResponse.parse(json);
            if (tokens.getOIDCTokens().getIDTokenString() == null) {
                throw new EsiaProtocolException("ESIA's token response has no id_token");
            }
            return tokens;
        } catch (ParseException e) {
            throw new EsiaProtocolException("ESIA's token response is malformed: " + e.getMessage());
        }
    }
}
