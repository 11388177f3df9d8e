package ru.registratura.emulator.esia;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * ESIA's person REST API: {@code GET /rs/prns/{oid}} and the collections {@code ctts}, {@code addrs},
 * {@code docs}, {@code kids} (with {@code embed=(elements)} inline, without it as item URLs) and their
 * items. The bearer access token must be ESIA's, unexpired, and issued for this person; what it shows
 * depends on the token's scopes.
 */
@WebServlet("/rs/prns/*")
public class PersonEndpoint extends HttpServlet {

    @Inject
    EmulatorSettings settings;

    @Inject
    FaultModes faults;

    @Inject
    TestPersons persons;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        faults.delay();
        if (faults.maintenance()) {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        Optional<JsonObject> token = bearer(request);
        if (token.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer");
            write(response, HttpServletResponse.SC_UNAUTHORIZED, problem("ESIA-005011", "Access token is missing, invalid or expired"));
            return;
        }
        String[] path = request.getPathInfo() == null ? new String[0] : request.getPathInfo().substring(1).split("/");
        long tokenOid = token.get().getJsonNumber("urn:esia:sbj_id").longValue();
        if (path.length == 0 || path.length > 3 || !path[0].equals(Long.toString(tokenOid))) {
            write(response, HttpServletResponse.SC_FORBIDDEN, problem("ESIA-005012", "The token does not allow access to this resource"));
            return;
        }
        JsonObject person = persons.byOid(tokenOid).orElse(null);
        if (person == null) {
            write(response, HttpServletResponse.SC_NOT_FOUND, problem("ESIA-005013", "Not found"));
            return;
        }
        PersonJson json = new PersonJson(person, scopes(token.get(), tokenOid), settings.baseUrl());
        boolean embed = "(elements)".equals(request.getParameter("embed"));
        Optional<JsonObject> body;
        if (path.length == 1) {
            body = Optional.of(json.person());
        } else if (path.length == 2) {
            body = switch (path[1]) {
                case "ctts" -> Optional.of(json.contacts(embed));
                case "addrs" -> Optional.of(json.addresses(embed));
                case "docs" -> Optional.of(json.documents(embed));
                case "kids" -> Optional.of(json.kids(embed));
                default -> Optional.empty();
            };
        } else {
            try {
                body = json.item(path[1], Long.parseLong(path[2]));
            } catch (NumberFormatException e) {
                body = Optional.empty();
            }
        }
        if (body.isEmpty()) {
            write(response, HttpServletResponse.SC_NOT_FOUND, problem("ESIA-005013", "Not found"));
            return;
        }
        write(response, HttpServletResponse.SC_OK, body.get());
    }

    private Optional<JsonObject> bearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.startsWith("Bearer ")) {
            return Optional.empty();
        }
        return Jwts.verify(header.substring("Bearer ".length()).trim(), settings.signingCertificate().getPublicKey())
                .filter(claims -> "access".equals(claims.getString("sbt", "access")))
                .filter(claims -> settings.issuer().equals(claims.getString("iss", "")))
                .filter(claims -> claims.containsKey("urn:esia:sbj_id"))
                .filter(claims -> claims.getJsonNumber("exp").longValue() > Instant.now().getEpochSecond());
    }

    /** The data scopes the token grants for this person ({@code fullname?oid=1000299681} → {@code fullname}). */
    static Set<String> scopes(JsonObject token, long oid) {
        Set<String> result = new LinkedHashSet<>();
        for (String scope : Scopes.parse(token.getString("scope", ""))) {
            int query = scope.indexOf("?oid=");
            if (query < 0) {
                result.add(scope);
            } else if (scope.substring(query + "?oid=".length()).equals(Long.toString(oid))) {
                result.add(scope.substring(0, query));
            }
        }
        return result;
    }

    private static JsonObject problem(String code, String message) {
        return Json.createObjectBuilder().add("code", code).add("message", message).build();
    }

    private static void write(HttpServletResponse response, int status, JsonObject body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(body.toString());
    }
}
