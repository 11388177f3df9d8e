package ru.registratura.interfaces.cabinet.web;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ru.registratura.application.MessageService;
import ru.registratura.domain.notification.MessageKind;

/**
 * «Отметить прочитанными» of a box ({@code POST /cabinet/mailbox-read}, {@code kind} = MESSAGE or NOTIFICATION):
 * marks the signed-in patient's messages of that box read and shows the box again. A POST, like the person
 * switch: showing a box changes nothing, and the session cookie (SameSite=Lax) keeps another site from posting
 * it. Any other kind is a 400 and changes nothing.
 */
@WebServlet("/cabinet/mailbox-read")
public class MailboxReadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CabinetSession cabinet;

    @Inject
    MessageService messages;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        MessageKind kind;
        try {
            kind = MessageKind.valueOf(String.valueOf(request.getParameter("kind")));
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        messages.markRead(cabinet.accountId(), kind);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + box(kind));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/cabinet/messages.xhtml");
    }

    private static String box(MessageKind kind) {
        return kind == MessageKind.NOTIFICATION ? "/cabinet/notifications.xhtml" : "/cabinet/messages.xhtml";
    }
}
