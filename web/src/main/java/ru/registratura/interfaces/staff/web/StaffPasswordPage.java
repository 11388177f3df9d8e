package ru.registratura.interfaces.staff.web;

import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import ru.registratura.application.StaffCredentialsService;
import ru.registratura.domain.staff.Passwords;
import ru.registratura.interfaces.shared.web.PageMessages;

/** «Сменить пароль»: the current password, the new one twice; each problem next to its field. */
@Named
@RequestScoped
public class StaffPasswordPage {

    @Inject
    StaffCredentialsService staff;

    @Inject
    CurrentStaff current;

    @Inject
    HttpServletRequest request;

    private String currentPassword;
    private String password;
    private String repeat;

    public String change() {
        char[] old = chars(currentPassword);
        char[] fresh = chars(password);
        char[] again = chars(repeat);
        currentPassword = null;
        password = null;
        repeat = null;
        try {
            Map<String, String> problems = staff.changePassword(current.actor(), old, fresh, again);
            if (!problems.isEmpty()) {
                problems.forEach((field, key) -> PageMessages.error("passwordForm:" + field, key, Passwords.MIN_LENGTH));
                return null;
            }
        } finally {
            Passwords.wipe(old);
            Passwords.wipe(fresh);
            Passwords.wipe(again);
        }
        // The change ends every session of the user that began before it; this one goes on as a new login.
        HttpSession session = request.getSession(false);
        SignedInStaff signedIn = session == null ? null : (SignedInStaff) session.getAttribute(SignedInStaff.SESSION_KEY);
        if (signedIn != null) {
            session.setAttribute(SignedInStaff.SESSION_KEY,
                    new SignedInStaff(signedIn.userId(), signedIn.fullName(), Instant.now()));
        }
        PageMessages.flash("staff.password.changed");
        return "/staff/index?faces-redirect=true";
    }

    private static char[] chars(String value) {
        return value == null ? new char[0] : value.toCharArray();
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}
