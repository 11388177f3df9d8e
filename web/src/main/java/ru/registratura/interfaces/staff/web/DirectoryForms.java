package ru.registratura.interfaces.staff.web;

import ru.registratura.domain.card.FieldError;
import ru.registratura.domain.card.InvalidCardException;
import ru.registratura.interfaces.shared.web.PageMessages;

/** What the workspace's admin forms share: a refused form's errors next to their fields. */
final class DirectoryForms {

    private DirectoryForms() {
    }

    static void errors(String form, InvalidCardException e) {
        for (FieldError error : e.errors()) {
            PageMessages.error(form + ":" + error.field(), error.key(), error.arguments().toArray());
        }
    }

    /** Null for an empty choice of a select, else the enum's value. */
    static <E extends Enum<E>> E choice(Class<E> type, String value) {
        return value == null || value.isEmpty() ? null : Enum.valueOf(type, value);
    }
}
