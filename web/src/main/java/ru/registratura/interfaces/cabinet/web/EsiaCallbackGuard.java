package ru.registratura.interfaces.cabinet.web;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ru.registratura.application.PatientLoginService;
import ru.registratura.application.RateWindows;
import ru.registratura.domain.audit.AuditOutcome;
import ru.registratura.infrastructure.esia.EsiaUnavailableException;
import ru.registratura.interfaces.shared.web.ClientAddressFilter;
import ru.registratura.interfaces.shared.web.ErrorReference;

/**
 * In front of pac4j's CallbackFilter on {@code /auth/esia/callback}: turns what can go wrong into pages
 * for the patient and lines in the audit trail. ESIA's «Отказать» ({@code error=access_denied}) leads to
 * the page about consent; ESIA in maintenance or not answering to «Сервис Госуслуг временно недоступен»;
 * any other error (a bad state, a token that fails its checks, an ESIA error code) to a page with a
 * reference number, the details only in the server log, without tokens or personal data. An address's failed
 * callbacks are recorded once in ten minutes, and its login requests limited ({@link EsiaRequestLimits}).
 */
public class EsiaCallbackGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(EsiaCallbackGuard.class.getName());

    @Inject
    PatientLoginService logins;

    @Inject
    EsiaRequestLimits limits;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String address = ClientAddressFilter.knownClient(request);
        if (request.getRequestURI().endsWith("/auth/esia/login")) {
            RateWindows.Answer answer = limits.login(address);
            if (answer != RateWindows.Answer.WITHIN) {
                if (answer == RateWindows.Answer.OVER_FIRST) {
                    LOG.warning("Too many ESIA logins from one address: refused for the rest of the minute");
                    logins.loginFailed(null, AuditOutcome.THROTTLED, ClientAddressFilter.clientAddress(request),
                            "too many logins from the address; further ones in the minute are not recorded");
                }
                response.sendRedirect(request.getContextPath() + "/login/too-many.xhtml");
                return;
            }
        }
        String error = request.getParameter("error");
        if (error != null && request.getRequestURI().endsWith("/auth/esia/callback")) {
            String code = esiaCode(request.getParameter("error_description"));
            if ("access_denied".equals(error)) {
                if (limits.recordRefusal(address)) {
                    logins.loginFailed(null, AuditOutcome.CONSENT_REFUSED, ClientAddressFilter.clientAddress(request), code);
                }
                response.sendRedirect(request.getContextPath() + "/login/refused.xhtml");
            } else {
                protocolError(request, response, "ESIA returned " + safe(error) + " " + code, null);
            }
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException | IOException e) {
            if (response.isCommitted()) {
                throw e;
            }
            if (causedBy(e, EsiaUnavailableException.class)) {
                LOG.warning("ESIA is unavailable at login: " + describe(e));
                // Not collapsed: ESIA's outage is the portal's to record, whoever logs in.
                logins.loginFailed(null, AuditOutcome.ESIA_UNAVAILABLE, ClientAddressFilter.clientAddress(request), null);
                response.sendRedirect(request.getContextPath() + "/login/unavailable.xhtml");
            } else {
                protocolError(request, response, describe(e), e);
            }
        }
    }

    /**
     * A failed callback: the error page with a reference number. The first of an address in its window is logged
     * and audited under that number; its repeats (a loop of forged callbacks) are answered alike but not written.
     */
    private void protocolError(HttpServletRequest request, HttpServletResponse response, String what, Throwable error)
            throws IOException {
        String reference = ErrorReference.newNumber();
        if (limits.recordFailure(ClientAddressFilter.knownClient(request))) {
            // The chain of exception messages, not the stack: pac4j and Nimbus messages name claims, not tokens.
            LOG.log(Level.WARNING, "Error reference " + reference + ": ESIA login failed: " + what
                    + " (further failures from the address are not recorded for a while)");
            logins.loginFailed(null, AuditOutcome.PROTOCOL_ERROR, ClientAddressFilter.clientAddress(request), "reference " + reference);
        }
        response.sendRedirect(request.getContextPath() + "/login/error.xhtml?ref=" + reference);
    }

    /** {@code ESIA-007015} of {@code ESIA-007015: The request time is wrong}; nothing else of ESIA's text. */
    static String esiaCode(String description) {
        if (description == null) {
            return "";
        }
        var matcher = Pattern.compile("ESIA-\\d{6}").matcher(description);
        return matcher.find() ? matcher.group() : "";
    }

    private static String safe(String value) {
        return value.replaceAll("[^A-Za-z0-9_\\-]", "?");
    }

    static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    static String describe(Throwable error) {
        StringBuilder text = new StringBuilder();
        int depth = 0;
        for (Throwable t = error; t != null && depth < 6; t = t.getCause(), depth++) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(t.getClass().getName()).append(": ").append(t.getMessage());
        }
        return text.toString();
    }
}
