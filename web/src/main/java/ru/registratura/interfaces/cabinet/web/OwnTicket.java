package ru.registratura.interfaces.cabinet.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ru.registratura.application.AppointmentNotFoundException;
import ru.registratura.application.BookingCatalog;

/** The ticket named by a cabinet servlet's {@code id}, the signed-in patient's; otherwise a 404 answered. */
final class OwnTicket {

    private OwnTicket() {
    }

    static Optional<BookingCatalog.Ticket> of(HttpServletRequest request, HttpServletResponse response,
                                              CabinetSession cabinet, BookingCatalog catalog) throws IOException {
        try {
            return Optional.of(catalog.ticket(cabinet.actor(), Long.parseLong(String.valueOf(request.getParameter("id")))));
        } catch (NumberFormatException | AppointmentNotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return Optional.empty();
        }
    }
}
