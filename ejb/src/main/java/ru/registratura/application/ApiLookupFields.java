package ru.registratura.application;

import java.util.List;

import ru.registratura.domain.card.FieldError;
import ru.registratura.domain.card.FullName;
import ru.registratura.domain.card.InvalidCardException;
import ru.registratura.domain.card.InvalidValueException;
import ru.registratura.domain.card.OmsPolicy;

/**
 * How the API's patient lookup reads its fields: a policy with or without its series, names compared as the
 * register matches them, and each refusal collected by field so that the caller hears of all of them at once.
 */
final class ApiLookupFields {

    private ApiLookupFields() {
    }

    static boolean same(String a, String b) {
        return a != null && b != null && FullName.matchKey(a).equals(FullName.matchKey(b));
    }

    static OmsPolicy policyOf(String text) {
        String t = text.strip();
        int space = t.lastIndexOf(' ');
        return space > 0 && !t.replace(" ", "").matches("\\d{16}")
                ? OmsPolicy.parse(t.substring(0, space), t.substring(space + 1))
                : OmsPolicy.parse(null, t);
    }

    interface Parse<T> {
        T get();
    }

    static <T> T parse(Parse<T> parse, String field, List<FieldError> errors) {
        try {
            return parse.get();
        } catch (InvalidValueException e) {
            errors.add(new FieldError(field, "card.error." + e.key()));
            return null;
        }
    }

    static void check(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidCardException(errors);
        }
    }
}
