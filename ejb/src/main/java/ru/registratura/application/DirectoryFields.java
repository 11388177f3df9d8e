package ru.registratura.application;

import java.util.List;

import ru.registratura.domain.card.FieldError;
import ru.registratura.domain.card.InvalidCardException;

/** The checks of the directory's forms: trimmed texts within their lengths, ages in years; refusals by field. */
final class DirectoryFields {

    private DirectoryFields() {
    }

    static void age(Integer age, String field, List<FieldError> errors) {
        if (age != null && (age < 0 || age > 120)) {
            errors.add(new FieldError(field, "directory.error.age.range"));
        }
    }

    static String text(String value, String field, int max, boolean required, List<FieldError> errors) {
        String v = value == null || value.isBlank() ? null : value.strip();
        if (v == null) {
            if (required) {
                errors.add(new FieldError(field, "directory.error.required"));
            }
            return null;
        }
        if (v.length() > max) {
            errors.add(new FieldError(field, "directory.error.tooLong", List.of(max)));
        }
        return v;
    }

    static void check(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidCardException(errors);
        }
    }
}
