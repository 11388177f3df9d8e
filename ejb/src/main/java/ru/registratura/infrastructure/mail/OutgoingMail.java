package ru.registratura.infrastructure.mail;

import java.io.Serializable;
import java.util.List;

/**
 * Mails a transaction wants sent once it has committed: fire it as a CDI event and {@link MailDispatch} sends
 * them after the commit, in the background, so that a rolled-back change sends nothing and a slow SMTP server
 * holds up no transaction.
 */
public record OutgoingMail(List<Mail> mails) implements Serializable {

    public OutgoingMail {
        mails = List.copyOf(mails);
    }

    /**
     * One plain-text mail, with the appointment's calendar file attached where {@code calendar} is not null (an
     * iCalendar text); {@code reference} names it in the log (an appointment id: never the address).
     */
    public record Mail(String to, String subject, String text, String calendar, String reference) implements Serializable {
    }
}
