package ru.registratura.infrastructure.scheduling;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import ru.registratura.application.WaitlistNudge;

/** After a transaction that may have freed a slot commits, asks the waitlist's queue to run soon. */
@ApplicationScoped
public class WaitlistNudges {

    @EJB
    private WaitlistTimer timer;

    void nudged(@Observes(during = TransactionPhase.AFTER_SUCCESS) WaitlistNudge nudge) {
        timer.runSoon();
    }
}
