package ru.registratura.domain.notification;

import java.time.Instant;
import java.util.List;
import java.util.Map;

public interface MessageRepository {

    void add(PatientMessage message);

    /** The latest messages of the box, newest first. */
    List<PatientMessage> latest(long accountId, MessageKind kind, int limit);

    /** The number of unread messages of each box that has any. */
    Map<MessageKind, Long> unread(long accountId);

    void markRead(long accountId, MessageKind kind, Instant now);
}
