package ru.registratura.application;

import jakarta.ejb.ApplicationException;

/** No such waitlist request of the actor's account (someone else's is not found either). */
@ApplicationException(rollback = false)
public class WaitRequestNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public WaitRequestNotFoundException(long id) {
        super("wait request " + id);
    }
}
