package ru.registratura.interfaces.cabinet.web;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ru.registratura.application.CardFileService;
import ru.registratura.domain.card.CardNotFoundException;

/**
 * The header's person switch ({@code POST /cabinet/acting-for}, {@code card} = a card id, or empty for the
 * patient): the portal then acts for that person on every page until switched back. A card of another
 * account is refused with 404 and changes nothing. A POST, like «Выйти»: the session cookie is
 * SameSite=Lax, so another site cannot switch a patient's person.
 */
@WebServlet("/cabinet/acting-for")
public class ActingForServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CabinetSession cabinet;

    @Inject
    CardFileService cards;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String card = request.getParameter("card");
        if (card == null || card.isBlank()) {
            cabinet.actFor(null);
        } else {
            long cardId;
            try {
                cardId = Long.parseLong(card.trim());
            } catch (NumberFormatException e) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
            try {
                cards.actFor(cabinet.actor(), cardId);
            } catch (CardNotFoundException e) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            cabinet.actFor(cardId);
        }
        response.sendRedirect(request.getContextPath() + "/cabinet/index.xhtml");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/cabinet/index.xhtml");
    }
}
