package ru.registratura.application;

import jakarta.ejb.ApplicationException;

/** No such appointment of this account: it does not exist or belongs to another account (told apart only in the audit). */
@ApplicationException(rollback = false)
public class AppointmentNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AppointmentNotFoundException(long appointmentId) {
        super("No appointment " + appointmentId + " of this account");
    }
}
