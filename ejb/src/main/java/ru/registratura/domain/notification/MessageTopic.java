package ru.registratura.domain.notification;

/** What a message is about; each topic belongs to one box and has a text {@code message.<TOPIC>} in the bundles. */
public enum MessageTopic {
    CARD_ADDED(MessageKind.MESSAGE),
    CARD_CHANGED(MessageKind.MESSAGE),
    CARD_DELETED(MessageKind.MESSAGE),
    APPOINTMENT_BOOKED(MessageKind.MESSAGE),
    APPOINTMENT_CANCELLED(MessageKind.MESSAGE),
    /** The appointment moved to another time (the arguments are the new time's), the same ticket. */
    APPOINTMENT_MOVED(MessageKind.MESSAGE),
    /** The institution cancelled the appointment (the last argument is the reason). */
    CANCELLED_BY_INSTITUTION(MessageKind.MESSAGE),
    ATTACHMENT_FOUND(MessageKind.NOTIFICATION),
    ATTACHMENT_NOT_FOUND(MessageKind.NOTIFICATION),
    ATTACHMENT_FAILED(MessageKind.NOTIFICATION),
    APPOINTMENT_REMINDER(MessageKind.NOTIFICATION),
    /** The waitlist holds an earlier time for the card (the last argument: until when it is held). */
    WAITLIST_OFFER(MessageKind.NOTIFICATION),
    /** A waitlist offer was not confirmed in time and went to the next patient; the request is closed. */
    WAITLIST_MISSED(MessageKind.NOTIFICATION);

    private final MessageKind kind;

    MessageTopic(MessageKind kind) {
        this.kind = kind;
    }

    public MessageKind kind() {
        return kind;
    }
}
