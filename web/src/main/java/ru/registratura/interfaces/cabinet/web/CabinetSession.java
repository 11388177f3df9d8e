package ru.registratura.interfaces.cabinet.web;

import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import ru.registratura.application.Actor;
import ru.registratura.interfaces.shared.web.ClientAddressFilter;

/**
 * The signed-in patient as the card file sees them: the account, and the card of the person the portal
 * acts for (kept in the session; null acts for the patient). Every id a page receives is checked by the
 * card file service against this account, never trusted because the page offered it.
 *
 * <p>Application-scoped: it keeps nothing of a request and reads the current one through the container's request
 * proxy, so no instance is made per request (bench/RESULTS.md, issue 17).
 */
@ApplicationScoped
public class CabinetSession {

    /** The session attribute holding the card id the portal acts for. */
    static final String ACTING_FOR_KEY = "registratura.actingFor";

    /** The session attribute holding what the header and the wizard show of the card file ({@link #cardFile}). */
    static final String CARD_FILE_KEY = "registratura.cardFile";

    /**
     * How long the card file kept in the session is shown without reading it again. The patient's own changes (a
     * card added, changed or deleted here) drop it at once ({@link #cardFileChanged}); this bounds only what another
     * session of the same account changed (a second browser).
     */
    static final long CARD_FILE_FRESH_MILLIS = 60_000;

    /** The card file as read at {@code readAt} (epoch milliseconds, comparable between the cluster's instances). */
    record KeptCardFile(List<PeopleMenu.Card> cards, long readAt) implements Serializable {
    }

    @Inject
    HttpServletRequest request;

    @Inject
    CurrentPatient currentPatient;

    public SignedInPatient patient() {
        SignedInPatient patient = currentPatient.get();
        if (patient == null) {
            // PatientAccessFilter admits only signed-in patients to /cabinet/*.
            throw new IllegalStateException("No signed-in patient");
        }
        return patient;
    }

    public long accountId() {
        return patient().accountId();
    }

    /** The card the portal acts for, or null for the patient. */
    public Long actingFor() {
        HttpSession session = request.getSession(false);
        return session == null ? null : (Long) session.getAttribute(ACTING_FOR_KEY);
    }

    void actFor(Long cardId) {
        HttpSession session = request.getSession();
        if (cardId == null) {
            session.removeAttribute(ACTING_FOR_KEY);
        } else {
            session.setAttribute(ACTING_FOR_KEY, cardId);
        }
    }

    /**
     * The account's card file as the header's menu and the booking wizard show it: kept in the session (a few hundred
     * bytes), so that a page does not read the card file again on every request (bench/RESULTS.md, issue 17).
     */
    List<PeopleMenu.Card> cardFile(Supplier<List<PeopleMenu.Card>> read) {
        HttpSession session = request.getSession(false);
        long now = System.currentTimeMillis();
        if (session != null && session.getAttribute(CARD_FILE_KEY) instanceof KeptCardFile kept
                && now - kept.readAt() >= 0 && now - kept.readAt() < CARD_FILE_FRESH_MILLIS) {
            return kept.cards();
        }
        List<PeopleMenu.Card> cards = List.copyOf(read.get());
        if (session != null) {
            session.setAttribute(CARD_FILE_KEY, new KeptCardFile(cards, now));
        }
        return cards;
    }

    /** The card file changed in this session (a card added, changed or deleted): the next page reads it again. */
    void cardFileChanged() {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(CARD_FILE_KEY);
        }
    }

    public Actor actor() {
        SignedInPatient patient = patient();
        return new Actor(patient.accountId(), patient.esiaOid(), actingFor(), ClientAddressFilter.clientAddress(request));
    }
}
