package ru.registratura.interfaces.shared.web;

import java.time.format.DateTimeFormatter;

import jakarta.faces.convert.DateTimeConverter;
import jakarta.faces.convert.FacesConverter;

/**
 * The portal's date and time formats, one converter each, used through the tags {@code <reg:date/>},
 * {@code <reg:time/>}, {@code <reg:dateTime/>} and {@code <reg:clock/>} (registratura.taglib.xml) instead of a
 * {@code f:convertDateTime} with its pattern on every page: dates {@code dd.MM.yyyy}, times {@code HH:mm}. Instants
 * are turned into the region's local time by the page ({@code layout.local}) before they get here. The same formats
 * as formatters, for {@link Layout} and the beans that write a date into a text.
 */
public final class PortalDates {

    private static final String DATE_PATTERN = "dd.MM.yyyy";
    private static final String DATE_TIME_PATTERN = "dd.MM.yyyy HH:mm";
    private static final String TIME_PATTERN = "HH:mm";

    /** {@code 05.12.2026}. */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern(DATE_PATTERN);
    /** {@code 05.12.2026 09:30}. */
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern(DATE_TIME_PATTERN);
    /** {@code 09:30}. */
    public static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern(TIME_PATTERN);

    private PortalDates() {
    }

    /** {@code 05.12.2026}: a {@code LocalDate}, shown and typed. */
    @FacesConverter("registratura.date")
    public static class Date extends DateTimeConverter {
        public Date() {
            setType("localDate");
            setPattern(DATE_PATTERN);
        }
    }

    /** {@code 09:30}: a {@code LocalTime}, shown and typed. */
    @FacesConverter("registratura.time")
    public static class Time extends DateTimeConverter {
        public Time() {
            setType("localTime");
            setPattern(TIME_PATTERN);
        }
    }

    /** {@code 05.12.2026 09:30}: a {@code LocalDateTime}. */
    @FacesConverter("registratura.dateTime")
    public static class DateTime extends DateTimeConverter {
        public DateTime() {
            setType("localDateTime");
            setPattern(DATE_TIME_PATTERN);
        }
    }

    /** {@code 09:30}: the time of day of a {@code LocalDateTime} (a day's list, where the date is the heading). */
    @FacesConverter("registratura.clock")
    public static class Clock extends DateTimeConverter {
        public Clock() {
            setType("localDateTime");
            setPattern(TIME_PATTERN);
        }
    }
}
