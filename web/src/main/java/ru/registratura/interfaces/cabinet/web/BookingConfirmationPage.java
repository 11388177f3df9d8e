package ru.registratura.interfaces.cabinet.web;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
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
 * the time, the appointment moved and the time chosen among the offers as fields of its own, and a postback opens the
 * confirmation again from them, with every check of opening it, before it books. A patient posts this form several
 * times in a row in a rush (the offers of a taken time), and a kept view kept a state of each answer (bench/RESULTS.md,
 * issue 17). The form also posts the login's form token ({@link SignedInPatient}), which stands in for the kept
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

    private Long card;
    private Long slot;
    /** «Перенести»: the appointment moved to this time, or null for a new booking. */
    private Long move;
    private Confirmation confirmation;
    private List<FreeTime> offered = List.of();
    private boolean taken;
    /** The referral a booking of a doctor «по направлению» will use, or null. */
    private ReferralService.Shown referral;
    /** Whether {@link #load()} ran for this bean (on opening the page, or on a postback). */
    private boolean loaded;

    /**
     * Opens the confirmation of {@code ?card=&slot=[&move=]}: read here rather than by view parameters, each a component
     * with a converter looked up per request (bench/RESULTS.md, issue 17). The form posts them back as fields.
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
        if (!confirmation.free() && !context.isPostback()) {
            // On a postback the booking itself finds a taken time (and the audit log records the attempt).
            taken(catalog.nextFree(confirmation.doctorId()));
        }
        if (confirmation.referral() && move == null) {
            referral = catalog.referralFor(cabinet.actor(), card, confirmation.doctorId()).orElse(null);
        }
    }

    /** A postback (a new bean: the page keeps no view): the page opened again from the form's fields. */
    private void restore() {
        FacesContext context = context();
        if (!loaded && context != null && context.isPostback()) {
            load();
        }
    }

    /**
     * Whether the bean holds a confirmation that can be acted on: opened again from the posted form (for the offered
     * time chosen, if the form offered times), posted with this login's form token, and still free. A form of a taken
     * time posted with no time chosen (a browser that ignores {@code required}) says to choose one.
     */
    private boolean ready() {
        restore();
        FacesContext context = context();
        if (confirmation == null || context.getResponseComplete()) {
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
            if (!confirmation.free()) {
                taken(catalog.nextFree(confirmation.doctorId()));
            }
            return false;
        }
        return !taken;
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

    /** The login's form token, a field of the form. */
    public String getToken() {
        return cabinet.formToken();
    }

    public Long getSlot() {
        return slot;
    }

}
