package ru.registratura.interfaces.cabinet.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import ru.registratura.interfaces.shared.web.Admission;
import ru.registratura.interfaces.shared.web.AdmissionFilter;
import ru.registratura.interfaces.shared.web.LocaleSwitcher;

/**
 * Admission control for the booking pages in a rush: at most {@code registratura.booking.max-concurrent}
 * requests of the booking wizard and its confirmation run at once on this server, and at most
 * {@code registratura.booking.max-waiting} more wait for their turn, each for at most
 * {@code registratura.booking.queue-wait-ms}. Any other gets at once a small page «Слишком много желающих…
 * попробуйте ещё раз» (HTTP 503 with Retry-After; a GET page reloads itself after a few seconds, each at a
 * moment of its own so that the crowd does not come back in step) instead of a timeout. The page is written
 * here, without the database or the layout, so that it stays cheap when the server is saturated. Nothing
 * has been done for a refused request, so trying again is always safe. Bounding the waiting requests bounds
 * the request threads they hold: the rest of the portal keeps its threads in a rush (see the HTTP thread
 * pool in server-config/domain.asadmin).
 */
public class BookingAdmissionFilter extends AdmissionFilter {

    private static final long serialVersionUID = 1L;

    private static final String BUNDLE = "ru.registratura.interfaces.i18n.messages";
    private static final int RETRY_AFTER_SECONDS = 3;

    @Inject
    @ConfigProperty(name = "registratura.booking.max-concurrent", defaultValue = "24")
    int maxConcurrent;

    @Inject
    @ConfigProperty(name = "registratura.booking.max-waiting", defaultValue = "48")
    int maxWaiting;

    @Inject
    @ConfigProperty(name = "registratura.booking.queue-wait-ms", defaultValue = "300")
    long queueWaitMillis;

    @Inject
    LocaleSwitcher locales;

    @Override
    protected Admission newAdmission() {
        return new Admission(maxConcurrent, maxWaiting, queueWaitMillis);
    }

    @Override
    protected String what() {
        return "Booking pages";
    }

    @Override
    protected String gate() {
        return "pages";
    }

    @Override
    protected void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locales.getLocale();
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale);
        boolean get = request.getMethod().equals("GET");
        String again = get
                ? request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString())
                : request.getContextPath() + "/cabinet/book.xhtml";
        // A GET is reloaded by the browser itself, after 3 to 8 seconds: spread, so the crowd does not return at once.
        String reload = get ? "<meta http-equiv=\"refresh\" content=\""
                + ThreadLocalRandom.current().nextInt(RETRY_AFTER_SECONDS, RETRY_AFTER_SECONDS + 6) + "\">" : "";
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        response.setContentType("text/html;charset=UTF-8");
        PrintWriter out = response.getWriter();
        out.print("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" + reload
                + "<title>" + escape(texts.getString("booking.busy.title")) + "</title>"
                + "<link rel=\"stylesheet\" href=\"" + request.getContextPath()
                + "/jakarta.faces.resource/css/portal.css.xhtml\"></head><body><main class=\"portal-main\">"
                + "<h1 class=\"portal-heading\" id=\"busyHeading\">" + escape(texts.getString("booking.busy.title"))
                + "</h1><p id=\"busyText\">" + escape(texts.getString("booking.busy.text")) + "</p>"
                + (get ? "<p class=\"muted\" id=\"busyReload\">" + escape(texts.getString("booking.busy.reload")) + "</p>" : "")
                + "<p><a class=\"portal-button\" id=\"busyRetry\" href=\"" + escape(again) + "\">"
                + escape(texts.getString("booking.busy.retry")) + "</a></p></main></body></html>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
