package ru.registratura.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * Security (issue 18): behind the region's TLS proxy. {@code X-Forwarded-Proto: https} makes the session cookie
 * {@code Secure}; {@code X-Forwarded-For} counts only from a trusted proxy (the test domain trusts its loopback),
 * read from the right, so a client cannot put another address into the audit trail. That an untrusted sender's
 * header is ignored is {@code ClientAddressFilterTest}'s. Run alone with the other security tests: {@code -Dit.test='Security*IT'}.
 */
class SecurityProxyIT {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Portal.BASE_URL + path)).timeout(Duration.ofSeconds(30));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("No session cookie: " + response.headers().map()));
    }

    @Test
    void theSessionCookieIsSecureWhenTheProxySaysTheClientSpokeTls() throws Exception {
        String behindTls = sessionCookie(get("/staff/login.xhtml", "X-Forwarded-Proto", "https"));
        assertTrue(behindTls.contains("; Secure"), behindTls);
        assertTrue(behindTls.contains("HttpOnly"), behindTls);
        String plain = sessionCookie(get("/staff/login.xhtml"));
        assertFalse(plain.contains("Secure"), "plain HTTP (the default run): " + plain);
    }

    @Test
    void theClientIsTheAddressTheTrustedProxySawNotOneTheClientClaims() throws Exception {
        // The test domain trusts its loopback as a proxy. The client claimed 203.0.113.77 in its own header; the proxy
        // appended the address it saw, 198.51.100.23: that one is the client's.
        assertEquals("198.51.100.23", failedLoginFrom("test.proxy.claimed", "203.0.113.77, 198.51.100.23"));
        // No header: the request is the proxy's own.
        String direct = failedLoginFrom("test.proxy.direct", null);
        assertTrue("127.0.0.1".equals(direct) || "0:0:0:0:0:0:0:1".equals(direct), direct);
    }

    /** A failed staff login with this X-Forwarded-For (or none); the client address the audit recorded for it. */
    private String failedLoginFrom(String username, String forwardedFor) throws Exception {
        HttpResponse<String> page = get("/staff/login.xhtml");
        String cookie = sessionCookie(page).split(";", 2)[0];
        HttpSession.JsfForm form = HttpSession.jsfForm(page.body(), "loginForm");
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(form.action())).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie);
        if (forwardedFor != null) {
            post.header("X-Forwarded-For", forwardedFor);
        }
        http.send(post.POST(HttpRequest.BodyPublishers.ofString(form.body("loginForm:username", username,
                "loginForm:password", "wrong-password", "loginForm:signIn", "Войти"))).build(),
                HttpResponse.BodyHandlers.ofString());
        return Cards.string("select remote_address from audit_event where subject = ? order by id desc limit 1", username);
    }
}
