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
 * The footer's language links: a page asked for by GET with {@code ?lang=ru} or {@code ?lang=en} stores the choice
 * in the cookie {@value LocaleSwitcher#COOKIE} (a year, this site only, not readable by scripts) and sends the
 * browser to the same page without the parameter. No form, no view state, no session. Only the query string is
 * read, never a request's body.
 */
public class LanguageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final int YEAR_SECONDS = (int) Duration.ofDays(365).toSeconds();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String language = "GET".equals(request.getMethod()) ? LocaleSwitcher.asked(request.getQueryString()) : null;
        if (language == null) {
            chain.doFilter(request, response);
            return;
        }
        Cookie cookie = new Cookie(LocaleSwitcher.COOKIE, language);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(YEAR_SECONDS);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        String query = LocaleSwitcher.withoutLanguage(request.getQueryString());
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(request.getRequestURI() + (query.isEmpty() ? "" : "?" + query));
    }
}
