package ru.registratura.application;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import ru.registratura.domain.notification.MessageKind;
import ru.registratura.domain.notification.MessageRepository;
import ru.registratura.domain.notification.PatientMessage;

/**
 * The cabinet's «Сообщения» and «Уведомления»: a box's latest messages, and «Отметить прочитанными» (a POST of
 * its own: showing a box changes nothing, so a GET stays safe to repeat, prefetch or follow from elsewhere).
 */
@Stateless
public class MessageService {

    /** How many of the latest messages a box shows. */
    public static final int SHOWN = 100;

    @Inject
    MessageRepository messages;

    @Inject
    Clock clock;

    /** The box's latest messages, the unread ones marked as such. A read: no transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<PatientMessage> latest(long accountId, MessageKind kind) {
        return messages.latest(accountId, kind, SHOWN);
    }

    /** Marks every message of the box read. */
    public void markRead(long accountId, MessageKind kind) {
        messages.markRead(accountId, kind, clock.instant());
    }

    /**
     * The unread counts of both boxes, in one query (the cabinet's tabs show them on every page). A read: no
     * transaction of its own, so no COMMIT per page.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<MessageKind, Long> unread(long accountId) {
        return messages.unread(accountId);
    }
}
