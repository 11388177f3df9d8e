package ru.registratura.interfaces.shared.web;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page that failed because the database is away (restarting, failing over to its replica; see
 * {@link DatabaseOutage}) answers 503 with {@code Retry-After} and a small page «Сервис временно недоступен… повторите
 * через минуту» that reloads itself, instead of the error page with a reference number that asks the patient to
 * report it: nothing is wrong with the request, and nothing was done for it. The API's calls are answered by its
 * own problem ({@code DATABASE_UNAVAILABLE}) before they get here. Logged once per hundred such answers, without
 * the request's address or parameters.
 */
public class DatabaseOutageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(DatabaseOutageFilter.class.getName());
    private static final AtomicLong ANSWERED = new AtomicLong();

    @Inject
    transient LocaleSwitcher locales;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!DatabaseOutage.causes(e) || response.isCommitted()) {
                throw e;
            }
            long count = ANSWERED.incrementAndGet();
            if (count % 100 == 1) {
                LOG.warning("The database is away: pages answered with 503 and Retry-After (" + count + " so far)");
            }
            // What the page had written is dropped; the headers stay (the security headers set before it ran).
            response.resetBuffer();
            PlainPage.tryAgain(request, response, locales.getLocale(), "error.unavailable",
                    DatabaseOutage.RETRY_AFTER_SECONDS, null);
        }
    }
}
