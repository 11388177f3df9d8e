package ru.registratura.interfaces.cabinet.web;

import java.io.IOException;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The cabinet's login page: a signed-in patient goes straight to the cabinet; otherwise the page says
 * why it is shown ({@code reason}: the session's maximum age, idle end, or a cabinet page asked for).
 */
@Named
@RequestScoped
public class LoginPage {

    private static final Set<String> REASONS = Set.of("expired", "idle", "required");

    @Inject
    CurrentPatient currentPatient;

    @Inject
    ExternalContext external;

    /** f:viewAction: a signed-in patient has nothing to do here. */
    public void redirectIfSignedIn() throws IOException {
        if (currentPatient.isSignedIn()) {
            external.redirect(external.getRequestContextPath() + "/cabinet/index.xhtml");
        }
    }

    /** The reason's message key, or null. */
    public String getReasonKey() {
        String reason = external.getRequestParameterMap().get("reason");
        return reason != null && REASONS.contains(reason) ? "cabinet.login.reason." + reason : null;
    }
}
