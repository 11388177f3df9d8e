package ru.registratura.domain.card;

import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A person's name: surname and first name required, the patronymic «обязательно при наличии» (given when
 * the person has one). Letters (Cyrillic or Latin), with hyphens, apostrophes and single spaces between
 * parts, up to 100 characters each.
 */
public record FullName(String lastName, String firstName, String middleName) implements Serializable {

    private static final Pattern PART = Pattern.compile("[A-Za-zА-Яа-яЁё]+(?:[ '’\\-][A-Za-zА-Яа-яЁё]+)*");
    private static final Pattern SPACES = Pattern.compile("\\s{2,}|[\\t\\n\\x0B\\f\\r]");
    private static final Locale RU = Locale.forLanguageTag("ru");

    public FullName {
        lastName = part(lastName, "name.last.required", "name.last.format");
        firstName = part(firstName, "name.first.required", "name.first.format");
        middleName = middleName == null || middleName.isBlank() ? null : part(middleName, null, "name.middle.format");
    }

    private static String part(String value, String requiredKey, String formatKey) {
        // A compiled pattern, and only when there is something to replace: the register import checks millions.
        String v = value == null ? "" : value.strip();
        if (SPACES.matcher(v).find()) {
            v = v.replaceAll("\\s+", " ");
        }
        if (v.isEmpty()) {
            throw new InvalidValueException(requiredKey);
        }
        if (v.length() > 100 || !PART.matcher(v).matches()) {
            throw new InvalidValueException(formatKey);
        }
        return Character.toUpperCase(v.charAt(0)) + v.substring(1);
    }

    /** «Иванов Артём Сергеевич». */
    public String full() {
        return middleName == null ? lastName + " " + firstName : lastName + " " + firstName + " " + middleName;
    }

    /** The same person's name regardless of case and of «ё» written as «е»: how registers are matched. */
    public static String matchKey(String part) {
        return part == null ? "" : part.strip().toUpperCase(RU).replace('Ё', 'Е');
    }

    @Override
    public String toString() {
        return full();
    }
}
