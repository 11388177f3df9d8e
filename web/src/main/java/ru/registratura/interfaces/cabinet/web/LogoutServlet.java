package ru.registratura.interfaces.cabinet.web;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import ru.registratura.application.PatientLoginService;
import ru.registratura.infrastructure.esia.EsiaSettings;
import ru.registratura.interfaces.shared.web.ClientAddressFilter;

/**
 * «Выйти» ({@code POST /auth/logout}): ends the portal's session and sends the browser through ESIA's
 * logout ({@code /idp/ext/Logout?client_id=…&redirect_url=…}), which ends the ESIA session and returns
 * to the portal's home page. A POST, so that a link on another site cannot log a patient out; the
 * session cookie's SameSite=Lax keeps cross-site POSTs without it.
 */
@WebServlet("/auth/logout")
public class LogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    PatientLoginService logins;

    @Inject
    EsiaSettings esia;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            if (session.getAttribute(SignedInPatient.SESSION_KEY) instanceof SignedInPatient patient) {
                logins.loggedOut(patient.accountId(), patient.esiaOid(), ClientAddressFilter.clientAddress(request));
            }
            session.invalidate();
        }
        SessionMarker.clear(request, response);
        response.sendRedirect(esia.logoutUrl().toString());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/");
    }
}
