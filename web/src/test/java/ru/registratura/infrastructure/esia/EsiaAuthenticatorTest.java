package ru.registratura.infrastructure.esia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import org.junit.jupiter.api.Test;

/** How the portal reads ESIA's token response: state echo, expires_in as number or string, errors. */
class EsiaAuthenticatorTest {

    private static final String STATE = "0b4c6a2e-3f1d-4d8e-9a4b-1c2d3e4f5a6b";
    private static final String ID_TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOjF9.c2ln";

    @Test
    void expiresInMayBeANumberOrAString() {
        for (String expiresIn : new String[] {"3600", "\"3600\""}) {
            var tokens = EsiaAuthenticator.parse(response(200, "{\"access_token\":\"a.b.c\",\"id_token\":\"" + ID_TOKEN
                    + "\",\"state\":\"" + STATE + "\",\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn + "}"), STATE);
            assertEquals(3600, tokens.getOIDCTokens().getAccessToken().getLifetime());
            assertEquals(ID_TOKEN, tokens.getOIDCTokens().getIDTokenString());
        }
    }

    @Test
    void aResponseWithAnotherStateIsRefused() {
        var response = response(200, "{\"access_token\":\"a.b.c\",\"id_token\":\"" + ID_TOKEN
                + "\",\"state\":\"11111111-2222-4333-8444-555555555555\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
        assertThrows(EsiaProtocolException.class, () -> EsiaAuthenticator.parse(response, STATE));
    }

    @Test
    void esiaErrorsAreProtocolErrorsAndServerErrorsMeanUnavailable() {
        var refused = assertThrows(EsiaProtocolException.class, () -> EsiaAuthenticator.parse(response(400,
                "{\"error\":\"invalid_request\",\"error_description\":\"ESIA-007015: The request time is wrong\",\"state\":\""
                        + STATE + "\"}"), STATE));
        assertTrue(refused.getMessage().contains("ESIA-007015"));
        assertThrows(EsiaUnavailableException.class, () -> EsiaAuthenticator.parse(response(503, "<html>"), STATE));
        assertThrows(EsiaProtocolException.class, () -> EsiaAuthenticator.parse(response(200, "not json"), STATE));
    }

    private static HTTPResponse response(int status, String body) {
        HTTPResponse response = new HTTPResponse(status);
        response.setHeader("Content-Type", "application/json");
        response.setBody(body);
        return response;
    }
}
