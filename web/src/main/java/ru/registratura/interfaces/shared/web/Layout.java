package ru.registratura.interfaces.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import ru.registratura.infrastructure.config.RegionSettings;

/** Data of the layout template: the region's name and today's date in the region's time zone. */
@Named
@RequestScoped
public class Layout {

    @Inject
    private RegionSettings region;

    public LocalDate getToday() {
        return region.today();
    }

    public String getRegionName() {
        return region.name();
    }
}
