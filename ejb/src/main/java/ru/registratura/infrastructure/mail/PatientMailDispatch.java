package ru.registratura.infrastructure.mail;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import ru.registratura.application.PatientMailRequested;
import ru.registratura.application.PatientMails;

/** Hands a committed booking's or cancellation's mail to {@link PatientMails}, which reads and sends it in the background. */
@ApplicationScoped
public class PatientMailDispatch {

    @EJB
    PatientMails mails;

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) PatientMailRequested request) {
        mails.send(request);
    }
}
