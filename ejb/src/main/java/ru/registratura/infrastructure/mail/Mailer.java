package ru.registratura.infrastructure.mail;

import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/**
 * Sends plain-text mail through the domain's mail session {@code mail/registratura} (created by
 * {@code server-config/mail.sh}: SMTP host, port, sender). A domain without that resource sends no mail and
 * says so once in the log; the portal works on without it. Addresses and texts never go to the log.
 */
@ApplicationScoped
public class Mailer {

    public static final String RESOURCE = "mail/registratura";

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    private volatile boolean missingLogged;

    /**
     * Sends the mail; returns whether it went to the SMTP server.
     *
     * @throws MailException when the server refused it or could not be reached
     */
    public boolean send(String to, String subject, String text) {
        return send(to, subject, text, null);
    }

    /**
     * Sends the mail with the appointment's calendar file (an iCalendar text, its METHOD in the part's type so that
     * mail clients offer to add or remove the event) attached where {@code calendar} is not null.
     *
     * @throws MailException when the server refused it or could not be reached
     */
    public boolean send(String to, String subject, String text, String calendar) {
        Session session = session();
        if (session == null) {
            return false;
        }
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom();
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
            message.setSubject(subject, "UTF-8");
            if (calendar == null) {
                message.setText(text, "UTF-8");
            } else {
                MimeBodyPart body = new MimeBodyPart();
                body.setText(text, "UTF-8");
                MimeBodyPart event = new MimeBodyPart();
                String method = calendar.contains("METHOD:CANCEL") ? "CANCEL" : "PUBLISH";
                event.setContent(calendar, "text/calendar; charset=UTF-8; method=" + method);
                event.setFileName("appointment.ics");
                message.setContent(new MimeMultipart(body, event));
            }
            Transport.send(message);
            return true;
        } catch (MessagingException e) {
            throw new MailException(e);
        }
    }

    /** Whether this domain has the mail session, so that a mail is worth composing at all. */
    public boolean configured() {
        return session() != null;
    }

    private Session session() {
        try {
            return InitialContext.doLookup(RESOURCE);
        } catch (NamingException e) {
            if (!missingLogged) {
                missingLogged = true;
                LOG.log(Level.WARNING, "No mail session " + RESOURCE + " on this domain: no e-mail is sent "
                        + "(create it with server-config/mail.sh)");
            }
            return null;
        }
    }

    /** The SMTP server refused the mail or could not be reached. */
    public static class MailException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        MailException(MessagingException cause) {
            super("Mail not sent: " + cause.getClass().getSimpleName(), cause);
        }
    }
}
