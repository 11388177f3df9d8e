package ru.registratura.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class TicketCalendarTest {

    private static final Instant STARTS = Instant.parse("2026-12-05T03:00:00Z");
    private static final TicketCalendar.Texts TEXTS = new TicketCalendar.Texts("Приём: Офтальмолог, Новикова Т. Ю.",
            "Поликлиника № 4, г. Иркутск, ул. Байкальская, д. 293/7, кабинет 314", "Талон № 42");

    private static BookingCatalog.Ticket ticket(String status) {
        return new BookingCatalog.Ticket(42, 7L, "Иванова Мария Петровна", LocalDate.of(1986, 5, 14), null, STARTS,
                STARTS.plusSeconds(900), "Новикова Татьяна Юрьевна", "Офтальмолог", "Поликлиника № 4",
                "г. Иркутск, ул. Байкальская, д. 293/7", "+7 (3952) 22-44-55", "314", status, STARTS.minusSeconds(86_400),
                null, true, 8, 65);
    }

    private static VEvent parsed(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        return calendar.<VEvent>getComponents().get(0);
    }

    @Test
    void aBookedAppointmentIsAPublishedEventAtItsTimeInUtc() throws Exception {
        String ics = TicketCalendar.of(ticket("BOOKED"), TEXTS, Instant.parse("2026-12-03T10:00:00Z"));
        assertTrue(ics.contains("METHOD:PUBLISH") && ics.contains("VERSION:2.0"), ics);
        assertTrue(ics.contains("\r\nEND:VEVENT\r\n"), "lines end in CRLF");
        assertEquals(1, ics.split("DTSTAMP:", -1).length - 1, "one DTSTAMP: " + ics);
        assertTrue(ics.contains("DTSTAMP:20261203T100000Z"), ics);
        assertTrue(ics.contains("DTSTART:20261205T030000Z") && ics.contains("DTEND:20261205T031500Z"), ics);
        VEvent event = parsed(ics);
        assertEquals("appointment-42@registratura", event.getProperty(Property.UID).orElseThrow().getValue());
        assertEquals(TEXTS.location(), event.getProperty(Property.LOCATION).orElseThrow().getValue());
        assertEquals("CONFIRMED", event.getProperty(Property.STATUS).orElseThrow().getValue());
    }

    @Test
    void aCancelledAppointmentCancelsTheSameEvent() throws Exception {
        String ics = TicketCalendar.of(ticket("CANCELLED"), TEXTS, Instant.parse("2026-12-03T10:00:00Z"));
        assertTrue(ics.contains("METHOD:CANCEL"), ics);
        VEvent event = parsed(ics);
        assertEquals("appointment-42@registratura", event.getProperty(Property.UID).orElseThrow().getValue());
        assertEquals("CANCELLED", event.getProperty(Property.STATUS).orElseThrow().getValue());
        assertEquals("1", event.getProperty(Property.SEQUENCE).orElseThrow().getValue());
    }
}
