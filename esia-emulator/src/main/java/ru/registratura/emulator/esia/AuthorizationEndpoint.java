package ru.registratura.emulator.esia;

import java.io.IOException;
import java.time.Clock;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /aas/oauth2/v2/ac} (and the old v1 {@code /aas/oauth2/ac}): checks the request as strictly
 * as ESIA, then leads the browser through login and consent. An unknown client or an unregistered
 * {@code redirect_uri} get an error page (ESIA cannot trust the address); other errors go back to the
 * client's {@code redirect_uri}.
 */
@WebServlet({"/aas/oauth2/v2/ac", "/aas/oauth2/ac"})
public class AuthorizationEndpoint extends HttpServlet {

    @Inject
    EmulatorSettings settings;

    @Inject
    FaultModes faults;

    @Inject
    Flow flow;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        faults.delay();
        String contextPath = request.getContextPath();
        if (faults.maintenance()) {
            Pages.maintenance(response, contextPath);
            return;
        }
        boolean v1 = request.getServletPath().equals("/aas/oauth2/ac");
        var client = settings.client(request.getParameter("client_id"));
        if (client.isEmpty()) {
            Pages.error(response, contextPath, EsiaError.unknownClient());
            return;
        }
        String redirectUri = request.getParameter("redirect_uri");
        if (!client.get().allowsRedirect(redirectUri)) {
            Pages.error(response, contextPath, EsiaError.unregisteredRedirect());
            return;
        }
        String state = request.getParameter("state");
        EsiaError error = check(request, v1, client.get());
        if (error != null) {
            Flow.redirectError(response, redirectUri, error, state);
            return;
        }
        String accessType = request.getParameter("access_type");
        request.getSession(true).setAttribute(Flow.PENDING, new AuthorizationRequest(client.get().clientId(),
                Scopes.parse(request.getParameter("scope")), state, redirectUri, accessType == null ? "online" : accessType));
        flow.continueWith(request, response);
    }

    private EsiaError check(HttpServletRequest request, boolean v1, ClientRegistration client) {
        for (String name : v1
                ? new String[] {"client_secret", "scope", "response_type", "state", "timestamp"}
                : new String[] {"client_secret", "scope", "response_type", "state", "timestamp", "client_certificate_hash"}) {
            String value = request.getParameter(name);
            if (value == null || value.isBlank()) {
                return EsiaError.missingParameter(name);
            }
        }
        String state = request.getParameter("state");
        if (!RequestChecks.isUuid(state)) {
            return EsiaError.invalidParameter("state");
        }
        if (!"code".equals(request.getParameter("response_type"))) {
            return EsiaError.unsupportedResponseType();
        }
        String accessType = request.getParameter("access_type");
        if (accessType != null && !accessType.equals("online") && !accessType.equals("offline")) {
            return EsiaError.invalidParameter("access_type");
        }
        String scope = request.getParameter("scope");
        Set<String> scopes = Scopes.parse(scope);
        if (!scopes.contains("openid")) {
            return EsiaError.invalidScope(scope);
        }
        for (String s : scopes) {
            if (!Scopes.known(s)) {
                return EsiaError.invalidScope(s);
            }
        }
        String timestamp = request.getParameter("timestamp");
        if (!RequestChecks.timestampAcceptable(timestamp, Clock.systemUTC(), settings.timestampSkew())) {
            return EsiaError.wrongTime();
        }
        if (!v1 && !ClientSignatures.certificateHash(client.certificate(), settings.certificateHashAlgorithm())
                .equalsIgnoreCase(request.getParameter("client_certificate_hash"))) {
            return EsiaError.wrongCertificateHash();
        }
        String clientId = client.clientId();
        String signed = v1
                ? scope + timestamp + clientId + state
                : clientId + scope + timestamp + state + request.getParameter("redirect_uri");
        if (!ClientSignatures.verify(signed, request.getParameter("client_secret"), client.certificate())) {
            return EsiaError.wrongSecret();
        }
        return null;
    }
}
