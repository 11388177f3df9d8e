package ru.registratura.interfaces.cabinet.web;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import ru.registratura.interfaces.shared.web.Admission;
import ru.registratura.interfaces.shared.web.AdmissionFilter;
import ru.registratura.interfaces.shared.web.LocaleSwitcher;
import ru.registratura.interfaces.shared.web.PlainPage;

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
        // A refused POST (the booking) goes back to the wizard: its form's view may be gone by then.
        PlainPage.tryAgain(request, response, locales.getLocale(), "booking.busy", RETRY_AFTER_SECONDS,
                request.getMethod().equals("GET") ? null : request.getContextPath() + "/cabinet/book.xhtml");
    }
}
