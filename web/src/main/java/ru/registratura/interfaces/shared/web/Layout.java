package ru.registratura.interfaces.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

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

    /**
     * The bundle key of the notice of a page opened afresh after its Ajax request failed ({@code ?interrupted=}, see
     * {@link AjaxErrorsHandlerFactory}), or null.
     */
    public String interruptedKey(String interrupted) {
        return "expired".equals(interrupted) || "failed".equals(interrupted) ? "ajax.interrupted." + interrupted : null;
    }

    /** The error's reference number from the address, if it is one (eight hex digits), else null. */
    public String reference(String value) {
        return value != null && AjaxErrorsHandlerFactory.REFERENCE_FORMAT.matcher(value).matches() ? value : null;
    }

    public LocalDate getToday() {
        return region.today();
    }

    public String getRegionName() {
        return region.name();
    }

    /** Today in the region as the header shows it: {@code 05.12.2026}. */
    public String getTodayText() {
        return date(region.today());
    }

    /**
     * {@code 05.12.2026}, as {@code <reg:date/>} shows it, without a converter: on the pages every patient sees on
     * the way to a booking (the header, the wizard, the confirmation), where a converter per value would be made and
     * looked up through CDI on every request and would parse its pattern on every call (bench/RESULTS.md, issue 17).
     * Null is empty.
     */
    public String date(LocalDate date) {
        return date == null ? "" : PortalDates.DATE.format(date);
    }

    /** The instant in the region as {@code <reg:dateTime/>} shows it: {@code 05.12.2026 09:30}; null is empty. */
    public String dateTime(Instant instant) {
        return instant == null ? "" : PortalDates.DATE_TIME.format(local(instant));
    }

    /** The instant's time of day in the region as {@code <reg:clock/>} shows it: {@code 09:30}; null is empty. */
    public String clock(Instant instant) {
        return instant == null ? "" : PortalDates.CLOCK.format(local(instant));
    }

    /** The region's time zone (of the components that write times themselves, like the wizard's time links). */
    public ZoneId getZone() {
        return region.zone();
    }

    /** The instant as the region's local date and time; null stays null. */
    public LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, region.zone());
    }
}
