package ru.registratura.interfaces.cabinet.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.List;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import ru.registratura.domain.card.FieldError;

/** What the cabinet's backing beans share: messages from the bundle, field errors, 404 and flash messages. */
final class CabinetPages {

    private CabinetPages() {
    }

    static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        String pattern = context.getApplication().getResourceBundle(context, "msg").getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, context.getViewRoot().getLocale())
                .format(arguments);
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
        String message = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
    }

    /** A message shown on the page the action redirects to. */
    static void flash(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        String message = text(key, arguments);
        context.getExternalContext().getFlash().setKeepMessages(true);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, message));
    }

    /** The card is not in this card file: the same 404 whether it does not exist or is another account's. */
    static void notFound() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            context.getExternalContext().responseSendError(404, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    static void redirect(String path) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            context.getExternalContext().redirect(context.getExternalContext().getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
