package ru.registratura.interfaces.cabinet.web;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
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
 * The page keeps no view in the session (it is stateless) and the bean lives for a request: the form posts the card,
 * the time, the appointment moved and the time chosen among the offers as fields of its own. A postback books (or
 * moves) from them at once, and the booking service checks the card, the time and the appointment itself; the
 * confirmation is read again, with every check of opening it, only when the page is shown again (a refusal, a taken
 * time, a stale form): with that read on every POST, the stateless page cost a booking about 9 % more of the server's
 * CPU than a kept view (bench/RESULTS.md). A patient posts this form several times in a row in a rush (the offers of
 * a taken time), and a kept view kept a state of each answer (bench/RESULTS.md, issue 17). The form also posts the login's form token ({@link SignedInPatient}), which stands in for the kept
 * view's id against posts from other sites: a wrong one books nothing.
 */
@Named
@RequestScoped
public class BookingConfirmationPage {

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

    @Inject
    PeopleMenu people;

    private Long card;
    private Long slot;
    /** «Перенести»: the appointment moved to this time, or null for a new booking. */
    private Long move;
    private Confirmation confirmation;
    private List<FreeTime> offered = List.of();
    private boolean taken;
    /** The referral a booking of a doctor «по направлению» will use, or null. */
    private ReferralService.Shown referral;
    /** Whether card, time and appointment moved were read from the request (on opening the page, or on a postback). */
    private boolean parsed;
    /** Whether the confirmation was read from the database for this request. */
    private boolean read;

    /**
     * Opens the confirmation of {@code ?card=&slot=[&move=]}: read here rather than by view parameters, each a component
     * with a converter looked up per request (bench/RESULTS.md, issue 17). The form posts them back as fields.
     * An id that is missing, not a number, or not the patient's is a 404.
     */
    public void load() {
        if (parse()) {
            read();
        }
    }

    /**
     * Reads card, time and appointment moved from the request, without the database; false, with a 404 sent, when one
     * is missing or not a number. The form of a taken time posts the offered time chosen (field «offered») beside the
     * taken one («slot»).
     */
    private boolean parse() {
        parsed = true;
        FacesContext context = FacesContext.getCurrentInstance();
        Map<String, String> parameters = context.getExternalContext().getRequestParameterMap();
        try {
            card = CabinetPages.id(parameters.get("card"));
            String chosen = context.isPostback() ? parameters.get(OFFERED) : null;
            slot = CabinetPages.id(chosen != null ? chosen : parameters.get("slot"));
            move = CabinetPages.id(parameters.get("move"));
        } catch (NumberFormatException e) {
            card = null;
            slot = null;
        }
        if (card == null || slot == null) {
            CabinetPages.notFound();
            return false;
        }
        return true;
    }

    /**
     * Reads what the page shows, with every check of opening it: the card is the patient's, the time exists, the
     * appointment moved is the patient's, of this card, and can still be moved; else a 404. A time taken when the
     * page opens offers the doctor's next free times.
     */
    private void read() {
        read = true;
        try {
            // The card is taken from the header's cards, which the page shows anyway (one statement less).
            confirmation = catalog.confirmation(cabinet.actor(), people.header(), card, slot).orElse(null);
        } catch (CardNotFoundException e) {
            confirmation = null;
        }
        if (confirmation == null || move != null && !moving()) {
            confirmation = null;
            CabinetPages.notFound();
            return;
        }
        if (!confirmation.free() && !context().isPostback()) {
            // On a postback the booking itself finds a taken time (and the audit log records the attempt).
            taken(catalog.nextFree(confirmation.doctorId()));
        }
        if (confirmation.referral() && move == null) {
            referral = catalog.referralFor(cabinet.actor(), card, confirmation.doctorId()).orElse(null);
        }
    }

    /** A postback (a new bean: the page keeps no view): the form's fields, without the database. */
    private void restore() {
        FacesContext context = context();
        if (!parsed && context != null && context.isPostback()) {
            parse();
        }
    }

    /**
     * Whether the request is a postback that has not reached its answer yet. The form and its buttons are then
     * decoded from the fields alone: the action books or moves, and the booking service checks card, time and
     * appointment itself. The confirmation is read only for a page shown again (a refusal, a stale form).
     */
    private static boolean posting() {
        FacesContext context = context();
        return context != null && context.isPostback() && context.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE;
    }

    /** The confirmation as the page shows it: read once, when the page is answered (never while a postback books). */
    private void shown() {
        restore();
        FacesContext context = context();
        if (!read && !posting() && context != null && !context.getResponseComplete() && card != null && slot != null) {
            read();
        }
    }

    /**
     * Whether the form is shown: a confirmation that can be booked, or a taken time with times offered. While a
     * postback is decoded, whether its fields name a card and a time (the action then books, or reads the page again).
     */
    public boolean isFormShown() {
        if (posting()) {
            restore();
            return card != null && slot != null;
        }
        shown();
        return confirmation != null && (!taken || !offered.isEmpty());
    }

    /**
     * Whether the posted form can be acted on: it names a card and a time, carries this login's form token, and, if it
     * offered times, has one chosen. A form of a taken time posted with no time chosen (a browser that ignores
     * {@code required}) says to choose one.
     */
    private boolean ready() {
        restore();
        FacesContext context = context();
        if (card == null || slot == null || context.getResponseComplete()) {
            return false;
        }
        Map<String, String> posted = context.getExternalContext().getRequestParameterMap();
        if (!cabinet.formTokenPosted(posted.get("token"))) {
            // A form of an earlier login (or of another site): the page again, with this login's token.
            CabinetPages.error("booking.form.stale");
            return false;
        }
        if (posted.containsKey("offering") && posted.get(OFFERED) == null) {
            CabinetPages.error("booking.offered.choose");
            read();
            if (confirmation != null && !confirmation.free()) {
                taken(catalog.nextFree(confirmation.doctorId()));
            }
            return false;
        }
        return true;
    }

    /** The page is shown again after its form: read it now, while a card or time not found can still be a 404. */
    private String again() {
        if (!read && !context().getResponseComplete()) {
            read();
        }
        return null;
    }

    private static FacesContext context() {
        return FacesContext.getCurrentInstance();
    }

    /** «Перенести на это время»: the same appointment and ticket at this time; the ticket shows it. */
    public String moveHere() {
        if (!ready() || move == null) {
            return again();
        }
        try {
            booking.move(cabinet.actor(), move, slot);
            CabinetPages.flash("booking.moved");
            return "/cabinet/appointment?faces-redirect=true&id=" + move;
        } catch (AppointmentNotFoundException | CardNotFoundException e) {
            CabinetPages.notFound();
        } catch (BookingRefusedException e) {
            again();
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
            return again();
        }
        try {
            Appointment appointment = booking.book(cabinet.actor(), card, slot, Channel.PORTAL);
            CabinetPages.flash("booking.done");
            return "/cabinet/appointment?faces-redirect=true&id=" + appointment.getId();
        } catch (CardNotFoundException e) {
            CabinetPages.notFound();
        } catch (BookingRefusedException e) {
            again();
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
        shown();
        return referral;
    }

    public Confirmation getConfirmation() {
        shown();
        return confirmation;
    }

    public List<FreeTime> getOffered() {
        shown();
        return offered;
    }

    public boolean isTaken() {
        shown();
        return taken;
    }

    public Long getCard() {
        return card;
    }

    /** The login's form token, a field of the form. */
    public String getToken() {
        return cabinet.formToken();
    }

    public Long getSlot() {
        return slot;
    }

}
