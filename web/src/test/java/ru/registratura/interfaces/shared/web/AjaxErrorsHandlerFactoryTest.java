package ru.registratura.interfaces.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Proxy;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;

class AjaxErrorsHandlerFactoryTest {

    /** An Ajax postback of {@code /portal/staff/doctor.xhtml} (no query of its own) with the given Referer. */
    private static HttpServletRequest ajaxPost(String referer) {
        Map<String, Object> answers = new java.util.HashMap<>(Map.of("getContextPath", "/portal",
                "getServletPath", "/staff/doctor.xhtml", "getServerName", "portal.example.ru"));
        return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getHeader" -> "Referer".equals(args[0]) ? referer : null;
                    case "getQueryString" -> null;
                    default -> answers.get(method.getName());
                });
    }

    @Test
    void theFreshPageKeepsThePagesOwnParametersFromItsReferer() {
        assertEquals("id=8&tab=slots", AjaxErrorsHandlerFactory.AjaxErrors.pageQuery(
                ajaxPost("https://portal.example.ru/portal/staff/doctor.xhtml?id=8&tab=slots")));
    }

    @Test
    void aRefererOfAnotherPageOrSiteIsNotTaken() {
        assertNull(AjaxErrorsHandlerFactory.AjaxErrors.pageQuery(
                ajaxPost("https://portal.example.ru/portal/staff/users.xhtml?id=8")));
        assertNull(AjaxErrorsHandlerFactory.AjaxErrors.pageQuery(
                ajaxPost("https://evil.example.com/portal/staff/doctor.xhtml?id=8")));
        assertNull(AjaxErrorsHandlerFactory.AjaxErrors.pageQuery(ajaxPost("not a URI at all")));
        assertNull(AjaxErrorsHandlerFactory.AjaxErrors.pageQuery(ajaxPost(null)));
    }

    @Test
    void theNoticeShowsOnlyWhatTheHandlerWrites() {
        Layout layout = new Layout();
        assertEquals("ajax.interrupted.expired", layout.interruptedKey("expired"));
        assertEquals("ajax.interrupted.failed", layout.interruptedKey("failed"));
        assertNull(layout.interruptedKey("<script>"));
        assertEquals("3FA09C1B", layout.reference("3FA09C1B"));
        assertNull(layout.reference("3FA09C1B<b>"), "a reference is eight hex digits, nothing else");
        assertNull(layout.reference(null));
    }
}
