package ru.registratura.application;

import java.io.Serializable;
import java.time.Duration;
import java.util.Set;

/**
 * An external system calling the booking API, as its token names it: the subject (the audit trail's actor) and
 * its groups, which decide what it may do:
 * <ul>
 * <li>{@code booking-hub} (the federal hub behind Госуслуги «Запись к врачу»): look up, read, book, move, and
 * cancel appointments of any channel (patients cancel there whatever they booked);</li>
 * <li>{@code call-centre}: the same, but cancel and move only appointments booked through the API;</li>
 * <li>{@code kiosk}: as the call centre, for a patient identified within the last ten minutes only.</li>
 * </ul>
 */
public record ApiCaller(String subject, Set<String> groups, String remoteAddress) implements Serializable {

    public static final String HUB = "booking-hub";
    public static final String CALL_CENTRE = "call-centre";
    public static final String KIOSK = "kiosk";

    public ApiCaller {
        groups = Set.copyOf(groups);
    }

    /** Whether the caller may use the API at all. */
    public boolean known() {
        return groups.contains(HUB) || groups.contains(CALL_CENTRE) || groups.contains(KIOSK);
    }

    /** Whether the caller may cancel or move appointments booked through other channels (the portal, the registry). */
    public boolean mayChangeAnyChannel() {
        return groups.contains(HUB);
    }

    /** How long a lookup lets the caller act for the patient. */
    public Duration lookupValidity() {
        return groups.contains(HUB) || groups.contains(CALL_CENTRE) ? Duration.ofHours(24) : Duration.ofMinutes(10);
    }
}
