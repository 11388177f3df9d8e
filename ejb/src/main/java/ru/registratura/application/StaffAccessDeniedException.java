package ru.registratura.application;

import jakarta.ejb.ApplicationException;

/**
 * A staff user asked for what their role or institutions do not allow; nothing was shown or changed. Thrown
 * before a service changes anything, so that the transaction commits the audit line of the refusal.
 */
@ApplicationException(rollback = false)
public class StaffAccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StaffAccessDeniedException(String what) {
        super(what);
    }
}
