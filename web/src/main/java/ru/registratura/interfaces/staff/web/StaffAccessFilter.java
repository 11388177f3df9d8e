package ru.registratura.interfaces.staff.web;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import ru.registratura.application.StaffLoginService;
import ru.registratura.interfaces.shared.web.ClientAddressFilter;
import ru.registratura.interfaces.shared.web.Redirects;

/**
 * Keeps the staff pages ({@code /staff/…} except the login page and its code step) for signed-in staff: a patient's session,
 * or none, is sent to the staff login page. The user is read afresh on every request (a disabled user's
 * session ends at its next click) and handed to the pages as the request's {@link StaffActor}. A password an
 * admin set is changed first, then a second factor that the user must have and has not is set up: until then no
 * other page opens.
 */
public class StaffAccessFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String LOGIN_PAGE = "/staff/login.xhtml";
    static final String ACTOR = "registratura.staffActor";
    static final String MUST_CHANGE_PASSWORD = "registratura.staffMustChangePassword";
    static final String PASSWORD_PAGE = "/staff/password.xhtml";
    static final String LOGOUT = "/staff/logout";
    static final String SECOND_FACTOR_PAGE = "/staff/second-factor.xhtml";
    static final String MUST_SET_UP_SECOND_FACTOR = "registratura.staffMustSetUpSecondFactor";

    @Inject
    StaffLoginService staff;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.equals(LOGIN_PAGE) || path.equals(StaffCodePage.PAGE)) {
            chain.doFilter(request, response);
            return;
        }
        HttpSession session = request.getSession(false);
        SignedInStaff signedIn = session == null ? null : (SignedInStaff) session.getAttribute(SignedInStaff.SESSION_KEY);
        if (signedIn == null) {
            Redirects.to(request, response, LOGIN_PAGE + "?reason=required");
            return;
        }
        StaffLoginService.Resumed resumed = staff.resume(signedIn.userId(), signedIn.signedInAt(), ClientAddressFilter.clientAddress(request));
        if (resumed.actor() == null) {
            session.invalidate();
            Redirects.to(request, response, LOGIN_PAGE + "?reason=" + resumed.endReason());
            return;
        }
        request.setAttribute(ACTOR, resumed.actor());
        if (resumed.mustChangePassword()) {
            // A password an admin set: nothing but changing it (or logging out) until it is changed.
            request.setAttribute(MUST_CHANGE_PASSWORD, Boolean.TRUE);
            if (!path.equals(PASSWORD_PAGE) && !path.equals(LOGOUT)) {
                Redirects.to(request, response, PASSWORD_PAGE);
                return;
            }
        } else if (resumed.mustSetUpSecondFactor()) {
            // An admin (or an operator where the region says so) without a second factor: setting it up comes next.
            request.setAttribute(MUST_SET_UP_SECOND_FACTOR, Boolean.TRUE);
            if (!path.equals(SECOND_FACTOR_PAGE) && !path.equals(LOGOUT)) {
                Redirects.to(request, response, SECOND_FACTOR_PAGE);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
