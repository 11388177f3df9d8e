package ru.registratura.infrastructure.esia;

import java.util.Map;
import java.util.Optional;

import org.pac4j.core.context.CallContext;
import org.pac4j.core.credentials.Credentials;
import org.pac4j.core.profile.UserProfile;
import org.pac4j.oidc.client.OidcClient;
import org.pac4j.oidc.config.OidcConfiguration;
import org.pac4j.oidc.profile.OidcProfile;
import org.pac4j.oidc.profile.OidcProfileDefinition;
import org.pac4j.oidc.profile.creator.OidcProfileCreator;

import ru.registratura.application.ImportedPerson;

/**
 * After pac4j has validated the id token (with {@link EsiaTokenValidator}), reads the person from ESIA's
 * REST API and keeps it in the profile under {@link #PERSON}. ESIA has no userinfo endpoint.
 */
public class EsiaProfileCreator extends OidcProfileCreator {

    /** The profile attribute holding the {@link ImportedPerson}. */
    public static final String PERSON = "registratura.esiaPerson";

    private final EsiaPersonReader reader;

    public EsiaProfileCreator(OidcConfiguration configuration, OidcClient client, EsiaPersonReader reader) {
        super(configuration, client);
        this.reader = reader;
        setProfileDefinition(new OidcProfileDefinition());
    }

    @Override
    public Optional<UserProfile> create(CallContext ctx, Credentials credentials) {
        Optional<UserProfile> created = super.create(ctx, credentials);
        if (created.isEmpty()) {
            return created;
        }
        OidcProfile profile = (OidcProfile) created.get();
        if (profile.getId() == null || profile.getAccessToken() == null) {
            throw new EsiaProtocolException("ESIA's tokens name no person");
        }
        boolean trustedInToken = false;
        Object subject = profile.getAttribute("urn:esia:sbj");
        if (subject instanceof Map<?, ?> claims) {
            trustedInToken = Boolean.TRUE.equals(claims.get("urn:esia:sbj:is_tru"));
        }
        ImportedPerson person = reader.read(profile.getId(), profile.getAccessToken().getValue(), trustedInToken);
        profile.addAttribute(PERSON, person);
        return Optional.of(profile);
    }
}
