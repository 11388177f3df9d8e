package ru.registratura.interfaces.staff.web;

import java.io.IOException;
import java.time.Instant;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import ru.registratura.application.StaffLoginResult;
import ru.registratura.application.StaffLoginService;
import ru.registratura.domain.staff.Passwords;
import ru.registratura.interfaces.shared.web.ClientAddressFilter;
import ru.registratura.interfaces.shared.web.PageMessages;

/**
 * «Вход для сотрудников»: user name and password. A success starts a new session (whatever the old one
 * held, a patient's included) and opens the workspace, or, for a user with a second factor, the page that asks for
 * the code of their authenticator app ({@link StaffCodePage}); every refusal says the same (an unknown user name, a
 * wrong password, a locked or a disabled account), so that nobody learns which names exist.
 */
@Named
@RequestScoped
public class StaffLoginPage {

    @Inject
    StaffLoginService staff;

    @Inject
    HttpServletRequest request;

    private String username;
    private String password;
    private String reason;

    /** The view action: a signed-in staff user goes straight to the workspace. */
    public void redirectIfSignedIn() throws IOException {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SignedInStaff.SESSION_KEY) != null) {
            FacesContext.getCurrentInstance().getExternalContext().redirect(request.getContextPath() + "/staff/index.xhtml");
        }
    }

    public void signIn() throws IOException {
        char[] secret = password == null ? new char[0] : password.toCharArray();
        password = null;
        StaffLoginResult result;
        try {
            result = staff.signIn(username, secret, ClientAddressFilter.clientAddress(request),
                    ClientAddressFilter.knownClient(request) != null);
        } finally {
            Passwords.wipe(secret);
        }
        switch (result.outcome()) {
            case SUCCESS -> {
                HttpSession session = freshSession();
                session.setAttribute(SignedInStaff.SESSION_KEY, new SignedInStaff(result.actor().userId(),
                        result.actor().fullName(), Instant.now()));
                redirect("/staff/index.xhtml");
            }
            case CODE_REQUIRED -> {
                // Not signed in yet: the session only remembers whose code the next page asks for, for five minutes.
                freshSession().setAttribute(StaffCodePage.PENDING, new StaffCodePage.Pending(result.codeFor(),
                        Instant.now()));
                redirect(StaffCodePage.PAGE);
            }
            // Busy says nothing of the account: it comes before any is looked at.
            case BUSY -> PageMessages.error(null, "staff.login.busy");
            // Unknown, wrong, locked and disabled alike: the answer tells an attacker nothing (the audit tells which).
            default -> PageMessages.error(null, "staff.login.failed");
        }
    }

    /** A new session, whatever the old one held (a patient's, another staff user's, a pending code). */
    private HttpSession freshSession() {
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        return request.getSession(true);
    }

    private void redirect(String page) throws IOException {
        FacesContext.getCurrentInstance().getExternalContext().redirect(request.getContextPath() + page);
    }

    /** The message key of why the login page is shown (required, logout, disabled, passwordChanged, expired, codeExpired), or null. */
    public String getReasonKey() {
        return reason != null && reason.matches("required|logout|disabled|passwordChanged|expired|codeExpired") ? "staff.login.reason." + reason : null;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
