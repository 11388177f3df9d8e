package ru.registratura.interfaces.booking.rest;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.jwt.JsonWebToken;

import ru.registratura.application.ApiCaller;
import ru.registratura.application.RateWindows;
import ru.registratura.interfaces.shared.web.ClientAddressFilter;

/**
 * Every API call needs a valid token: MicroProfile JWT has checked the signature, issuer, audience and expiry
 * of one that came; this filter answers 401 when none came or it was refused (no caller then), or when it is not
 * valid yet ({@code nbf} in the future, which MP JWT leaves to the application), and 403 when its groups give no
 * access to the API, and 429 (with {@code Retry-After}) when its caller has made more calls this minute than the
 * region allows. Resources take the {@link ApiCaller} from {@link #caller()}.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class Callers implements ContainerRequestFilter {

    private static final long CLOCK_SKEW_SECONDS = 30;

    /*
     * One instance for the application, not one per call: creating a request-scoped bean with a @Context field
     * made Jersey analyse the class by reflection on every call. The request is a proxy for the current one.
     */
    @Context
    HttpServletRequest request;

    private static final Logger LOG = Logger.getLogger(Callers.class.getName());

    /**
     * Calls one caller (a token's subject) may make a minute on this server ({@code
     * registratura.api.calls-per-caller-per-minute}); beyond them 429 {@code RATE_LIMITED}. Read from MicroProfile
     * Config here, not injected: the filter is Jersey's provider.
     */
    private final int callsPerMinute = ConfigProvider.getConfig()
            .getOptionalValue("registratura.api.calls-per-caller-per-minute", Integer.class).orElse(3000);

    private final RateWindows perCaller = new RateWindows(callsPerMinute, Duration.ofMinutes(1));

    @Override
    public void filter(ContainerRequestContext context) {
        JsonWebToken token = token();
        if (token == null || token.getName() == null || token.getRawToken() == null) {
            context.abortWith(unauthorized("A valid bearer token is required"));
            return;
        }
        Long notBefore = token.getClaim("nbf") instanceof Number n ? n.longValue() : null;
        if (notBefore != null && Instant.ofEpochSecond(notBefore).isAfter(Instant.now().plusSeconds(CLOCK_SKEW_SECONDS))) {
            context.abortWith(unauthorized("The token is not valid yet"));
            return;
        }
        ApiCaller caller = caller();
        if (!caller.known()) {
            context.abortWith(Problems.response(new Problem(403, "FORBIDDEN", "Forbidden",
                    "The token's groups give no access to the booking API")));
            return;
        }
        Instant now = Instant.now();
        RateWindows.Answer answer = perCaller.hit(caller.subject(), now);
        if (answer != RateWindows.Answer.WITHIN) {
            if (answer == RateWindows.Answer.OVER_FIRST) {
                // The caller's name is a system's (a hub, a call centre), not a person's.
                LOG.warning("Booking API: caller " + caller.subject() + " is over " + callsPerMinute
                        + " calls a minute; refused with 429 until its minute is over");
            }
            Response problem = Problems.response(new Problem(429, "RATE_LIMITED", "Too Many Requests",
                    "More than " + callsPerMinute + " calls a minute; nothing was done, try again after Retry-After seconds"));
            context.abortWith(Response.fromResponse(problem)
                    .header("Retry-After", String.valueOf(perCaller.secondsLeft(caller.subject(), now))).build());
        }
    }


    /*
     * The token is the request's caller principal (Payara's MP JWT mechanism logs the caller in with it), read
     * from the request, not injected: the injectable JsonWebToken asks Jakarta Security's SecurityContext, which
     * probes for other servers' classes (JBoss, WebLogic) under the class loader's lock on every call, a convoy
     * that held the booking rush's threads for seconds (bench/RESULTS.md).
     */
    private JsonWebToken token() {
        return request.getUserPrincipal() instanceof JsonWebToken jwt ? jwt : null;
    }

    private static Response unauthorized(String detail) {
        Response problem = Problems.response(new Problem(401, "UNAUTHORIZED", "Unauthorized", detail));
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    /** The caller of this request: the token's subject and groups, and where the call came from. */
    public ApiCaller caller() {
        JsonWebToken token = token();
        Set<String> groups = token.getGroups() == null ? Set.of() : token.getGroups();
        String subject = token.getSubject() != null ? token.getSubject() : token.getName();
        return new ApiCaller(subject, groups, ClientAddressFilter.clientAddress(request));
    }
}
