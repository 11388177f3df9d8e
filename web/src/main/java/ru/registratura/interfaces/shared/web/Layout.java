package ru.registratura.interfaces.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.registratura.infrastructure.config.RegionSettings;

/**
 * Data of the layout template: the region's name and today's date in the region's time zone; and for every
 * page, an instant as the region's local date and time ({@code #{layout.local(...)}}), for the date converters.
 *
 * <p>Application-scoped: it keeps nothing of a request, so no instance is made per request (bench/RESULTS.md,
 * issue 17).
 */
@Named
@ApplicationScoped
public class Layout {

    @Inject
    private RegionSettings region;

    public LocalDate getToday() {
        return region.today();
    }

    public String getRegionName() {
        return region.name();
    }

    /** The instant as the region's local date and time; null stays null. */
    public LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, region.zone());
    }
}
