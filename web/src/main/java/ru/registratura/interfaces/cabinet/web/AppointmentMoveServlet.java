package ru.registratura.interfaces.cabinet.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ru.registratura.application.BookingCatalog;

/**
 * «Перенести» of a ticket or of the card's list ({@code GET /cabinet/appointment-move?id=}): the booking wizard at the
 * day step of the same doctor, carrying the appointment to move ({@code move=}). An appointment that is not the
 * patient's is a 404; one that can no longer be moved (past, cancelled) goes back to its ticket.
 */
@WebServlet("/cabinet/appointment-move")
public class AppointmentMoveServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CabinetSession cabinet;

    @Inject
    BookingCatalog catalog;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<BookingCatalog.Ticket> found = OwnTicket.of(request, response, cabinet, catalog);
        if (found.isEmpty()) {
            return;
        }
        BookingCatalog.Ticket ticket = found.get();
        String target = ticket.cancellable() && ticket.cardId() != null
                ? "/cabinet/book.xhtml?card=" + ticket.cardId() + "&specialty=" + ticket.specialtyId() + "&doctor="
                        + ticket.doctorId() + "&move=" + ticket.id()
                : "/cabinet/appointment.xhtml?id=" + ticket.id();
        response.sendRedirect(request.getContextPath() + target);
    }
}
