package ru.registratura.domain.notification;

import java.time.Instant;
import java.util.List;

public interface MessageRepository {

    void add(PatientMessage message);

    /** The latest messages of the box, newest first. */
    List<PatientMessage> latest(long accountId, MessageKind kind, int limit);

    long unread(long accountId, MessageKind kind);

    void markRead(long accountId, MessageKind kind, Instant now);
}
