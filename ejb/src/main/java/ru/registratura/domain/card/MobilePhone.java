package ru.registratura.domain.card;

import java.io.Serializable;

/**
 * A Russian mobile number: country code 7 and a ten-digit number starting with 9. Typed as
 * {@code +7 (914) 100-00-01}, {@code 8 914 1000001}, ESIA's {@code +7(914)1000001} and the like; kept and
 * shown as {@code +7 (914) 100-00-01}.
 */
public final class MobilePhone implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String tenDigits;

    private MobilePhone(String tenDigits) {
        this.tenDigits = tenDigits;
    }

    /** The number, or {@link InvalidValueException} {@code phone.format}. */
    public static MobilePhone parse(String text) {
        String raw = text == null ? "" : text.strip();
        if (!raw.matches("\\+?[0-9 ()\\-]+")) {
            throw new InvalidValueException("phone.format");
        }
        boolean plus = raw.startsWith("+");
        String digits = raw.replaceAll("[^0-9]", "");
        String national;
        if (digits.length() == 11 && (digits.charAt(0) == '7' || !plus && digits.charAt(0) == '8')) {
            national = digits.substring(1);
        } else if (digits.length() == 10 && !plus) {
            national = digits;
        } else {
            throw new InvalidValueException("phone.format");
        }
        if (national.charAt(0) != '9') {
            throw new InvalidValueException("phone.format");
        }
        return new MobilePhone(national);
    }

    /** {@code +7 (914) 100-00-01}. */
    public String value() {
        return "+7 (" + tenDigits.substring(0, 3) + ") " + tenDigits.substring(3, 6) + "-" + tenDigits.substring(6, 8)
                + "-" + tenDigits.substring(8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MobilePhone other && tenDigits.equals(other.tenDigits);
    }

    @Override
    public int hashCode() {
        return tenDigits.hashCode();
    }

    @Override
    public String toString() {
        return value();
    }
}
