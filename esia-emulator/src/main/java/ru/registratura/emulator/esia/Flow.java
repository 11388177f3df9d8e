package ru.registratura.emulator.esia;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The steps after a valid authorization request: login (unless the browser already has an ESIA
 * session), consent (unless granted before for these scopes), then the code back to the client.
 */
@ApplicationScoped
public class Flow {

    static final String PENDING = "esia.pending";
    static final String OID = "esia.oid";
    static final String AUTH_TIME = "esia.authTime";

    @Inject
    Consents consents;

    @Inject
    AuthorizationCodes codes;

    @Inject
    TestPersons persons;

    /** Shows the login page, the consent page or redirects with a code, whichever is next. */
    void continueWith(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        AuthorizationRequest pending = session == null ? null : (AuthorizationRequest) session.getAttribute(PENDING);
        if (pending == null) {
            Pages.message(response, request.getContextPath(), "Сеанс устарел",
                    "Вернитесь в информационную систему, с которой вы пришли, и начните вход заново.");
            return;
        }
        Long oid = (Long) session.getAttribute(OID);
        if (oid == null) {
            Pages.login(response, request.getContextPath(), "", false, persons.all());
            return;
        }
        if (!consents.covers(pending.clientId(), oid, pending.scopes())) {
            Pages.consent(response, request.getContextPath(), pending.clientId(), pending.scopes());
            return;
        }
        session.removeAttribute(PENDING);
        String code = codes.issue(pending, oid, (Instant) session.getAttribute(AUTH_TIME));
        response.sendRedirect(redirect(pending.redirectUri(), "code", code, "state", pending.state()));
    }

    /** Sends the browser back to the client with an error, as ESIA does. */
    static void redirectError(HttpServletResponse response, String redirectUri, EsiaError error, String state)
            throws IOException {
        if (state == null) {
            response.sendRedirect(redirect(redirectUri, "error", error.error(), "error_description", error.description()));
        } else {
            response.sendRedirect(redirect(redirectUri, "error", error.error(), "error_description", error.description(),
                    "state", state));
        }
    }

    static String redirect(String base, String... pairs) {
        StringBuilder url = new StringBuilder(base);
        char separator = base.contains("?") ? '&' : '?';
        for (int i = 0; i < pairs.length; i += 2) {
            url.append(separator).append(pairs[i]).append('=').append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
            separator = '&';
        }
        return url.toString();
    }
}
