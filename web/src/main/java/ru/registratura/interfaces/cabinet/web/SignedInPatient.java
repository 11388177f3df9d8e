package ru.registratura.interfaces.cabinet.web;

import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;

/**
 * The patient a session belongs to, kept in the HTTP session from the ESIA login until logout, the
 * session's maximum age ({@code expiresAt}) or 30 minutes idle. {@code formToken} is a random value of this login
 * that a form without a view kept in the session posts back (the booking confirmation): a page of another site
 * cannot know it, as it cannot know a kept view's id.
 */
public record SignedInPatient(long accountId, String esiaOid, String lastName, String firstName, String middleName,
                              Instant signedInAt, Instant expiresAt, String formToken) implements Serializable {

    /** The session attribute. */
    public static final String SESSION_KEY = "registratura.patient";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new form token: 128 random bits, URL-safe Base64. */
    public static String newFormToken() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

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
