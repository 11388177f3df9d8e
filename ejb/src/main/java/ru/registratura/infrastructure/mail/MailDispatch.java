package ru.registratura.infrastructure.mail;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/** Hands the {@link OutgoingMail} of a committed transaction to {@link MailSender}, which sends it in the background. */
@ApplicationScoped
public class MailDispatch {

    @EJB
    MailSender sender;

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutgoingMail outgoing) {
        sender.sendLater(outgoing);
    }
}
