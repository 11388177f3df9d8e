package ru.registratura.interfaces.cabinet.web;

import java.io.IOException;
import java.time.Clock;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import ru.registratura.application.PatientLoginService;
import ru.registratura.interfaces.shared.web.ClientAddressFilter;
import ru.registratura.interfaces.shared.web.Redirects;

/**
 * Every request: ends a patient's session that has reached its maximum age after the ESIA login
 * (whatever the activity) and sends the browser to the login page with the reason; keeps the cabinet
 * ({@code /cabinet/…} except its login page) for signed-in patients, telling a patient whose session
 * ended idle why they see the login page.
 */
public class PatientAccessFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String LOGIN_PAGE = "/cabinet/login.xhtml";

    @Inject
    PatientLoginService logins;

    @Inject
    Clock clock;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.startsWith("/jakarta.faces.resource/")) {
            chain.doFilter(request, response);
            return;
        }
        HttpSession session = request.getSession(false);
        SignedInPatient patient = session == null ? null : (SignedInPatient) session.getAttribute(SignedInPatient.SESSION_KEY);
        if (patient != null && patient.expired(clock.instant())) {
            logins.sessionExpired(patient.accountId(), patient.esiaOid(), ClientAddressFilter.clientAddress(request));
            session.invalidate();
            SessionMarker.clear(request, response);
            Redirects.to(request, response, LOGIN_PAGE + "?reason=expired");
            return;
        }
        if (patient == null && isCabinet(path)) {
            String reason = SessionMarker.present(request) ? "idle" : "required";
            SessionMarker.clear(request, response);
            ReturnAfterLogin.remember(request, response, path);
            Redirects.to(request, response, LOGIN_PAGE + "?reason=" + reason);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean isCabinet(String path) {
        return path.startsWith("/cabinet/") && !path.equals(LOGIN_PAGE);
    }
}
