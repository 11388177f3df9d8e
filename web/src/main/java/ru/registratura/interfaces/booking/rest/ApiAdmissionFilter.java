package ru.registratura.interfaces.booking.rest;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import ru.registratura.interfaces.shared.web.Admission;
import ru.registratura.interfaces.shared.web.AdmissionFilter;

/**
 * Admission control for the booking API, like the booking pages': at most {@code registratura.api.max-concurrent}
 * calls run at once on this server and at most {@code registratura.api.max-waiting} more wait, each at most
 * {@code registratura.api.queue-wait-ms}; any other call is answered at once with 503 {@code SERVICE_BUSY}
 * (problem details, {@code Retry-After: 1}) instead of a queue of seconds. Nothing has been done for a refused
 * call, so the caller may always repeat it (a booking with the same Idempotency-Key too). The answer is written
 * here, without JSON-B or the database, so that it stays cheap when the server is saturated.
 */
public class ApiAdmissionFilter extends AdmissionFilter {

    private static final long serialVersionUID = 1L;

    static final int RETRY_AFTER_SECONDS = 1;
    static final String BUSY = "{\"type\":\"https://registratura.ru/problems/service-busy\",\"title\":\"Service busy\","
            + "\"status\":503,\"detail\":\"Too many calls at once; nothing was done, try again after Retry-After "
            + "seconds\",\"code\":\"SERVICE_BUSY\"}";

    @Inject
    @ConfigProperty(name = "registratura.api.max-concurrent", defaultValue = "16")
    int maxConcurrent;

    @Inject
    @ConfigProperty(name = "registratura.api.max-waiting", defaultValue = "64")
    int maxWaiting;

    @Inject
    @ConfigProperty(name = "registratura.api.queue-wait-ms", defaultValue = "200")
    long queueWaitMillis;

    @Override
    protected Admission newAdmission() {
        return new Admission(maxConcurrent, maxWaiting, queueWaitMillis);
    }

    @Override
    protected String what() {
        return "Booking API";
    }

    @Override
    protected String gate() {
        return "api";
    }

    @Override
    protected void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().print(BUSY);
    }
}
