package ru.registratura.interfaces.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The header's switch of the version for the visually impaired ({@link VisionMode}): the page's classes for the
 * style sheet and the switch's links. The mode is the visitor's cookie, set by {@link PreferencesFilter}, so that
 * an anonymous visitor's pages stay without a session.
 *
 * <p>Application-scoped: it reads the cookie of the current request (through the container's request proxy) on each
 * call, so that no instance is made for every page (bench/RESULTS.md, issue 17).
 */
@Named("vision")
@ApplicationScoped
public class VisionSwitcher {

    @Inject
    HttpServletRequest request;

    /** The mode this visitor chose, or null for the usual version. */
    public VisionMode getMode() {
        return current(request);
    }

    public boolean isOn() {
        return getMode() != null;
    }

    /** The root element's classes: none for the usual version. */
    public String getClasses() {
        return isOn() ? getMode().classes() : "";
    }

    /** This page with a choice of the switch ({@link VisionMode#choose}). */
    public String link(String choice) {
        return Preferences.link(request, Preferences.VISION, choice);
    }

    /** Whether the switch's choice is what the page shows now. */
    public boolean shows(String choice) {
        return isOn() && getMode().shows(choice);
    }

    static VisionMode current(HttpServletRequest request) {
        return VisionMode.parse(Preferences.cookie(request, Preferences.VISION));
    }
}
