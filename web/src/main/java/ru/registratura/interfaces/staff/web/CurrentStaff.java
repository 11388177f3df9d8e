package ru.registratura.interfaces.staff.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import ru.registratura.application.StaffActor;

/**
 * The signed-in staff user for the pages: on staff pages the actor the access filter read for this request;
 * elsewhere (the layout's header on public pages) only the name kept in the session.
 *
 * <p>Application-scoped: it keeps nothing of a request and reads the current one through the container's request
 * proxy, so no instance is made per request (bench/RESULTS.md, issue 17).
 */
@Named
@ApplicationScoped
public class CurrentStaff {

    @Inject
    HttpServletRequest request;

    /** The actor of a staff page's request; null elsewhere. */
    public StaffActor actor() {
        return (StaffActor) request.getAttribute(StaffAccessFilter.ACTOR);
    }

    /** The password was set by an admin and must be changed before anything else. */
    public boolean isMustChangePassword() {
        return request.getAttribute(StaffAccessFilter.MUST_CHANGE_PASSWORD) != null;
    }

    /** An admin (or an operator where required) without a second factor: setting one up comes before anything else. */
    public boolean isMustSetUpSecondFactor() {
        return request.getAttribute(StaffAccessFilter.MUST_SET_UP_SECOND_FACTOR) != null;
    }

    public boolean isSignedIn() {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(SignedInStaff.SESSION_KEY) != null;
    }

    public String getFullName() {
        HttpSession session = request.getSession(false);
        SignedInStaff staff = session == null ? null : (SignedInStaff) session.getAttribute(SignedInStaff.SESSION_KEY);
        return staff == null ? "" : staff.fullName();
    }

    public boolean isAdmin() {
        StaffActor actor = actor();
        return actor != null && actor.admin();
    }

    public boolean isRegistrar() {
        StaffActor actor = actor();
        return actor != null && actor.registrar();
    }
}
