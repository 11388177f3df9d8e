package ru.registratura.emulator.esia;

import java.io.IOException;
import java.time.Instant;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/** {@code POST /login}: the login form («Телефон, почта или СНИЛС», «Пароль», «Войти»). */
@WebServlet("/login")
public class LoginServlet extends HttpServlet {

    @Inject
    TestPersons persons;

    @Inject
    FaultModes faults;

    @Inject
    Flow flow;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        faults.delay();
        if (faults.maintenance()) {
            Pages.maintenance(response, request.getContextPath());
            return;
        }
        HttpSession session = request.getSession(false);
        if (session == null || session.getAttribute(Flow.PENDING) == null) {
            flow.continueWith(request, response);
            return;
        }
        String login = request.getParameter("login");
        var person = persons.authenticate(login, request.getParameter("password"));
        if (person.isEmpty()) {
            Pages.login(response, request.getContextPath(), login, true, persons.all());
            return;
        }
        request.changeSessionId();
        JsonObject found = person.get();
        session.setAttribute(Flow.OID, found.getJsonNumber("oid").longValue());
        session.setAttribute(Flow.AUTH_TIME, Instant.now());
        flow.continueWith(request, response);
    }
}
