package ru.registratura.interfaces.cabinet.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.registratura.application.MessageService;
import ru.registratura.domain.notification.MessageKind;
import ru.registratura.domain.notification.PatientMessage;
import ru.registratura.interfaces.shared.web.Shared;

/** «Сообщения» and «Уведомления»: a box's messages (the unread counts on the tabs: {@link UnreadCounts}). */
@Named
@RequestScoped
public class Mailbox {

    @Inject
    CabinetSession cabinet;

    @Inject
    @Shared
    MessageService messages;

    private List<PatientMessage> shown = List.of();

    /** The page's view action: the box's latest messages (showing them marks nothing read; see {@link MailboxReadServlet}). */
    public void open(String kind) {
        shown = messages.latest(cabinet.accountId(), MessageKind.valueOf(kind));
    }

    public List<PatientMessage> getShown() {
        return shown;
    }

    /** The message in the reader's language. */
    public String text(PatientMessage message) {
        return CabinetPages.text("message." + message.getTopic(), message.getTextArguments());
    }
}
