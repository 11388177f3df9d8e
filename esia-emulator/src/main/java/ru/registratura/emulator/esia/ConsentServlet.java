package ru.registratura.emulator.esia;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/** {@code POST /consent}: «Отказать» sends {@code error=access_denied} back; «Предоставить» remembers the consent. */
@WebServlet("/consent")
public class ConsentServlet extends HttpServlet {

    @Inject
    Consents consents;

    @Inject
    Flow flow;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        AuthorizationRequest pending = session == null ? null : (AuthorizationRequest) session.getAttribute(Flow.PENDING);
        Long oid = session == null ? null : (Long) session.getAttribute(Flow.OID);
        if (pending == null || oid == null) {
            flow.continueWith(request, response);
            return;
        }
        if ("grant".equals(request.getParameter("decision"))) {
            consents.grant(pending.clientId(), oid, pending.scopes());
            flow.continueWith(request, response);
        } else {
            session.removeAttribute(Flow.PENDING);
            Flow.redirectError(response, pending.redirectUri(), EsiaError.accessDenied(), pending.state());
        }
    }
}
