package ru.registratura.interfaces.staff.web;

import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import ru.registratura.application.StaffLoginResult;
import ru.registratura.application.StaffLoginService;
import ru.registratura.interfaces.shared.web.ClientAddressFilter;
import ru.registratura.interfaces.shared.web.PageMessages;

/**
 * «Код подтверждения»: the second step of a staff login whose password was right, for a user with a second factor:
 * the six digits their authenticator app shows. The session holds only whose code is asked for ({@link Pending}),
 * for five minutes; a right code signs the user in under a new session id, a wrong or used one is a failed login
 * (counted and audited like a wrong password) with the same answer as any.
 */
@Named
@RequestScoped
public class StaffCodePage {

    static final String PAGE = "/staff/login-code.xhtml";
    static final String PENDING = "registratura.staffPendingCode";
    private static final Duration VALID = Duration.ofMinutes(5);

    /** A login waiting for its code: the user whose password was right, and when. */
    record Pending(long userId, Instant passwordAt) implements Serializable {
    }

    @Inject
    StaffLoginService staff;

    @Inject
    HttpServletRequest request;

    private String code;

    /** The view action: without a login waiting for its code (or after five minutes) back to the login page. */
    public void requirePending() throws IOException {
        if (pending() == null) {
            redirect(StaffAccessFilter.LOGIN_PAGE + "?reason=codeExpired");
        }
    }

    public void confirm() throws IOException {
        Pending pending = pending();
        if (pending == null) {
            redirect(StaffAccessFilter.LOGIN_PAGE + "?reason=codeExpired");
            return;
        }
        StaffLoginResult result = staff.signInWithCode(pending.userId(), code, ClientAddressFilter.clientAddress(request),
                ClientAddressFilter.knownClient(request) != null);
        code = null;
        if (!result.admitted()) {
            PageMessages.error("codeForm:code", "staff.code.failed");
            return;
        }
        HttpSession session = request.getSession(false);
        session.removeAttribute(PENDING);
        request.changeSessionId();
        session.setAttribute(SignedInStaff.SESSION_KEY, new SignedInStaff(result.actor().userId(),
                result.actor().fullName(), Instant.now()));
        redirect("/staff/index.xhtml");
    }

    private Pending pending() {
        HttpSession session = request.getSession(false);
        Pending pending = session == null ? null : (Pending) session.getAttribute(PENDING);
        return pending != null && pending.passwordAt().plus(VALID).isAfter(Instant.now()) ? pending : null;
    }

    private void redirect(String page) throws IOException {
        FacesContext.getCurrentInstance().getExternalContext().redirect(request.getContextPath() + page);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
