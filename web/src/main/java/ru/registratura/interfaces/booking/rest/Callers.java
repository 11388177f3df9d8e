package ru.registratura.interfaces.booking.rest;

import java.time.Duration;
import java.time.Instant;
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

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import ru.registratura.application.ApiCaller;
import ru.registratura.application.RateWindows;
import ru.registratura.interfaces.shared.web.ClientAddressFilter;

/**
 * Every API call needs a valid token, checked here against the issuers the region registered ({@link ApiTokens},
 * {@link ApiIssuers}): 401 when none came or it is not valid (signature, issuer, audience, age, expiry), 403 when
 * its issuer may not give the groups it claims or its groups give no access to the API, and 429 (with {@code
 * Retry-After}) when its caller has made more calls this minute than the region allows. Resources take the
 * {@link ApiCaller} from {@link #caller()}.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class Callers implements ContainerRequestFilter {

    /** The request attribute that holds the verified caller for the resources. */
    private static final String CALLER = Callers.class.getName() + ".caller";

    /*
     * One instance for the application, not one per call: creating a request-scoped bean with a @Context field
     * made Jersey analyse the class by reflection on every call. The request is a proxy for the current one.
     */
    @Context
    HttpServletRequest request;

    private static final Logger LOG = Logger.getLogger(Callers.class.getName());

    /*
     * Settings read from MicroProfile Config here, not injected: the filter is Jersey's provider. The issuers are
     * read again while the server runs (a key rolled over needs no restart).
     */
    private final Config config = ConfigProvider.getConfig();

    /**
     * Calls one caller may make a minute on this server ({@code registratura.api.calls-per-caller-per-minute});
     * beyond them 429 {@code RATE_LIMITED}.
     */
    private final int callsPerMinute = config
            .getOptionalValue("registratura.api.calls-per-caller-per-minute", Integer.class).orElse(3000);

    private final String audience = config.getOptionalValue("registratura.api.audience", String.class)
            .orElse("registratura-api");

    /** A token older than this ({@code iat}) is refused even before its {@code exp}: a leaked token is good for little. */
    private final Duration maxAge = Duration.ofSeconds(config
            .getOptionalValue("registratura.api.token.max-age-seconds", Long.class).orElse(3600L));

    private final ApiIssuers issuers = new ApiIssuers(name -> config.getOptionalValue(name, String.class).orElse(null),
            Duration.ofSeconds(config.getOptionalValue("registratura.api.issuers.refresh-seconds", Long.class).orElse(10L)));

    /**
     * Tokens whose signature was checked lately (for this audience), so that a caller's next calls skip it: at most
     * 10,000 (some 10 MB), many more than the region's calling systems hold at a time.
     */
    private final VerifiedTokens tokens = new VerifiedTokens(10_000);

    private final RateWindows perCaller = new RateWindows(callsPerMinute, Duration.ofMinutes(1));

    @Override
    public void filter(ContainerRequestContext context) {
        String authorization = context.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            context.abortWith(unauthorized("A valid bearer token is required"));
            return;
        }
        Instant now = Instant.now();
        ApiTokens.Outcome outcome = tokens.verify(authorization.substring(7).trim(), issuers.current(now), audience,
                maxAge, now);
        if (outcome instanceof ApiTokens.Refused refused) {
            context.abortWith(refused.status() == 401 ? unauthorized(refused.detail())
                    : Problems.response(new Problem(refused.status(), "FORBIDDEN", "Forbidden", refused.detail())));
            return;
        }
        ApiTokens.Verified token = (ApiTokens.Verified) outcome;
        // The address and the caller through the request's properties (its attributes under the servlet
        // container): each call on the injected request is a lookup of the current one.
        Object address = context.getProperty(ClientAddressFilter.CLIENT_ADDRESS);
        ApiCaller caller = new ApiCaller(token.caller(), token.groups(),
                address != null ? (String) address : ClientAddressFilter.clientAddress(request));
        if (!caller.known()) {
            context.abortWith(Problems.response(new Problem(403, "FORBIDDEN", "Forbidden",
                    "The token's groups give no access to the booking API")));
            return;
        }
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
            return;
        }
        context.setProperty(CALLER, caller);
    }

    private static Response unauthorized(String detail) {
        Response problem = Problems.response(new Problem(401, "UNAUTHORIZED", "Unauthorized", detail));
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    /**
     * The caller of this request (its issuer's name and the token's subject, its groups, and where the call came
     * from), as this filter verified it before the resource was called.
     */
    public ApiCaller caller() {
        return (ApiCaller) request.getAttribute(CALLER);
    }
}
