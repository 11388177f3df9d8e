package ru.registratura.interfaces.cabinet.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.enterprise.inject.spi.CDI;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import ru.registratura.domain.card.FieldError;
import ru.registratura.interfaces.shared.web.LocaleSwitcher;

/** What the cabinet's backing beans share: messages from the bundle, field errors, 404 and flash messages. */
final class CabinetPages {

    private static final String BUNDLE = "ru.registratura.interfaces.i18n.messages";

    private CabinetPages() {
    }

    /**
     * The bundle's text in the language the patient chose (LocaleSwitcher): not the view root's locale, which
     * before the view is built (in a view action) is still the browser's.
     */
    static String text(String key, Object... arguments) {
        Locale locale = CDI.current().select(LocaleSwitcher.class).get().getLocale();
        String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
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
}
