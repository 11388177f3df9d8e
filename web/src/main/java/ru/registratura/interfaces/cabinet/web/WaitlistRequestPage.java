package ru.registratura.interfaces.cabinet.web;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.registratura.application.AppointmentNotFoundException;
import ru.registratura.application.BookingCatalog;
import ru.registratura.application.WaitlistRefusedException;
import ru.registratura.application.WaitlistService;
import ru.registratura.domain.card.CardNotFoundException;
import ru.registratura.infrastructure.config.RegionSettings;
import ru.registratura.interfaces.shared.web.Shared;

/**
 * «Сообщить о более раннем времени» ({@code waitlist-new.xhtml?card=&doctor=}, or {@code ?appointment=} to move an
 * appointment earlier): with this doctor or any doctor of the specialty at the doctor's institution, before a date.
 * A refusal says why and stores nothing.
 */
@Named
@ViewScoped
public class WaitlistRequestPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CabinetSession cabinet;

    @Inject
    @Shared
    BookingCatalog catalog;

    @Inject
    @Shared
    WaitlistService waitlist;

    @Inject
    RegionSettings region;

    @Inject
    PeopleMenu people;

    private Long card;
    private Long doctor;
    private Long appointment;
    private BookingCatalog.ChosenDoctor chosen;
    private BookingCatalog.Ticket ticket;
    private String person;
    private boolean anyDoctor;
    private LocalDate before;

    public void load() {
        try {
            if (appointment != null) {
                ticket = catalog.ticket(cabinet.actor(), appointment);
                if (!ticket.cancellable() || ticket.cardId() == null) {
                    CabinetPages.notFound();
                    return;
                }
                card = ticket.cardId();
                doctor = ticket.doctorId();
                if (before == null) {
                    before = ticket.startsAt().atZone(region.zone()).toLocalDate();
                }
            }
            if (card == null || doctor == null) {
                CabinetPages.notFound();
                return;
            }
            chosen = catalog.doctor(cabinet.actor(), card, doctor).orElse(null);
            person = people.card(card).map(PeopleMenu.Card::fullName).orElse(null);
        } catch (AppointmentNotFoundException | CardNotFoundException e) {
            chosen = null;
        }
        if (chosen == null) {
            CabinetPages.notFound();
        }
    }

    /** «Сообщить о более раннем времени». */
    public String ask() {
        try {
            waitlist.ask(cabinet.actor(), card, doctor, anyDoctor, before, appointment);
            CabinetPages.flash("waitlist.asked");
            return "/cabinet/waitlist?faces-redirect=true";
        } catch (CardNotFoundException e) {
            CabinetPages.notFound();
        } catch (WaitlistRefusedException e) {
            CabinetPages.error("waitlist.refused." + e.reason().name(), WaitlistService.MAX_DAYS_AHEAD,
                    WaitlistService.MAX_OPEN_PER_ACCOUNT);
        }
        return null;
    }

    public BookingCatalog.ChosenDoctor getChosen() {
        return chosen;
    }

    public BookingCatalog.Ticket getTicket() {
        return ticket;
    }

    public Long getCard() {
        return card;
    }

    public void setCard(Long card) {
        this.card = card;
    }

    public Long getDoctor() {
        return doctor;
    }

    public void setDoctor(Long doctor) {
        this.doctor = doctor;
    }

    public Long getAppointment() {
        return appointment;
    }

    public void setAppointment(Long appointment) {
        this.appointment = appointment;
    }

    public boolean isAnyDoctor() {
        return anyDoctor;
    }

    public void setAnyDoctor(boolean anyDoctor) {
        this.anyDoctor = anyDoctor;
    }

    public LocalDate getBefore() {
        return before;
    }

    public void setBefore(LocalDate before) {
        this.before = before;
    }

    /** «К любому врачу «специальность» в организации». */
    public String getAnyDoctorLabel() {
        return chosen == null ? "" : CabinetPages.text("waitlist.new.anyDoctor", chosen.specialty().name(),
                chosen.doctor().institution());
    }

    public int getHoldMinutes() {
        return waitlist.holdMinutes();
    }

    public String getPerson() {
        return person;
    }
}
