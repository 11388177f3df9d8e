package ru.registratura.application;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import ru.registratura.domain.notification.MessageKind;
import ru.registratura.domain.notification.MessageRepository;
import ru.registratura.domain.notification.PatientMessage;

/** The cabinet's «Сообщения» and «Уведомления»: reading a box marks its messages read. */
@Stateless
public class MessageService {

    /** How many of the latest messages a box shows. */
    public static final int SHOWN = 100;

    @Inject
    MessageRepository messages;

    @Inject
    Clock clock;

    /** The box's latest messages as they were before this reading (unread ones still marked), then marks them read. */
    public List<PatientMessage> read(long accountId, MessageKind kind) {
        List<PatientMessage> latest = messages.latest(accountId, kind, SHOWN);
        messages.markRead(accountId, kind, clock.instant());
        return latest;
    }

    /** The unread counts of both boxes, in one query (the cabinet's tabs show them on every page). */
    public Map<MessageKind, Long> unread(long accountId) {
        return messages.unread(accountId);
    }
}
