package ru.registratura.interfaces.booking.rest;

import java.io.IOException;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import ru.registratura.interfaces.shared.web.Admission;

/**
 * Admission control for the booking API, like the booking pages': at most {@code registratura.api.max-concurrent}
 * calls run at once on this server and at most {@code registratura.api.max-waiting} more wait, each at most
 * {@code registratura.api.queue-wait-ms}; any other call is answered at once with 503 {@code SERVICE_BUSY}
 * (problem details, {@code Retry-After: 1}) instead of a queue of seconds. Nothing has been done for a refused
 * call, so the caller may always repeat it (a booking with the same Idempotency-Key too). The answer is written
 * here, without JSON-B or the database, so that it stays cheap when the server is saturated.
 */
public class ApiAdmissionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(ApiAdmissionFilter.class.getName());
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

    private transient Admission admission;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        admission = new Admission(maxConcurrent, maxWaiting, queueWaitMillis);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!admission.enter()) {
            busy(response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            admission.leave();
        }
    }

    private void busy(HttpServletResponse response) throws IOException {
        long count = admission.refused();
        if (count % 1000 == 1) {
            LOG.warning("Booking API at capacity (" + admission.maxConcurrent() + " at once, "
                    + admission.maxWaiting() + " waiting): " + count + " call(s) answered 503 so far");
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().print(BUSY);
    }
}
