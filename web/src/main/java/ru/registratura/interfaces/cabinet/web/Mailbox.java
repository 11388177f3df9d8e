package ru.registratura.interfaces.cabinet.web;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.registratura.application.MessageService;
import ru.registratura.domain.notification.MessageKind;
import ru.registratura.domain.notification.PatientMessage;
import ru.registratura.interfaces.shared.web.Shared;

/** «Сообщения» and «Уведомления»: the unread counts on the cabinet's tabs, and a box's messages. */
@Named
@RequestScoped
public class Mailbox {

    @Inject
    CabinetSession cabinet;

    @Inject
    @Shared
    MessageService messages;

    private List<PatientMessage> shown = List.of();
    private Map<MessageKind, Long> unread;

    /** The page's view action: the box's latest messages (showing them marks nothing read; see {@link MailboxReadServlet}). */
    public void open(String kind) {
        shown = messages.latest(cabinet.accountId(), MessageKind.valueOf(kind));
    }

    public List<PatientMessage> getShown() {
        return shown;
    }

    /** The unread messages of the box; both boxes' counts are read once a request. */
    public long unread(String kind) {
        if (unread == null) {
            unread = messages.unread(cabinet.accountId());
        }
        return unread.getOrDefault(MessageKind.valueOf(kind), 0L);
    }

    /** The message in the reader's language. */
    public String text(PatientMessage message) {
        return CabinetPages.text("message." + message.getTopic(), message.getTextArguments());
    }
}
