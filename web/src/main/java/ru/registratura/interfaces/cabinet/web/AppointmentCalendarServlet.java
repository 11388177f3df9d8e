package ru.registratura.interfaces.cabinet.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ru.registratura.application.BookingCatalog;
import ru.registratura.application.TicketCalendar;
import ru.registratura.interfaces.shared.web.LocaleSwitcher;

/**
 * «Добавить в календарь» of a ticket ({@code GET /cabinet/appointment.ics?id=}): the signed-in patient's appointment
 * as an iCalendar file ({@link TicketCalendar}); a cancelled one's file removes the event. Someone else's appointment,
 * or an id that is not a number, is a 404, as for the ticket page.
 */
@WebServlet("/cabinet/appointment.ics")
public class AppointmentCalendarServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CabinetSession cabinet;

    @Inject
    BookingCatalog catalog;

    @Inject
    LocaleSwitcher locale;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<BookingCatalog.Ticket> found = OwnTicket.of(request, response, cabinet, catalog);
        if (found.isEmpty()) {
            return;
        }
        BookingCatalog.Ticket ticket = found.get();
        byte[] file = TicketCalendar.of(ticket, locale.getLocale(), Instant.now()).getBytes(StandardCharsets.UTF_8);
        response.setContentType(TicketCalendar.MEDIA_TYPE + ";charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"appointment-" + ticket.id() + ".ics\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(file.length);
        response.getOutputStream().write(file);
    }
}
