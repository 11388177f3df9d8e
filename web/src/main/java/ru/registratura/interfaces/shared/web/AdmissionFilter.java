package ru.registratura.interfaces.shared.web;

import java.io.IOException;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ru.registratura.infrastructure.monitoring.PortalMetrics;

/**
 * A servlet filter in front of an {@link Admission} gate: a request that gets in runs, any other is refused by
 * the subclass's answer at once (the booking pages' «try again» page, the API's 503 problem). Every thousandth
 * refusal is logged, so that a rush shows in the log without flooding it.
 */
public abstract class AdmissionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private transient Admission admission;

    @Inject
    transient PortalMetrics metrics;

    /** The gate, made once when the filter starts, from the subclass's settings. */
    protected abstract Admission newAdmission();

    /** What the refused requests are, for the log: «Booking pages», «Booking API». */
    protected abstract String what();

    /** The gate's name in the metrics: {@code pages}, {@code api}. */
    protected abstract String gate();

    /** Answers a request that was not admitted; nothing has been done for it. */
    protected abstract void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        admission = newAdmission();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!admission.enter()) {
            long count = admission.refused();
            if (metrics != null) { // none when the filter is made outside a container (its unit tests)
                metrics.refused(gate());
            }
            if (count % 1000 == 1) {
                Logger.getLogger(getClass().getName()).warning(what() + " at capacity (" + admission.maxConcurrent()
                        + " at once, " + admission.maxWaiting() + " waiting): " + count + " refused so far");
            }
            refuse(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            admission.leave();
        }
    }
}
