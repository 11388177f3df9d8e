package ru.registratura.interfaces.cabinet.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

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

    /** The login's form token (see {@link SignedInPatient}). */
    public String formToken() {
        return patient().formToken();
    }

    /** Whether a form posted this login's token (compared in constant time). */
    public boolean formTokenPosted(String posted) {
        return posted != null && MessageDigest.isEqual(posted.getBytes(StandardCharsets.UTF_8),
                formToken().getBytes(StandardCharsets.UTF_8));
    }

    public Actor actor() {
        SignedInPatient patient = patient();
        return new Actor(patient.accountId(), patient.esiaOid(), actingFor(), ClientAddressFilter.clientAddress(request));
    }
}
