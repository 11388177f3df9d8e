package ru.registratura.interfaces.cabinet.web;

import java.util.regex.Pattern;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.registratura.application.PatientLoginService;
import ru.registratura.domain.account.AccountLevel;

/** The pages a failed ESIA login leads to: their parameters, checked before they are shown. */
@Named
@RequestScoped
public class LoginOutcomePage {

    private static final Pattern REFERENCE = Pattern.compile("[0-9A-F]{8}");

    @Inject
    ExternalContext external;

    @Inject
    PatientLoginService logins;

    /** The refused account's level ({@code SIMPLIFIED} unless the page was asked about a standard one). */
    public AccountLevel getLevel() {
        return "STANDARD".equals(external.getRequestParameterMap().get("level")) ? AccountLevel.STANDARD : AccountLevel.SIMPLIFIED;
    }

    /** Whether the region admits standard accounts: the page then asks for a standard one, else a confirmed one. */
    public boolean isStandardEnough() {
        return logins.admits(AccountLevel.STANDARD);
    }

    /** The error's reference number, if the parameter is one. */
    public String getReference() {
        String reference = external.getRequestParameterMap().get("ref");
        return reference != null && REFERENCE.matcher(reference).matches() ? reference : null;
    }
}
