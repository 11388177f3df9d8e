package ru.registratura.emulator.esia;

import java.io.IOException;
import java.util.Arrays;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /admin}: switches the fault modes at run time and withdraws consents. A page for people and a
 * form POST for tests ({@code maintenance=true|false}, {@code delayMillis=N}, {@code tokenFault=NAME},
 * {@code clearConsents=true}). It has no login: the emulator runs only on developers' and CI machines.
 */
@WebServlet("/admin")
public class AdminServlet extends HttpServlet {

    @Inject
    FaultModes faults;

    @Inject
    Consents consents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StringBuilder body = new StringBuilder("<h1>Эмулятор ЕСИА: режимы сбоев</h1>");
        body.append("<form method=\"post\"><label><input type=\"checkbox\" name=\"maintenance\" value=\"true\" id=\"maintenance\"")
                .append(faults.maintenance() ? " checked" : "").append("> Технические работы (страница входа и 503 на te)</label>")
                .append("<label for=\"delayMillis\">Задержка ответов, мс</label>")
                .append("<input type=\"number\" min=\"0\" max=\"120000\" id=\"delayMillis\" name=\"delayMillis\" value=\"")
                .append(faults.delayMillis()).append("\">")
                .append("<label for=\"tokenFault\">Точка получения маркера</label><select id=\"tokenFault\" name=\"tokenFault\">");
        for (FaultModes.TokenFault fault : FaultModes.TokenFault.values()) {
            body.append("<option value=\"").append(fault.name()).append('"')
                    .append(fault == faults.tokenFault() ? " selected" : "").append('>')
                    .append(Pages.esc(fault.title())).append("</option>");
        }
        body.append("</select><label><input type=\"checkbox\" name=\"clearConsents\" value=\"true\"> Отозвать все согласия</label>")
                .append("<button type=\"submit\" class=\"primary\" id=\"apply\">Применить</button></form>");
        Pages.write(response, HttpServletResponse.SC_OK, "Эмулятор ЕСИА: режимы", request.getContextPath(), body.toString());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long delay;
        FaultModes.TokenFault fault;
        try {
            String delayValue = request.getParameter("delayMillis");
            delay = delayValue == null || delayValue.isBlank() ? 0 : Long.parseLong(delayValue.trim());
            String faultValue = request.getParameter("tokenFault");
            fault = faultValue == null || faultValue.isBlank() ? FaultModes.TokenFault.NONE : FaultModes.TokenFault.valueOf(faultValue);
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "delayMillis must be a number and tokenFault one of "
                    + Arrays.toString(FaultModes.TokenFault.values()));
            return;
        }
        faults.set("true".equals(request.getParameter("maintenance")), delay, fault);
        if ("true".equals(request.getParameter("clearConsents"))) {
            consents.clear();
        }
        response.sendRedirect(request.getContextPath() + "/admin");
    }
}
