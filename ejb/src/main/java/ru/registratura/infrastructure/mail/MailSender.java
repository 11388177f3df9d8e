package ru.registratura.infrastructure.mail;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Sends mails each on its own: one refused address does not stop the others. A mail that fails is logged by
 * its reference only (never the address or the text) and not retried; the patient has the same text in the
 * cabinet's «Сообщения».
 */
@Stateless
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    @Inject
    Mailer mailer;

    @Asynchronous
    public void sendLater(OutgoingMail outgoing) {
        for (OutgoingMail.Mail mail : outgoing.mails()) {
            try {
                mailer.send(mail.to(), mail.subject(), mail.text(), mail.calendar());
            } catch (Mailer.MailException e) {
                LOG.log(Level.WARNING, "Mail " + mail.reference() + " was not sent: "
                        + e.getCause().getClass().getSimpleName());
            }
        }
    }
}
