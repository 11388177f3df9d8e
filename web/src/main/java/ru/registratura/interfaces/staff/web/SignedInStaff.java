package ru.registratura.interfaces.staff.web;

import java.io.Serializable;
import java.time.Instant;

/**
 * The staff user a session belongs to, from the login until logout or 30 minutes idle. Only the id is
 * trusted: roles and institutions are read afresh on every request, so that an admin's change applies at once.
 */
public record SignedInStaff(long userId, String fullName, Instant signedInAt) implements Serializable {

    /** The session attribute. */
    public static final String SESSION_KEY = "registratura.staff";
}
