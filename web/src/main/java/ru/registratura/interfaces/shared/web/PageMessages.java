package ru.registratura.interfaces.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

/** Messages of the pages from the bundle, in the language the user chose, as Faces messages. */
public final class PageMessages {

    private static final String BUNDLE = "ru.registratura.interfaces.i18n.messages";

    private PageMessages() {
    }

    /**
     * The bundle's text in the language the user chose (LocaleSwitcher): not the view root's locale, which
     * before the view is built (in a view action) is still the browser's.
     */
    public static String text(String key, Object... arguments) {
        // The request itself, not CDI.current(): Payara makes a new CDI object, which looks for its bean manager
        // afresh, on every call (1 % of the page rush's CPU, bench/RESULTS.md).
        Locale locale = LocaleSwitcher.localeOf(
                (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
        String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** An error of the page (clientId null) or next to a field ({@code form:field}). */
    public static void error(String clientId, String key, Object... arguments) {
        String message = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
    }

    /** Answers the page with 404 and renders nothing more: what the user may not see does not exist for them. */
    public static void notFound() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            context.getExternalContext().responseSendError(404, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    /** A notice of the page (not an error): what an action did, on the page it stays on. */
    public static void info(String key, Object... arguments) {
        String message = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, message, message));
    }

    /** A message shown on the page the action redirects to. */
    public static void flash(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        String message = text(key, arguments);
        context.getExternalContext().getFlash().setKeepMessages(true);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, message));
    }
}
