package ru.registratura.interfaces.shared.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * A visitor's preferences that every page shows: the language ({@value #LANGUAGE}) and the version for the visually
 * impaired ({@value #VISION}). Each is chosen by a plain link to the same page with a query parameter of that name
 * ({@link PreferencesFilter} turns it into a cookie of that name), so that no choice takes a form or a session.
 */
final class Preferences {

    static final String LANGUAGE = "lang";
    static final String VISION = "vision";
    static final Set<String> NAMES = Set.of(LANGUAGE, VISION);

    private Preferences() {
    }

    /** This page, with its parameters, with one preference chosen: what a switch's link points to. */
    static String link(HttpServletRequest request, String name, String value) {
        String query = without(request.getQueryString(), Set.of(name));
        return request.getRequestURI() + "?" + (query.isEmpty() ? "" : query + "&") + name + "=" + value;
    }

    /** The value of the visitor's cookie of that name, or null. */
    static String cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (name.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }

    /** The decoded value of the first {@code name=} parameter of a query string, or null. */
    static String asked(String query, String name) {
        if (query == null) {
            return null;
        }
        return Arrays.stream(query.split("&")).filter(p -> p.startsWith(name + "="))
                .map(p -> URLDecoder.decode(p.substring(name.length() + 1), StandardCharsets.UTF_8))
                .findFirst().orElse(null);
    }

    /** The query string without the named parameters ("" when nothing is left). */
    static String without(String query, Set<String> names) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        return Arrays.stream(query.split("&"))
                .filter(p -> !p.isEmpty() && !names.contains(p.split("=", 2)[0]))
                .collect(Collectors.joining("&"));
    }
}
