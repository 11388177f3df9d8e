package ru.registratura.interfaces.shared.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The language of the pages: Russian unless the visitor chose English in the footer. The browser's own language
 * is deliberately not used: the portal is a Russian public service first. The choice is a cookie
 * ({@value #COOKIE}), set by {@link LanguageFilter} when a page is asked for with {@code ?lang=}, so that choosing
 * a language needs no form and no HTTP session: an anonymous visitor's pages stay stateless.
 */
@Named
@RequestScoped
public class LocaleSwitcher {

    static final String COOKIE = "lang";
    static final String PARAMETER = "lang";
    static final Set<String> SUPPORTED = Set.of("ru", "en");
    private static final String DEFAULT = "ru";

    @Inject
    HttpServletRequest request;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = Locale.forLanguageTag(chosen(request));
        }
        return locale;
    }

    /** This page, with its parameters, in the given language: what the footer's language link points to. */
    public String link(String language) {
        String query = withoutLanguage(request.getQueryString());
        return request.getRequestURI() + "?" + (query.isEmpty() ? "" : query + "&") + PARAMETER + "=" + language;
    }

    /** The language the visitor's cookie names, if the portal has it; else Russian. */
    static String chosen(HttpServletRequest request) {
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName()) && SUPPORTED.contains(cookie.getValue())) {
                    return cookie.getValue();
                }
            }
        }
        return DEFAULT;
    }

    /** The language a query string asks for with {@code lang=}, if the portal has it; else null. */
    static String asked(String query) {
        if (query == null) {
            return null;
        }
        return Arrays.stream(query.split("&")).filter(p -> p.startsWith(PARAMETER + "="))
                .map(p -> URLDecoder.decode(p.substring(PARAMETER.length() + 1), StandardCharsets.UTF_8))
                .filter(SUPPORTED::contains).findFirst().orElse(null);
    }

    /** The query string without its {@code lang} parameters ("" when nothing is left). */
    static String withoutLanguage(String query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        return Arrays.stream(query.split("&"))
                .filter(p -> !p.isEmpty() && !p.equals(PARAMETER) && !p.startsWith(PARAMETER + "="))
                .collect(Collectors.joining("&"));
    }
}
