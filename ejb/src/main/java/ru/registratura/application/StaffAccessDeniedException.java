package ru.registratura.application;

import jakarta.ejb.ApplicationException;

/** A staff user asked for what their role or institutions do not allow; nothing was shown or changed. */
@ApplicationException(rollback = true)
public class StaffAccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StaffAccessDeniedException(String what) {
        super(what);
    }
}
