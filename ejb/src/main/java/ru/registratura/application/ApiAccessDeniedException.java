package ru.registratura.application;

import jakarta.ejb.ApplicationException;

/**
 * An API caller asked for what its groups do not allow, or for a patient it has not looked up: 403. Thrown
 * before anything changes, so that the refusal's audit line is committed.
 */
@ApplicationException(rollback = false)
public class ApiAccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ApiAccessDeniedException(String what) {
        super(what);
    }
}
