package ru.registratura.interfaces.cabinet.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A cookie that says "this browser had a signed-in session", without saying whose. When a request for
 * the cabinet comes with it but without a session, the session ended idle, and the login page says so.
 */
final class SessionMarker {

    static final String COOKIE = "REGISTRATURA_SIGNED_IN";

    private SessionMarker() {
    }

    static void set(HttpServletRequest request, HttpServletResponse response) {
        response.addCookie(cookie(request, "1", -1));
    }

    static void clear(HttpServletRequest request, HttpServletResponse response) {
        response.addCookie(cookie(request, "", 0));
    }

    static boolean present(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return false;
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName()) && "1".equals(cookie.getValue())) {
                return true;
            }
        }
        return false;
    }

    private static Cookie cookie(HttpServletRequest request, String value, int maxAge) {
        Cookie cookie = new Cookie(COOKIE, value);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setMaxAge(maxAge);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}
