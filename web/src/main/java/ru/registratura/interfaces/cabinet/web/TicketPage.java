package ru.registratura.interfaces.cabinet.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import ru.registratura.application.AppointmentNotFoundException;
import ru.registratura.application.BookingCatalog;
import ru.registratura.application.BookingCatalog.Ticket;
import ru.registratura.interfaces.shared.web.Shared;

/**
 * The ticket (талон) of an appointment ({@code appointment.xhtml?id=}), printable. Another account's appointment,
 * or an id that is not a number, is a 404.
 * <p>
 * Request-scoped, not view-scoped: the page has no form and keeps no view, but a view-scoped bean would still take
 * one of the session's view scopes ({@code com.sun.faces.numberOfActiveViewMaps}, web.xml), every ticket opened
 * pushing out the view scope of a page whose form is still open (bench/RESULTS.md: session size). «Отменить запись»
 * is {@link AppointmentPage}.
 */
@Named
@RequestScoped
public class TicketPage {

    @Inject
    CabinetSession cabinet;

    @Inject
    @Shared
    BookingCatalog catalog;

    @Inject
    HttpServletRequest request;

    private Ticket ticket;

    /** Reads {@code ?id=} itself: a view parameter is a component with a converter looked up per request. */
    public void load() {
        try {
            Long id = CabinetPages.id(request.getParameter("id"));
            if (id == null) {
                CabinetPages.notFound();
                return;
            }
            ticket = catalog.ticket(cabinet.actor(), id);
        } catch (NumberFormatException | AppointmentNotFoundException e) {
            CabinetPages.notFound();
        }
    }

    public Ticket getTicket() {
        return ticket;
    }
}
