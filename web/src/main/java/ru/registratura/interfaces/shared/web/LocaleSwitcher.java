package ru.registratura.interfaces.shared.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import java.util.Set;

/**
 * The language of the pages: Russian unless the visitor chooses English in the footer. The browser's
 * own language is deliberately not used: the portal is a Russian public service first.
 */
@Named
@SessionScoped
public class LocaleSwitcher implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<String> SUPPORTED = Set.of("ru", "en");

    private Locale locale = Locale.forLanguageTag("ru");

    public Locale getLocale() {
        return locale;
    }

    /** Switches the language and shows the same page again. */
    public String switchTo(String language) {
        if (SUPPORTED.contains(language)) {
            locale = Locale.forLanguageTag(language);
            FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
        }
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true";
    }
}
