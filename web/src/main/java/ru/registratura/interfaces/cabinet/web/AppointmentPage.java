package ru.registratura.interfaces.cabinet.web;

import java.io.Serializable;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.registratura.application.AppointmentNotFoundException;
import ru.registratura.application.BookingCatalog;
import ru.registratura.application.BookingCatalog.Ticket;
import ru.registratura.application.PortalBookingService;
import ru.registratura.domain.scheduling.BookingRefusedException;
import ru.registratura.infrastructure.config.RegionSettings;
import ru.registratura.interfaces.shared.web.Shared;

/**
 * «Отменить запись» with its confirmation ({@code appointment-cancel.xhtml?id=}) and the ticket above it. Another
 * account's appointment is a 404. The ticket page alone is {@link TicketPage}.
 * <p>
 * The form also posts the appointment's id: a postback whose view scope the session no longer holds (it keeps a few,
 * web.xml) reads the appointment again instead of finding a bean without it.
 */
@Named
@ViewScoped
public class AppointmentPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The form's own field with the appointment's id (not "id": that would shadow the form element's id in scripts). */
    static final String POSTED_ID = "appointment";

    @Inject
    CabinetSession cabinet;

    @Inject
    @Shared
    BookingCatalog catalog;

    @Inject
    @Shared
    PortalBookingService booking;

    @Inject
    RegionSettings region;

    private Long id;
    private Ticket ticket;
    private boolean loaded;

    public void load() {
        loaded = true;
        if (id == null) {
            CabinetPages.notFound();
            return;
        }
        try {
            ticket = catalog.ticket(cabinet.actor(), id);
        } catch (AppointmentNotFoundException e) {
            CabinetPages.notFound();
        }
    }

    /** «Отменить запись» confirmed: the slot is free at once; back to the card's appointments. */
    public String cancel() {
        try {
            booking.cancel(cabinet.actor(), id);
        } catch (AppointmentNotFoundException e) {
            CabinetPages.notFound();
            return null;
        } catch (BookingRefusedException e) {
            CabinetPages.error("booking.refused." + e.rule().name());
            ticket = catalog.ticket(cabinet.actor(), id);
            return null;
        }
        CabinetPages.flash("appointment.cancelled");
        return ticket.cardId() == null
                ? "/cabinet/cards?faces-redirect=true"
                : "/cabinet/card?faces-redirect=true&tab=appointments&card=" + ticket.cardId();
    }

    public Ticket getTicket() {
        restore();
        return ticket;
    }

    /** On a postback to a bean that never loaded (its view scope was pushed out): the posted appointment again. */
    private void restore() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (loaded || context == null || !context.isPostback()) {
            return;
        }
        try {
            id = CabinetPages.id(context.getExternalContext().getRequestParameterMap().get(POSTED_ID));
        } catch (NumberFormatException e) {
            id = null;
        }
        load();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
