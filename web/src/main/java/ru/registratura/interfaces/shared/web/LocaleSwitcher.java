package ru.registratura.interfaces.shared.web;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The language of the pages: Russian unless the visitor chose English in the footer. The browser's own language
 * is deliberately not used: the portal is a Russian public service first. The choice is a cookie
 * ({@value #COOKIE}), set by {@link PreferencesFilter} when a page is asked for with {@code ?lang=}, so that choosing
 * a language needs no form and no HTTP session: an anonymous visitor's pages stay stateless.
 *
 * <p>Application-scoped: it reads the current request through the container's request proxy on each call (a cookie
 * lookup), so that no instance is made for every page (bench/RESULTS.md, issue 17).
 */
@Named
@ApplicationScoped
public class LocaleSwitcher {

    static final String COOKIE = Preferences.LANGUAGE;
    static final String PARAMETER = Preferences.LANGUAGE;
    static final Set<String> SUPPORTED = Set.of("ru", "en");
    private static final String DEFAULT = "ru";

    @Inject
    HttpServletRequest request;

    private static final Map<String, Locale> LOCALES = Map.of("ru", Locale.forLanguageTag("ru"), "en",
            Locale.forLanguageTag("en"));

    public Locale getLocale() {
        return localeOf(request);
    }

    /** The language the visitor chose, read from the request itself (for code that has no bean at hand). */
    static Locale localeOf(HttpServletRequest request) {
        return LOCALES.get(chosen(request));
    }

    /** This page, with its parameters, in the given language: what the footer's language link points to. */
    public String link(String language) {
        return Preferences.link(request, PARAMETER, language);
    }

    /** The language the visitor's cookie names, if the portal has it; else Russian. */
    static String chosen(HttpServletRequest request) {
        String language = Preferences.cookie(request, COOKIE);
        return language != null && SUPPORTED.contains(language) ? language : DEFAULT;
    }

    /** The language a query string asks for with {@code lang=}, if the portal has it; else null. */
    static String asked(String query) {
        String language = Preferences.asked(query, PARAMETER);
        return language != null && SUPPORTED.contains(language) ? language : null;
    }

    /** The query string without its {@code lang} parameters ("" when nothing is left). */
    static String withoutLanguage(String query) {
        return Preferences.without(query, Set.of(PARAMETER));
    }
}
