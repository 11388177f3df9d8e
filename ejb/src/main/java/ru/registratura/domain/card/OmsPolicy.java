package ru.registratura.domain.card;

import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An OMS policy: the 16-digit unified number (ЕНП, series empty) whose last digit is the Luhn check digit
 * of the first 15, or an old-format policy of a series and a number, which have no checksum
 * (docs/esia-protocol.md section 8). {@link #parse} validates a patient's input; the canonical constructor takes
 * ESIA's and the register's data as they come.
 */
public record OmsPolicy(String series, String number) implements Serializable {

    private static final Pattern UNIFIED = Pattern.compile("\\d{16}");
    private static final Pattern OLD_SERIES = Pattern.compile("[0-9A-Za-zА-Яа-яЁё][0-9A-Za-zА-Яа-яЁё -]{0,11}");
    private static final Pattern OLD_NUMBER = Pattern.compile("\\d{6,12}");

    public OmsPolicy {
        series = series == null || series.isBlank() ? null : series.trim();
        number = number == null || number.isBlank() ? null : number.trim();
    }

    /**
     * A policy a patient entered: the number alone for a unified policy, or a series and a number. Refuses
     * with {@code policy.number.required}, {@code policy.unified.format}, {@code policy.unified.checksum},
     * {@code policy.series.format}, {@code policy.series.unified} or {@code policy.old.format}.
     */
    public static OmsPolicy parse(String series, String number) {
        String s = series == null ? "" : series.strip();
        String n = number == null ? "" : number.replace(" ", "").strip();
        if (n.isEmpty()) {
            throw new InvalidValueException("policy.number.required");
        }
        if (s.isEmpty()) {
            if (!UNIFIED.matcher(n).matches()) {
                throw new InvalidValueException("policy.unified.format");
            }
            if (n.charAt(15) - '0' != luhnCheckDigit(n.substring(0, 15))) {
                throw new InvalidValueException("policy.unified.checksum");
            }
            return new OmsPolicy(null, n);
        }
        if (UNIFIED.matcher(n).matches()) {
            throw new InvalidValueException("policy.series.unified");
        }
        if (!OLD_SERIES.matcher(s).matches()) {
            throw new InvalidValueException("policy.series.format");
        }
        if (!OLD_NUMBER.matcher(n).matches()) {
            throw new InvalidValueException("policy.old.format");
        }
        return new OmsPolicy(s.toUpperCase(Locale.ROOT), n);
    }

    /** The Luhn check digit of a string of digits (the ЕНП's first 15). */
    public static int luhnCheckDigit(String digits) {
        int sum = 0;
        boolean twice = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return (10 - sum % 10) % 10;
    }

    /** The policy of stored columns, or null when there is no number. */
    public static OmsPolicy ofColumns(String series, String number) {
        return number == null ? null : new OmsPolicy(series, number);
    }

    /** A unified policy (ЕНП): no series. */
    public boolean unified() {
        return series == null;
    }

    /** «ИРК 0045678912» or «3850100000123458». */
    @Override
    public String toString() {
        return series == null ? number : series + " " + number;
    }
}
