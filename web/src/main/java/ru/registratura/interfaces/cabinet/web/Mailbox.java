package ru.registratura.interfaces.cabinet.web;

import java.time.LocalDateTime;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.registratura.application.MessageService;
import ru.registratura.domain.notification.MessageKind;
import ru.registratura.domain.notification.PatientMessage;
import ru.registratura.infrastructure.config.RegionSettings;

/** «Сообщения» and «Уведомления»: the unread counts on the cabinet's tabs, and a box's messages. */
@Named
@RequestScoped
public class Mailbox {

    @Inject
    CabinetSession cabinet;

    @Inject
    MessageService messages;

    @Inject
    RegionSettings region;

    private List<PatientMessage> shown = List.of();

    /** The page's view action: the box's latest messages; reading marks them read. */
    public void open(String kind) {
        shown = messages.read(cabinet.accountId(), MessageKind.valueOf(kind));
    }

    public List<PatientMessage> getShown() {
        return shown;
    }

    public long unread(String kind) {
        return messages.unread(cabinet.accountId(), MessageKind.valueOf(kind));
    }

    /** The message in the reader's language. */
    public String text(PatientMessage message) {
        return CabinetPages.text("message." + message.getTopic(), message.getTextArguments());
    }

    public LocalDateTime local(PatientMessage message) {
        return LocalDateTime.ofInstant(message.getCreatedAt(), region.zone());
    }
}
