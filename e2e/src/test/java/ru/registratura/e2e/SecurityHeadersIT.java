package ru.registratura.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Security (issue 18, headers): every answer forbids framing by another site, content sniffing, referrers to other
 * sites and the browser's sensitive features; answers that carry personal data (the cabinet, the workspace, the
 * login's callbacks, the API) are never stored by a cache, public pages may be.
 */
class SecurityHeadersIT {

    private static void assertHardened(HttpResponse<String> response) {
        String where = response.uri() + " (HTTP " + response.statusCode() + ")";
        String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("frame-ancestors 'none'"), where + ": " + csp);
        assertTrue(csp.contains("object-src 'none'"), where + ": " + csp);
        assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(""), where);
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), where);
        assertEquals("same-origin", response.headers().firstValue("Referrer-Policy").orElse(""), where);
        String permissions = response.headers().firstValue("Permissions-Policy").orElse("");
        assertTrue(permissions.contains("camera=()") && permissions.contains("geolocation=()"), where + ": " + permissions);
    }

    private static boolean noStore(HttpResponse<String> response) {
        return response.headers().allValues("Cache-Control").stream().anyMatch(v -> v.contains("no-store"));
    }

    @Test
    void publicPagesAreHardenedAndMayBeCached() throws Exception {
        HttpSession visitor = new HttpSession();
        for (String page : List.of("/", "/institutions.xhtml", "/cabinet/login.xhtml", "/staff/login.xhtml",
                "/jakarta.faces.resource/css/portal.css.xhtml", "/no-such-page.xhtml")) {
            HttpResponse<String> response = visitor.get(Portal.BASE_URL + page);
            assertHardened(response);
        }
        assertFalse(noStore(visitor.get(Portal.BASE_URL + "/")), "the home page has no personal data");
        String strict = visitor.get(Portal.BASE_URL + "/").headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(strict.contains("script-src 'self'") && strict.contains("style-src 'self'")
                && !strict.contains("unsafe-inline"), "no inline script or style on the patients' pages: " + strict);
        assertFalse(noStore(visitor.get(Portal.BASE_URL + "/jakarta.faces.resource/css/portal.css.xhtml")),
                "the style sheet may be cached");
    }

    @Test
    void thePatientsCabinetIsHardenedAndNeverStored() throws Exception {
        Esia.reset();
        HttpSession patient = new HttpSession().logIn("ivanova@example.ru");
        for (String page : List.of("/cabinet/index.xhtml", "/cabinet/cards.xhtml", "/cabinet/book.xhtml",
                "/cabinet/profile.xhtml")) {
            HttpResponse<String> response = patient.get(Portal.BASE_URL + page);
            assertEquals(200, response.statusCode(), page);
            assertHardened(response);
            assertTrue(noStore(response), page + " carries personal data: no-store");
            // The policy forbids inline script and style: the pages have none (else they would break).
            assertFalse(response.body().matches("(?s).*<script(?![^>]*\\bsrc=)[^>]*>.*"), page + " has an inline script");
            assertFalse(response.body().matches("(?s).*\\s(on[a-z]+|style)=\".*"), page + " has an inline handler or style");
        }
        // A redirect out of the cabinet (not signed in) carries them too.
        HttpResponse<String> redirect = new HttpSession().get(Portal.BASE_URL + "/cabinet/cards.xhtml");
        assertEquals(302, redirect.statusCode());
        assertHardened(redirect);
        assertTrue(noStore(redirect));
    }

    @Test
    void theStaffWorkspaceRunsOnlyScriptsWithItsViewsNonce() throws Exception {
        HttpSession admin = new HttpSession().staffLogIn(Staff.freshAdmin(), Staff.PASSWORD);
        Set<String> nonces = new HashSet<>();
        for (String page : List.of("/staff/login.xhtml", "/staff/index.xhtml", "/staff/users.xhtml",
                "/staff/directory.xhtml", "/staff/audit.xhtml", "/staff/second-factor.xhtml")) {
            HttpResponse<String> response = (page.endsWith("login.xhtml") ? new HttpSession() : admin)
                    .get(Portal.BASE_URL + page);
            assertEquals(200, response.statusCode(), page);
            List<String> policies = response.headers().allValues("Content-Security-Policy");
            // The script-src directive alone (style-src may allow inline styles on the workspace).
            String scripts = policies.stream().filter(p -> p.contains("script-src")).findFirst().orElse("")
                    .replaceAll("^.*(script-src[^;]*).*$", "$1");
            Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(scripts);
            assertTrue(nonce.find() && !scripts.contains("unsafe-inline"), page + ": scripts by nonce only: " + policies);
            assertTrue(nonces.add(nonce.group(1)), "a nonce of its own for each response");
            // PrimeFaces' widgets write inline styles (a dialog hidden by display:none): allowed on the workspace only.
            assertTrue(policies.stream().anyMatch(p -> p.contains("style-src 'self' 'unsafe-inline'")
                    && p.contains("frame-ancestors 'none'")), page + ": no framing: " + policies);
            // Each inline script carries this response's nonce (else the browser refuses it), and there is no handler.
            Matcher inline = Pattern.compile("<script(?![^>]*\\bsrc=)([^>]*)>")
                    .matcher(response.body());
            while (inline.find()) {
                assertTrue(inline.group(1).contains("nonce=\"" + nonce.group(1) + "\""), page + ": " + inline.group());
            }
            assertFalse(response.body().matches("(?s).*\\son[a-z]+=\".*"), page + " has an inline handler");
        }
    }

    @Test
    void theEmulatorsLoginPageCannotBeFramedAndRunsNoScript() throws Exception {
        HttpSession browser = new HttpSession();
        HttpResponse<String> start = browser.get(Portal.BASE_URL + "/auth/esia/login");
        assertHardened(start);
        HttpResponse<String> loginPage = browser.get(HttpSession.location(start));
        assertTrue(loginPage.body().contains("id=\"login\""), "the emulator's login form");
        String csp = loginPage.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("default-src 'none'"), csp);
        assertEquals("DENY", loginPage.headers().firstValue("X-Frame-Options").orElse(""));
    }

    @Test
    void theWorkspaceAndTheApiAreHardenedAndNeverStored() throws Exception {
        HttpSession staff = new HttpSession();
        HttpResponse<String> login = staff.get(Portal.BASE_URL + "/staff/login.xhtml");
        assertTrue(noStore(login), "the staff login page");
        HttpResponse<String> api = staff.get(Portal.BASE_URL + "/api/v1/institutions");
        assertHardened(api);
        assertTrue(noStore(api), "an API answer (HTTP " + api.statusCode() + ")");
    }

    @Test
    void onlyTheRegistersPageTakesAnUpload() throws Exception {
        String body = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.csv\"\r\n\r\nx\r\n--b--\r\n";
        HttpSession admin = new HttpSession().staffLogIn(Staff.freshAdmin(), Staff.PASSWORD);
        for (String page : List.of("/", "/cabinet/index.xhtml", "/staff/index.xhtml", "/staff/audit.xhtml",
                "/api/v1/slots")) {
            assertEquals(415, admin.post(Portal.BASE_URL + page, "multipart/form-data; boundary=b", body).statusCode(),
                    page + " refuses a multipart body before reading it");
        }
        // The register's page reads it (and, without its form's fields, shows itself again).
        assertEquals(200, admin.post(Portal.BASE_URL + "/staff/register.xhtml", "multipart/form-data; boundary=b", body)
                .statusCode());
    }
}
