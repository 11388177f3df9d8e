package ru.registratura.interfaces.cabinet.web;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Where a visitor was going when the cabinet asked them to log in (a doctor's «Записаться», a link to a ticket): the
 * cabinet page asked for by GET is kept in a short-lived cookie ({@value #COOKIE}, 15 minutes, this site only, not
 * for scripts) across the ESIA login, and the login ends there instead of the cabinet's home. Only a path of the
 * cabinet is ever followed: never another site, never a path that leaves the cabinet.
 */
final class ReturnAfterLogin {

    static final String COOKIE = "next";
    private static final int MAX_AGE_SECONDS = 15 * 60;
    private static final int MAX_LENGTH = 500;

    private ReturnAfterLogin() {
    }

    /** Keeps the cabinet page of this GET request (path and query, without the context path). */
    static void remember(HttpServletRequest request, HttpServletResponse response, String path) {
        if (!"GET".equals(request.getMethod())) {
            return;
        }
        String target = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        if (safe(target)) {
            response.addCookie(cookie(request, URLEncoder.encode(target, StandardCharsets.UTF_8), MAX_AGE_SECONDS));
        }
    }

    /** The kept cabinet page (with the context path), or null; the cookie is deleted either way. */
    static String take(HttpServletRequest request, HttpServletResponse response) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie c : cookies) {
            if (COOKIE.equals(c.getName())) {
                response.addCookie(cookie(request, "", 0));
                String target = URLDecoder.decode(c.getValue(), StandardCharsets.UTF_8);
                return safe(target) ? request.getContextPath() + target : null;
            }
        }
        return null;
    }

    /** A path of the cabinet (not its login page), no way out of it, within the length. */
    static boolean safe(String target) {
        return target != null && target.length() <= MAX_LENGTH && target.startsWith("/cabinet/")
                && !target.startsWith(PatientAccessFilter.LOGIN_PAGE) && !target.contains("//")
                && !target.contains("\\") && !target.contains("..") && target.chars().noneMatch(ch -> ch < 0x20);
    }

    private static Cookie cookie(HttpServletRequest request, String value, int maxAge) {
        Cookie cookie = new Cookie(COOKIE, value);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(maxAge);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}
