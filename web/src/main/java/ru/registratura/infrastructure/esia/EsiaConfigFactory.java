package ru.registratura.infrastructure.esia;

import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.ConfigProvider;
import org.pac4j.core.client.Clients;
import org.pac4j.core.config.Config;
import org.pac4j.core.config.ConfigFactory;
import org.pac4j.core.logout.handler.DefaultSessionLogoutHandler;
import org.pac4j.core.logout.handler.SessionLogoutHandler;
import org.pac4j.core.store.GuavaStore;

/**
 * Builds pac4j's configuration for the filters in web.xml (pac4j builds it by reflection, so this is not
 * a CDI bean): the ESIA client with the signer from the configured PKCS#12 keystore, and the session
 * store that changes the session id at login.
 */
public class EsiaConfigFactory implements ConfigFactory {

    /** The one session store of the application: the filters and the portal's servlets share it. */
    public static final SessionIdRenewingStore SESSION_STORE = new SessionIdRenewingStore();

    private static final Logger LOG = Logger.getLogger(EsiaConfigFactory.class.getName());

    /**
     * The configuration with the ESIA client; without one (ESIA not configured, an unreadable keystore) a
     * configuration without clients, so that the portal's public pages still work and the login shows an
     * error page. The cause is logged once, here.
     */
    @Override
    public Config build(Object... parameters) {
        try {
            return withEsiaClient();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "ESIA login is not available: " + e.getMessage()
                    + ". Configure it with server-config/esia.sh (see the README, section ESIA).");
            Config config = new Config(new Clients());
            config.setSessionStoreFactory(parameters2 -> SESSION_STORE);
            return config;
        }
    }

    private Config withEsiaClient() {
        var mpConfig = ConfigProvider.getConfig();
        EsiaSettings settings = EsiaSettings.from(mpConfig);
        ClientSecretSigner signer = KeyStoreSigner.fromPkcs12(settings.keystore(), EsiaSettings.keystorePassword(mpConfig),
                settings.keyAlias(), settings.signatureFormat());
        EsiaClient client = new EsiaClient(settings, signer, Clock.systemUTC());
        Clients clients = new Clients(settings.callbackUrl(), client);
        // Initialised here, while the filter starts, not lazily by the first requests: pac4j's lazy init is not
        // safe for concurrent first logins (seen in the booking rush: threads saw the client half initialised,
        // with a null ajaxRequestResolver or state cache). Nothing in it reaches the network.
        clients.init();
        client.init();
        Config config = new Config(clients);
        config.setSessionStoreFactory(parameters2 -> SESSION_STORE);
        config.setSessionLogoutHandler(sessionLogoutHandler());
        return config;
    }

    /**
     * pac4j's default session logout handler, with its store initialised now: the default one is shared by
     * every Config and builds its Guava cache lazily, which concurrent first logins saw as null ("this.cache
     * is null" in the booking rush). It maps sessions to their ESIA login for the logout; a session
     * evicted from it (beyond 200,000 at once or 30 minutes idle) just ends by its own expiry.
     */
    private static SessionLogoutHandler sessionLogoutHandler() {
        GuavaStore<String, Object> store = new GuavaStore<>(200_000, 30, TimeUnit.MINUTES);
        store.init();
        return new DefaultSessionLogoutHandler(store);
    }
}
