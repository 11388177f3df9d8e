package ru.registratura.interfaces.cabinet.web;

import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;

/**
 * The patient a session belongs to, kept in the HTTP session from the ESIA login until logout, the
 * session's maximum age ({@code expiresAt}) or 30 minutes idle.
 */
public record SignedInPatient(long accountId, String esiaOid, String lastName, String firstName, String middleName,
                              Instant signedInAt, Instant expiresAt) implements Serializable {

    /** The session attribute. */
    public static final String SESSION_KEY = "registratura.patient";

    public boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** «ИВАНОВА М.»: the surname in capitals and the first name's initial, as the header shows it. */
    public String shortName() {
        StringBuilder name = new StringBuilder();
        if (lastName != null) {
            name.append(lastName.toUpperCase(new Locale("ru")));
        }
        if (firstName != null && !firstName.isEmpty()) {
            if (!name.isEmpty()) {
                name.append(' ');
            }
            name.append(Character.toUpperCase(firstName.charAt(0))).append('.');
        }
        return name.toString();
    }
}
