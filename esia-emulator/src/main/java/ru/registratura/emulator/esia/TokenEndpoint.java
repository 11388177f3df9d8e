package ru.registratura.emulator.esia;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code POST /aas/oauth2/v3/te} (and the old v1 {@code /aas/oauth2/te}): exchanges a code for an access
 * token and an id token, after checking every parameter, the time, the certificate hash and the signed
 * {@code client_secret}. Codes are single-use. Errors are ESIA's JSON with status 400.
 */
@WebServlet({"/aas/oauth2/v3/te", "/aas/oauth2/te"})
public class TokenEndpoint extends HttpServlet {

    static final long LIFETIME_SECONDS = 3600;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    EmulatorSettings settings;

    @Inject
    FaultModes faults;

    @Inject
    AuthorizationCodes codes;

    @Inject
    TestPersons persons;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        faults.delay();
        FaultModes.TokenFault fault = faults.tokenFault();
        if (faults.maintenance() || fault == FaultModes.TokenFault.UNAVAILABLE) {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        if (fault == FaultModes.TokenFault.SERVER_ERROR) {
            response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            return;
        }
        String state = request.getParameter("state");
        if (fault == FaultModes.TokenFault.ESIA_ERROR) {
            error(response, EsiaError.serverError(), state);
            return;
        }
        boolean v1 = request.getServletPath().equals("/aas/oauth2/te");
        for (String name : v1
                ? new String[] {"client_id", "code", "grant_type", "client_secret", "state", "redirect_uri", "scope",
                                "timestamp", "token_type"}
                : new String[] {"client_id", "code", "grant_type", "client_secret", "state", "redirect_uri", "scope",
                                "timestamp", "token_type", "client_certificate_hash"}) {
            String value = request.getParameter(name);
            if (value == null || value.isBlank()) {
                error(response, EsiaError.missingParameter(name), state);
                return;
            }
        }
        var client = settings.client(request.getParameter("client_id"));
        if (client.isEmpty()) {
            error(response, EsiaError.unknownClient(), state);
            return;
        }
        if (!"authorization_code".equals(request.getParameter("grant_type"))) {
            error(response, EsiaError.unsupportedGrantType(), state);
            return;
        }
        if (!RequestChecks.isUuid(state)) {
            error(response, EsiaError.invalidParameter("state"), state);
            return;
        }
        String timestamp = request.getParameter("timestamp");
        Clock clock = Clock.systemUTC();
        if (!RequestChecks.timestampAcceptable(timestamp, clock, settings.timestampSkew())) {
            error(response, EsiaError.wrongTime(), state);
            return;
        }
        if (!v1 && !ClientSignatures.certificateHash(client.get().certificate(), settings.certificateHashAlgorithm())
                .equalsIgnoreCase(request.getParameter("client_certificate_hash"))) {
            error(response, EsiaError.wrongCertificateHash(), state);
            return;
        }
        String clientId = client.get().clientId();
        String scope = request.getParameter("scope");
        String redirectUri = request.getParameter("redirect_uri");
        String code = request.getParameter("code");
        String signed = v1
                ? scope + timestamp + clientId + state
                : clientId + scope + timestamp + state + redirectUri + code;
        if (!ClientSignatures.verify(signed, request.getParameter("client_secret"), client.get().certificate())) {
            error(response, EsiaError.wrongSecret(), state);
            return;
        }
        var grant = codes.redeem(code, clock);
        if (grant.isEmpty() || !grant.get().clientId().equals(clientId) || !grant.get().redirectUri().equals(redirectUri)) {
            error(response, EsiaError.invalidGrant(), state);
            return;
        }
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("access_token", accessToken(grant.get(), clock.instant()))
                .add("id_token", idToken(grant.get(), clock.instant(), fault))
                .add("state", fault == FaultModes.TokenFault.STATE_MISMATCH ? UUID.randomUUID().toString() : state)
                .add("token_type", "Bearer")
                .add("expires_in", LIFETIME_SECONDS);
        if ("offline".equals(grant.get().accessType())) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            json.add("refresh_token", Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
        }
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(json.build().toString());
    }

    private String accessToken(AuthorizationCodes.Grant grant, Instant now) {
        StringBuilder scope = new StringBuilder();
        for (String s : grant.scopes()) {
            if (!scope.isEmpty()) {
                scope.append(' ');
            }
            scope.append(s.equals("openid") ? s : s + "?oid=" + grant.oid());
        }
        JsonObject header = Json.createObjectBuilder()
                .add("ver", 1).add("typ", "JWT").add("sbt", "access").add("alg", "RS256").build();
        JsonObject claims = Json.createObjectBuilder()
                .add("nbf", now.getEpochSecond())
                .add("scope", scope.toString())
                .add("iss", settings.issuer())
                .add("urn:esia:sid", UUID.randomUUID().toString())
                .add("urn:esia:sbj_id", grant.oid())
                .add("exp", now.getEpochSecond() + LIFETIME_SECONDS)
                .add("iat", now.getEpochSecond())
                .add("client_id", grant.clientId())
                .build();
        return Jwts.sign(header, claims, settings.signingKey());
    }

    private String idToken(AuthorizationCodes.Grant grant, Instant now, FaultModes.TokenFault fault) {
        boolean trusted = persons.byOid(grant.oid()).map(p -> p.getBoolean("trusted")).orElse(false);
        long issuedAt = fault == FaultModes.TokenFault.EXPIRED ? now.getEpochSecond() - 2 * LIFETIME_SECONDS : now.getEpochSecond();
        JsonObjectBuilder subject = Json.createObjectBuilder()
                .add("urn:esia:sbj:typ", "P");
        if (trusted) {
            subject.add("urn:esia:sbj:is_tru", true);
        }
        subject.add("urn:esia:sbj:oid", grant.oid()).add("urn:esia:sbj:nam", "OID." + grant.oid());
        JsonObject header = Json.createObjectBuilder()
                .add("ver", 0).add("typ", "JWT").add("sbt", "id").add("alg", "RS256").build();
        JsonObject claims = Json.createObjectBuilder()
                .add("aud", fault == FaultModes.TokenFault.WRONG_AUDIENCE ? "ANOTHER_SYSTEM" : grant.clientId())
                .add("sub", grant.oid())
                .add("nbf", issuedAt)
                .add("amr", "PWD")
                .add("urn:esia:amd", "PWD")
                .add("auth_time", grant.authTime().getEpochSecond())
                .add("iss", fault == FaultModes.TokenFault.WRONG_ISSUER ? "http://esia.example.org/" : settings.issuer())
                .add("urn:esia:sid", UUID.randomUUID().toString())
                .add("urn:esia:sbj", subject)
                .add("exp", issuedAt + LIFETIME_SECONDS)
                .add("iat", issuedAt)
                .build();
        return switch (fault) {
            case FOREIGN_KEY -> Jwts.sign(header, claims, settings.foreignKey().getPrivate());
            case ALG_NONE -> Jwts.unsigned(header, claims);
            case TAMPERED_ID_TOKEN -> Jwts.tamper(Jwts.sign(header, claims, settings.signingKey()),
                    Json.createObjectBuilder(claims).add("sub", grant.oid() + 1).build());
            default -> Jwts.sign(header, claims, settings.signingKey());
        };
    }

    private static void error(HttpServletResponse response, EsiaError error, String state) throws IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(error.toJson(state));
    }
}
