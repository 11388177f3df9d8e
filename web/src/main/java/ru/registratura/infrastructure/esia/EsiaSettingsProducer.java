package ru.registratura.infrastructure.esia;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.eclipse.microprofile.config.ConfigProvider;

/** The ESIA settings for the portal's own servlets (pac4j's filters build theirs in {@link EsiaConfigFactory}). */
@ApplicationScoped
public class EsiaSettingsProducer {

    private volatile EsiaSettings settings;

    @Produces
    public EsiaSettings settings() {
        EsiaSettings result = settings;
        if (result == null) {
            result = EsiaSettings.from(ConfigProvider.getConfig());
            settings = result;
        }
        return result;
    }
}
