package ru.registratura.interfaces.cabinet.web;

import java.util.List;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import ru.registratura.domain.card.FieldError;
import ru.registratura.interfaces.shared.web.PageMessages;

/** What the cabinet's backing beans share: messages from the bundle, field errors, 404 and flash messages. */
final class CabinetPages {

    private CabinetPages() {
    }

    static String text(String key, Object... arguments) {
        return PageMessages.text(key, arguments);
    }

    /** Each refused field's message next to the field {@code form:field}. */
    static void fieldErrors(String form, List<FieldError> errors) {
        FacesContext context = FacesContext.getCurrentInstance();
        for (FieldError error : errors) {
            String message = text("card.error." + error.key(), error.arguments().toArray());
            context.addMessage(form + ":" + error.field(), new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        }
    }

    static void error(String key, Object... arguments) {
        PageMessages.error(null, key, arguments);
    }

    /** A message shown on the page the action redirects to. */
    static void flash(String key, Object... arguments) {
        PageMessages.flash(key, arguments);
    }

    /** A request parameter as an id: absent or empty is null; not a number throws NumberFormatException (a 404). */
    static Long id(String value) {
        return value == null || value.isEmpty() ? null : Long.valueOf(value);
    }

    /** The card is not in this card file: the same 404 whether it does not exist or is another account's. */
    static void notFound() {
        PageMessages.notFound();
    }
}
