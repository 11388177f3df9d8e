package ru.registratura.interfaces.staff.web;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.registratura.application.BookingCatalog.Ticket;
import ru.registratura.application.RegistryBookingService;
import ru.registratura.application.RegistryService;
import ru.registratura.application.StaffAccessDeniedException;
import ru.registratura.domain.scheduling.BookingRefusedException;
import ru.registratura.interfaces.shared.web.PageMessages;

/**
 * The ticket (талон) of an appointment at the operator's institutions, printable, with «Отменить запись»
 * while it is booked and ahead; an appointment elsewhere is a 404.
 */
@Named
@ViewScoped
public class RegistryTicketPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RegistryService registry;

    @Inject
    RegistryBookingService booking;

    @Inject
    CurrentStaff current;

    private Long appointment;
    private Ticket ticket;

    public void load() {
        try {
            ticket = appointment == null ? null : registry.ticket(current.actor(), appointment).orElse(null);
        } catch (StaffAccessDeniedException e) {
            ticket = null;
        }
        if (ticket == null) {
            PageMessages.notFound();
        }
    }

    public String cancel() {
        try {
            booking.cancel(current.actor(), appointment);
            PageMessages.flash("staff.ticket.cancelled");
            return "/staff/ticket?faces-redirect=true&appointment=" + appointment;
        } catch (BookingRefusedException e) {
            PageMessages.error(null, "booking.refused." + e.rule().name());
        } catch (StaffAccessDeniedException e) {
            PageMessages.error(null, "staff.forbidden.booking");
        }
        return null;
    }

    public Ticket getTicket() {
        return ticket;
    }

    public Long getAppointment() {
        return appointment;
    }

    public void setAppointment(Long appointment) {
        this.appointment = appointment;
    }
}
