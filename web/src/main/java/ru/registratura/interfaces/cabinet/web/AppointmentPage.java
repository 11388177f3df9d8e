package ru.registratura.interfaces.cabinet.web;

import java.io.Serializable;

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
 * The ticket (талон) of an appointment ({@code appointment.xhtml?id=}), printable, and «Отменить запись» with
 * its confirmation ({@code appointment-cancel.xhtml?id=}). Another account's appointment is a 404.
 */
@Named
@ViewScoped
public class AppointmentPage implements Serializable {

    private static final long serialVersionUID = 1L;

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

    public void load() {
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
        return ticket;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
