package ru.registratura.interfaces.shared.web;

import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The language of the pages: Russian unless the visitor chose English in the footer. The browser's own language
 * is deliberately not used: the portal is a Russian public service first. The choice is a cookie
 * ({@value #COOKIE}), set by {@link PreferencesFilter} when a page is asked for with {@code ?lang=}, so that choosing
 * a language needs no form and no HTTP session: an anonymous visitor's pages stay stateless.
 */
@Named
@RequestScoped
public class LocaleSwitcher {

    static final String COOKIE = Preferences.LANGUAGE;
    static final String PARAMETER = Preferences.LANGUAGE;
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
