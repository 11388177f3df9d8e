package ru.registratura.interfaces.shared.web;

import java.io.IOException;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A small «try again» page written straight to the response, without JSF, the layout or the database: for the
 * moments when those are what is short (a rush past capacity, the database away). HTTP 503 with
 * {@code Retry-After}; a GET page reloads itself after a few seconds, each at a moment of its own so that the crowd
 * does not come back in step. Its texts come from the portal's bundle under {@code <key>.title}, {@code .text},
 * {@code .retry} and {@code .reload}.
 */
public final class PlainPage {

    private static final String BUNDLE = "ru.registratura.interfaces.i18n.messages";

    private PlainPage() {
    }

    /**
     * Answers 503 with the page of the texts {@code key.*}; «try again» leads to {@code again} (null: the page asked
     * for, when it was a GET).
     */
    public static void tryAgain(HttpServletRequest request, HttpServletResponse response, Locale locale, String key,
                                int retryAfterSeconds, String again) throws IOException {
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale);
        boolean get = request.getMethod().equals("GET");
        String retry = again != null ? again
                : request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        String reload = get ? "<meta http-equiv=\"refresh\" content=\""
                + ThreadLocalRandom.current().nextInt(retryAfterSeconds, retryAfterSeconds + 6) + "\">" : "";
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(retryAfterSeconds));
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().print("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" + reload
                + "<title>" + escape(texts.getString(key + ".title")) + "</title>"
                + "<link rel=\"stylesheet\" href=\"" + request.getContextPath()
                + "/jakarta.faces.resource/css/portal.css.xhtml\"></head><body><main class=\"portal-main\">"
                + "<h1 class=\"portal-heading\" id=\"busyHeading\">" + escape(texts.getString(key + ".title"))
                + "</h1><p id=\"busyText\">" + escape(texts.getString(key + ".text")) + "</p>"
                + (get ? "<p class=\"muted\" id=\"busyReload\">" + escape(texts.getString(key + ".reload")) + "</p>" : "")
                + "<p><a class=\"portal-button\" id=\"busyRetry\" href=\"" + escape(retry) + "\">"
                + escape(texts.getString(key + ".retry")) + "</a></p></main></body></html>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
