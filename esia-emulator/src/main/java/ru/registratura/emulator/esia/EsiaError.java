package ru.registratura.emulator.esia;

import jakarta.json.Json;

/**
 * An ESIA error: an OAuth error code and a description that starts with ESIA's {@code ESIA-0070xx:}
 * code. The token endpoint answers it as JSON with status 400; the authorization endpoint sends it
 * back to the client's {@code redirect_uri} as {@code error}, {@code error_description} and {@code state}.
 *
 * <p>ESIA-007004, -007014, -007015, -007023 and -007053 are the codes docs/esia-protocol.md documents; the others
 * follow the numbering of ESIA's methodological recommendations (see the emulator section of the README).
 */
public record EsiaError(String error, String code, String message) {

    public static EsiaError unknownClient() {
        return new EsiaError("invalid_client", "ESIA-007002", "The client is not registered");
    }

    public static EsiaError invalidParameter(String name) {
        return new EsiaError("invalid_request", "ESIA-007003",
                "The request contains an invalid value of the parameter [" + name + "]");
    }

    public static EsiaError accessDenied() {
        return new EsiaError("access_denied", "ESIA-007004",
                "The resource owner or authorization server denied the request.");
    }

    public static EsiaError unsupportedResponseType() {
        return new EsiaError("unsupported_response_type", "ESIA-007005",
                "The authorization server does not support obtaining an authorization code using this method");
    }

    public static EsiaError invalidScope(String scope) {
        return new EsiaError("invalid_scope", "ESIA-007006", "The requested scope is invalid, unknown, or malformed [" + scope + "]");
    }

    public static EsiaError serverError() {
        return new EsiaError("server_error", "ESIA-007007", "The authorization server encountered an unexpected condition");
    }

    public static EsiaError temporarilyUnavailable() {
        return new EsiaError("temporarily_unavailable", "ESIA-007008",
                "The authorization server is currently unable to handle the request due to maintenance");
    }

    public static EsiaError invalidGrant() {
        return new EsiaError("invalid_grant", "ESIA-007011",
                "The provided authorization grant is invalid, expired, revoked or was issued to another client");
    }

    public static EsiaError unsupportedGrantType() {
        return new EsiaError("unsupported_grant_type", "ESIA-007012",
                "The authorization grant type is not supported by the authorization server");
    }

    public static EsiaError missingParameter(String name) {
        return new EsiaError("invalid_request", "ESIA-007014", "The request doesn't contain the mandatory parameter [" + name + "]");
    }

    public static EsiaError wrongTime() {
        return new EsiaError("invalid_request", "ESIA-007015", "The request time is wrong");
    }

    public static EsiaError unregisteredRedirect() {
        return new EsiaError("invalid_request", "ESIA-007023", "The redirect_uri is not registered for the client");
    }

    public static EsiaError wrongSecret() {
        return new EsiaError("invalid_client", "ESIA-007053", "Failed to verify the client_secret");
    }

    public static EsiaError wrongCertificateHash() {
        return new EsiaError("invalid_client", "ESIA-007053", "The client_certificate_hash does not match the registered certificate");
    }

    /** The description as ESIA writes it: {@code ESIA-007014: The request doesn't contain …}. */
    public String description() {
        return code + ": " + message;
    }

    public String toJson(String state) {
        var json = Json.createObjectBuilder().add("error", error).add("error_description", description());
        if (state != null) {
            json.add("state", state);
        }
        return json.build().toString();
    }
}
