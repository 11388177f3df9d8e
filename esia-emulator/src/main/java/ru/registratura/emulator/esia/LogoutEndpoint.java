package ru.registratura.emulator.esia;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * {@code GET /idp/ext/Logout?client_id=…&redirect_url=…}: ends the ESIA session and sends the browser
 * back to {@code redirect_url} (note: not {@code redirect_uri}), which must belong to the client.
 */
@WebServlet("/idp/ext/Logout")
public class LogoutEndpoint extends HttpServlet {

    @Inject
    EmulatorSettings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var client = settings.client(request.getParameter("client_id"));
        if (client.isEmpty()) {
            Pages.error(response, request.getContextPath(), EsiaError.unknownClient());
            return;
        }
        String redirectUrl = request.getParameter("redirect_url");
        if (!client.get().allowsLogoutRedirect(redirectUrl)) {
            Pages.error(response, request.getContextPath(), EsiaError.unregisteredRedirect());
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(redirectUrl);
    }
}
