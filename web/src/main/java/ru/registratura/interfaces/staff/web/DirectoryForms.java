package ru.registratura.interfaces.staff.web;

import ru.registratura.application.StaffAccessDeniedException;
import ru.registratura.domain.card.FieldError;
import ru.registratura.domain.card.InvalidCardException;
import ru.registratura.interfaces.shared.web.PageMessages;

/** What the workspace's admin forms share: a refused form's errors next to their fields. */
final class DirectoryForms {

    private DirectoryForms() {
    }

    /**
     * Runs an admin form's save: true when it saved; false when it was refused, with each refused field's message
     * next to its field, or the page's message for a user who is not an admin.
     */
    static boolean saved(String form, Runnable save) {
        try {
            save.run();
            return true;
        } catch (InvalidCardException e) {
            errors(form, e);
        } catch (StaffAccessDeniedException e) {
            PageMessages.error(null, "staff.forbidden.admin");
        }
        return false;
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
