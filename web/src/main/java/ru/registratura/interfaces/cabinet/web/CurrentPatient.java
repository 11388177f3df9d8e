package ru.registratura.interfaces.cabinet.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The signed-in patient for the pages (the header's name and menu); never creates a session.
 *
 * <p>Application-scoped: it keeps nothing of a request and reads the current one through the container's request
 * proxy, so no instance is made per request (bench/RESULTS.md, issue 17).
 */
@Named
@ApplicationScoped
public class CurrentPatient {

    @Inject
    HttpServletRequest request;

    public SignedInPatient get() {
        HttpSession session = request.getSession(false);
        return session == null ? null : (SignedInPatient) session.getAttribute(SignedInPatient.SESSION_KEY);
    }

    public boolean isSignedIn() {
        return get() != null;
    }

    /** «Иванов Иван Иванович». */
    public String getFullName() {
        SignedInPatient patient = get();
        if (patient == null) {
            return "";
        }
        return patient.middleName() == null || patient.middleName().isBlank()
                ? patient.lastName() + " " + patient.firstName()
                : patient.lastName() + " " + patient.firstName() + " " + patient.middleName();
    }

    public String getShortName() {
        SignedInPatient patient = get();
        return patient == null ? "" : patient.shortName();
    }
}
