package ru.registratura.interfaces.staff.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import ru.registratura.application.StaffActor;
import ru.registratura.application.StaffLoginService;
import ru.registratura.interfaces.shared.web.Redirects;

/**
 * Keeps the staff pages ({@code /staff/…} except the login page) for signed-in staff: a patient's session,
 * or none, is sent to the staff login page. The user is read afresh on every request (a disabled user's
 * session ends at its next click) and handed to the pages as the request's {@link StaffActor}.
 */
public class StaffAccessFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String LOGIN_PAGE = "/staff/login.xhtml";
    static final String ACTOR = "registratura.staffActor";

    @Inject
    StaffLoginService staff;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.equals(LOGIN_PAGE)) {
            chain.doFilter(request, response);
            return;
        }
        HttpSession session = request.getSession(false);
        SignedInStaff signedIn = session == null ? null : (SignedInStaff) session.getAttribute(SignedInStaff.SESSION_KEY);
        if (signedIn == null) {
            Redirects.to(request, response, LOGIN_PAGE + "?reason=required");
            return;
        }
        Optional<StaffActor> actor = staff.current(signedIn.userId(), request.getRemoteAddr());
        if (actor.isEmpty()) {
            session.invalidate();
            Redirects.to(request, response, LOGIN_PAGE + "?reason=disabled");
            return;
        }
        request.setAttribute(ACTOR, actor.get());
        chain.doFilter(request, response);
    }
}
