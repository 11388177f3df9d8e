package ru.registratura.interfaces.shared.web;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The language links of the footer and the switch of the version for the visually impaired: a page asked for by
 * GET with {@code ?lang=ru|en} or {@code ?vision=…} stores the choice in the cookie of that name (a year, this
 * site only, not readable by scripts; the usual version deletes its cookie) and sends the browser to the same
 * page without the parameter. No form, no view state, no session. Only the query string is read, never a body.
 */
public class PreferencesFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final int YEAR_SECONDS = (int) Duration.ofDays(365).toSeconds();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String query = "GET".equals(request.getMethod()) ? request.getQueryString() : null;
        String language = LocaleSwitcher.asked(query);
        String vision = Preferences.asked(query, Preferences.VISION);
        if (language == null && vision == null) {
            chain.doFilter(request, response);
            return;
        }
        if (language != null) {
            response.addCookie(cookie(request, Preferences.LANGUAGE, language));
        }
        if (vision != null) {
            VisionMode mode = VisionMode.choose(VisionSwitcher.current(request), vision);
            response.addCookie(cookie(request, Preferences.VISION, mode == null ? "" : mode.value()));
        }
        String rest = Preferences.without(query, Preferences.NAMES);
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(request.getRequestURI() + (rest.isEmpty() ? "" : "?" + rest));
    }

    private static Cookie cookie(HttpServletRequest request, String name, String value) {
        Cookie cookie = new Cookie(name, value);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(value.isEmpty() ? 0 : YEAR_SECONDS);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}
