package ru.registratura.interfaces.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.registratura.infrastructure.config.RegionSettings;

/** Data of the layout template: the region's name and today's date in the region's time zone. */
@Named
@RequestScoped
public class Layout {

    @Inject
    private RegionSettings region;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "registratura.region.name", defaultValue = "Иркутская область")
    String regionName;

    public LocalDate getToday() {
        return LocalDate.now(clock.withZone(region.zone()));
    }

    public String getRegionName() {
        return regionName;
    }
}
