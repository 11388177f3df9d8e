package ru.registratura.interfaces.cabinet.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.registratura.application.AppointmentNotFoundException;
import ru.registratura.application.BookingCatalog;
import ru.registratura.application.BookingCatalog.Confirmation;
import ru.registratura.application.PortalBookingService;
import ru.registratura.application.ReferralService;
import ru.registratura.domain.card.CardNotFoundException;
import ru.registratura.domain.scheduling.Appointment;
import ru.registratura.domain.scheduling.BookingRefusedException;
import ru.registratura.domain.scheduling.BookingRefusedException.FreeTime;
import ru.registratura.domain.scheduling.BookingRule;
import ru.registratura.domain.scheduling.Channel;
import ru.registratura.interfaces.shared.web.Shared;

/**
 * The confirmation page ({@code book-confirm.xhtml?card=&slot=}): who, whom, where, cabinet, when, and
 * «Записаться». A time taken meanwhile (seen on opening or on booking) shows «Это время уже занято» with the
 * doctor's next free times to choose from in the same form, whose button books the one chosen; any other refusal
 * shows its rule's message. Nothing changes on a refusal.
 * <p>
 * The form posts the card, the time and the appointment moved as fields of its own too: a postback whose view scope
 * the session no longer holds (it keeps a few, web.xml) opens the confirmation again from them, with every check of
 * opening it, instead of booking with a bean that has neither card nor time.
 */
@Named
@ViewScoped
public class BookingConfirmationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The field of the taken time's form with the offered time chosen. */
    private static final String OFFERED = "offered";

    @Inject
    CabinetSession cabinet;

    @Inject
    @Shared
    BookingCatalog catalog;

    @Inject
    @Shared
    PortalBookingService booking;

    private Long card;
    private Long slot;
    /** «Перенести»: the appointment moved to this time, or null for a new booking. */
    private Long move;
    private Confirmation confirmation;
    private List<FreeTime> offered = List.of();
    private boolean taken;
    /** The referral a booking of a doctor «по направлению» will use, or null. */
    private ReferralService.Shown referral;
    /** Whether {@link #load()} ran for this bean (on opening the page, or on a postback that found no view scope). */
    private boolean loaded;

    /**
     * Opens the confirmation of {@code ?card=&slot=[&move=]}: read here rather than by view parameters, each a component
     * with a converter looked up per request (bench/RESULTS.md, issue 17). The bean keeps them for the form's postback.
     * An id that is missing, not a number, or not the patient's is a 404.
     */
    public void load() {
        loaded = true;
        taken = false;
        offered = List.of();
        referral = null;
        FacesContext context = FacesContext.getCurrentInstance();
        Map<String, String> parameters = context.getExternalContext().getRequestParameterMap();
        try {
            card = CabinetPages.id(parameters.get("card"));
            // The form of a taken time posts the offered time chosen (field «offered») beside the taken one («slot»).
            String chosen = context.isPostback() ? parameters.get(OFFERED) : null;
            slot = CabinetPages.id(chosen != null ? chosen : parameters.get("slot"));
            move = CabinetPages.id(parameters.get("move"));
        } catch (NumberFormatException e) {
            CabinetPages.notFound();
            return;
        }
        if (card == null || slot == null) {
            CabinetPages.notFound();
            return;
        }
        try {
            confirmation = catalog.confirmation(cabinet.actor(), card, slot).orElse(null);
        } catch (CardNotFoundException e) {
            confirmation = null;
        }
        if (confirmation == null || move != null && !moving()) {
            CabinetPages.notFound();
            return;
        }
        if (!confirmation.free()) {
            taken(catalog.nextFree(confirmation.doctorId()));
        }
        if (confirmation.referral() && move == null) {
            referral = catalog.referralFor(cabinet.actor(), card, confirmation.doctorId()).orElse(null);
        }
    }

    /** A postback to a bean that never loaded (its view scope was pushed out): the page opened again from the form. */
    private void restore() {
        FacesContext context = context();
        if (!loaded && context != null && context.isPostback()) {
            load();
        }
    }

    /**
     * Whether the bean holds a confirmation that can be acted on: restored first if need be, or, on the form of a
     * taken time, opened again for the offered time chosen (with every check of opening it: the card is the patient's,
     * the time still free). A taken time's form posted with no time chosen says to choose one.
     */
    private boolean ready() {
        restore();
        if (taken && confirmation != null && !context().getResponseComplete()) {
            String chosen = context().getExternalContext().getRequestParameterMap().get(OFFERED);
            if (chosen == null) {
                CabinetPages.error("booking.offered.choose");
                return false;
            }
            if (!chosen.equals(String.valueOf(slot))) {
                // Not yet opened for the time chosen (a bean restored from the form was, and found it taken too).
                load();
            }
        }
        return confirmation != null && !taken && !context().getResponseComplete();
    }

    private static FacesContext context() {
        return FacesContext.getCurrentInstance();
    }

    /** «Перенести на это время»: the same appointment and ticket at this time; the ticket shows it. */
    public String moveHere() {
        if (!ready() || move == null) {
            return null;
        }
        try {
            booking.move(cabinet.actor(), move, slot);
            CabinetPages.flash("booking.moved");
            return "/cabinet/appointment?faces-redirect=true&id=" + move;
        } catch (AppointmentNotFoundException | CardNotFoundException e) {
            CabinetPages.notFound();
        } catch (BookingRefusedException e) {
            refused(e);
        }
        return null;
    }

    /** Whether the appointment to move is the patient's, of this card, and can still be moved. */
    private boolean moving() {
        try {
            BookingCatalog.Ticket ticket = catalog.ticket(cabinet.actor(), move);
            return ticket.cancellable() && card.equals(ticket.cardId());
        } catch (AppointmentNotFoundException e) {
            return false;
        }
    }

    /** «&amp;move=id» while an appointment is being moved, else nothing. */
    public String getMoveParam() {
        restore();
        return move == null ? "" : "&move=" + move;
    }

    public Long getMove() {
        restore();
        return move;
    }

    /** «Записаться». */
    public String book() {
        if (!ready()) {
            return null;
        }
        try {
            Appointment appointment = booking.book(cabinet.actor(), card, slot, Channel.PORTAL);
            CabinetPages.flash("booking.done");
            return "/cabinet/appointment?faces-redirect=true&id=" + appointment.getId();
        } catch (CardNotFoundException e) {
            CabinetPages.notFound();
        } catch (BookingRefusedException e) {
            refused(e);
        }
        return null;
    }

    /** A time taken meanwhile offers the doctor's next free times; any other refusal says its rule. */
    private void refused(BookingRefusedException e) {
        if (e.rule() == BookingRule.SLOT_TAKEN) {
            taken(e.nextFree());
        } else {
            CabinetPages.error("booking.refused." + e.rule().name());
        }
    }

    private void taken(List<FreeTime> nextFree) {
        taken = true;
        offered = nextFree;
        CabinetPages.error(nextFree.isEmpty() ? "booking.taken.none" : "booking.taken");
    }

    public ReferralService.Shown getReferral() {
        restore();
        return referral;
    }

    public Confirmation getConfirmation() {
        restore();
        return confirmation;
    }

    public List<FreeTime> getOffered() {
        restore();
        return offered;
    }

    public boolean isTaken() {
        restore();
        return taken;
    }

    public Long getCard() {
        return card;
    }

    public Long getSlot() {
        return slot;
    }

}
