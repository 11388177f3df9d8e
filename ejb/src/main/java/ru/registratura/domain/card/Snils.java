package ru.registratura.domain.card;

import java.io.Serializable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A SNILS, {@code XXX-XXX-XXX YY}: nine digits and a check number (docs/esia-protocol.md section 8). Numbers up to
 * {@code 001-001-998} were issued without a meaningful check number and are taken as they are; ESIA's
 * test data uses them. Eleven digits without separators are accepted and shown in the usual form.
 */
public final class Snils implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Pattern FORMATTED = Pattern.compile("(\\d{3})-(\\d{3})-(\\d{3}) (\\d{2})");
    private static final Pattern DIGITS = Pattern.compile("(\\d{3})(\\d{3})(\\d{3})(\\d{2})");
    /** The highest number whose check number is not checked: 001-001-998. */
    private static final int LAST_UNCHECKED = 1_001_998;

    private final String value;

    private Snils(String value) {
        this.value = value;
    }

    /** The SNILS, or {@link InvalidValueException} {@code snils.format} / {@code snils.checksum}. */
    public static Snils parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        Matcher m = FORMATTED.matcher(trimmed);
        if (!m.matches()) {
            m = DIGITS.matcher(trimmed);
            if (!m.matches()) {
                throw new InvalidValueException("snils.format");
            }
        }
        String digits = m.group(1) + m.group(2) + m.group(3);
        int check = Integer.parseInt(m.group(4));
        if (Integer.parseInt(digits) > LAST_UNCHECKED && check != checkNumber(digits)) {
            throw new InvalidValueException("snils.checksum");
        }
        return new Snils(m.group(1) + "-" + m.group(2) + "-" + m.group(3) + " " + m.group(4));
    }

    /**
     * The SNILS, or null when the text is empty or not a SNILS: for values that were checked where they came in or
     * are ESIA's own (the database's, ESIA's person data), where a value that is not a SNILS is as good as none.
     */
    public static Snils ifValid(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parse(text);
        } catch (InvalidValueException e) {
            return null;
        }
    }

    /** The check number of nine digits: Σ digit × (9..1); below 100 as is, 100 and 101 give 0, else mod 101. */
    public static int checkNumber(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nineDigits.charAt(i) - '0') * (9 - i);
        }
        if (sum < 100) {
            return sum;
        }
        if (sum <= 101) {
            return 0;
        }
        int rest = sum % 101;
        return rest == 100 ? 0 : rest;
    }

    /** {@code XXX-XXX-XXX YY}. */
    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Snils other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
