package ru.registratura.application;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.Locale;
import java.util.ResourceBundle;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;

/**
 * An appointment as an iCalendar file (RFC 5545, ical4j) for a phone's or a mail client's calendar: one event from
 * the slot's start to its end in UTC, at the institution's address and cabinet, with the ticket's number. The UID
 * is the appointment's, so that the file of a cancellation ({@code METHOD:CANCEL}, a higher SEQUENCE) removes the
 * event the first one added.
 */
public final class TicketCalendar {

    /** The media type of the file. */
    public static final String MEDIA_TYPE = "text/calendar";

    private static final String BUNDLE = "ru.registratura.application.calendar";

    private static final String PRODUCT = "-//Registratura//Elektronnaya registratura//RU";

    private TicketCalendar() {
    }

    /** The ticket's event: published while booked, cancelling once cancelled. Texts as the patient reads them. */
    public static String of(BookingCatalog.Ticket ticket, Texts texts, Instant now) {
        boolean cancelled = "CANCELLED".equals(ticket.status());
        VEvent event = (VEvent) new VEvent(ticket.startsAt(), ticket.endsAt(), texts.summary())
                .withProperty(new Uid("appointment-" + ticket.id() + "@registratura"))
                .withProperty(new Sequence(cancelled ? 1 : 0))
                .withProperty(new Location(texts.location()))
                .withProperty(new Description(texts.description()))
                .withProperty(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED)
                .getFluentTarget();
        event.replace(new DtStamp(now));
        Calendar calendar = new Calendar().withProdId(PRODUCT).withDefaults()
                .withProperty(cancelled ? ImmutableMethod.CANCEL : ImmutableMethod.PUBLISH)
                .withComponent(event)
                .getFluentTarget();
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The ticket's event in the language: the texts of the calendar bundle (Russian first). */
    public static String of(BookingCatalog.Ticket ticket, Locale locale, Instant now) {
        return of(ticket, Texts.of(ticket, locale), now);
    }

    /** The event's texts in the reader's language: what, where, and the ticket's details. */
    public record Texts(String summary, String location, String description) {

        static Texts of(BookingCatalog.Ticket ticket, Locale locale) {
            ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale);
            return new Texts(format(texts, "summary", locale, ticket.specialty(), ticket.doctor()),
                    format(texts, "location", locale, ticket.institution(), ticket.address(), ticket.cabinet()),
                    format(texts, "description", locale, String.valueOf(ticket.id()), ticket.person(),
                            ticket.phone() == null ? "" : ticket.phone()));
        }

        private static String format(ResourceBundle texts, String key, Locale locale, Object... arguments) {
            return new MessageFormat(texts.getString(key), locale).format(arguments);
        }
    }
}
