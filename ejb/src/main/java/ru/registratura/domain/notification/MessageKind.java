package ru.registratura.domain.notification;

/** The two boxes of the cabinet. */
public enum MessageKind {
    /** «Сообщения»: confirmations of what the patient did. */
    MESSAGE,
    /** «Уведомления»: what the portal found out or reminds of. */
    NOTIFICATION
}
