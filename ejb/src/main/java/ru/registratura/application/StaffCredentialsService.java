package ru.registratura.application;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import ru.registratura.domain.audit.AuditAction;
import ru.registratura.domain.audit.AuditEvent;
import ru.registratura.domain.audit.AuditOutcome;
import ru.registratura.domain.audit.AuditRepository;
import ru.registratura.domain.staff.Passwords;
import ru.registratura.domain.staff.StaffUser;
import ru.registratura.domain.staff.StaffUserRepository;
import ru.registratura.domain.staff.TotpSecret;

/**
 * A signed-in staff user's own credentials: the password changed (the current one right, the new one strong
 * enough) and the second factor set up or removed with a code of the authenticator app. Every change and refusal
 * is audited; the user row is locked for the change, so two sessions of one user never interleave.
 */
@Stateless
public class StaffCredentialsService {

    @Inject
    StaffUserRepository users;

    @Inject
    AuditRepository audit;

    @Inject
    Clock clock;

    /** Whether registry operators must have a second factor too (admins always must). */
    @Inject
    @ConfigProperty(name = "registratura.staff.second-factor-for-operators", defaultValue = "false")
    boolean secondFactorForOperators;

    /**
     * Changes the user's own password: the current one must be right, the new one strong enough and typed the
     * same twice. Returns the problems by field ({@code current}, {@code password}, {@code repeat}) as message
     * keys; empty when the password was changed.
     */
    public Map<String, String> changePassword(StaffActor actor, char[] current, char[] password, char[] repeat) {
        Map<String, String> problems = new LinkedHashMap<>();
        StaffUser user = enabledUser(actor);
        if (!Passwords.verify(current, user.getPasswordHash())) {
            problems.put("current", "staff.password.currentWrong");
        }
        String candidate = new String(password);
        Passwords.weakness(candidate, user.getUsername()).ifPresent(key -> problems.put("password", key));
        if (!problems.containsKey("password") && Passwords.verify(password, user.getPasswordHash())) {
            problems.put("password", "staff.password.same");
        }
        if (!candidate.equals(new String(repeat))) {
            problems.put("repeat", "staff.password.mismatch");
        }
        if (!problems.isEmpty()) {
            record(AuditAction.STAFF_PASSWORD_CHANGED, AuditOutcome.INVALID_INPUT, user.getId(), user.getUsername(),
                    actor.remoteAddress(), String.join(",", problems.keySet()));
            return problems;
        }
        user.changePassword(Passwords.hash(password), clock.instant());
        record(AuditAction.STAFF_PASSWORD_CHANGED, AuditOutcome.SUCCESS, user.getId(), user.getUsername(),
                actor.remoteAddress(), null);
        return problems;
    }

    /** The user's second factor as the «Вход с кодом» page shows it. */
    public record SecondFactor(boolean enabled, Instant since, boolean required) implements Serializable {
    }

    public SecondFactor secondFactor(StaffActor actor) {
        StaffUser user = enabledUser(actor);
        return new SecondFactor(user.hasSecondFactor(), user.getSecondFactorSince(), user.mustHaveSecondFactor(secondFactorForOperators));
    }

    /**
     * Sets the second factor up with the secret the page showed, once the user proves with a code of their app that
     * it holds the secret; false (nothing changed, audited) when the code is not right, or when the user has one
     * already (a session in the wrong hands cannot swap it; removing it needs a code of the old one).
     */
    public boolean enableSecondFactor(StaffActor actor, String secret, String code) {
        StaffUser user = enabledUser(actor);
        boolean enabled = !user.hasSecondFactor() && user.enableSecondFactor(TotpSecret.of(secret), code, clock.instant());
        record(AuditAction.STAFF_SECOND_FACTOR, enabled ? AuditOutcome.SUCCESS : AuditOutcome.INVALID_INPUT, user.getId(),
                user.getUsername(), actor.remoteAddress(), enabled ? "set up" : "set-up code not right");
        return enabled;
    }

    /**
     * Removes the user's own second factor, where it is not required, with a current code of it; false when the
     * code is not right (or it is required).
     */
    public boolean removeSecondFactor(StaffActor actor, String code) {
        StaffUser user = enabledUser(actor);
        boolean removed = !user.mustHaveSecondFactor(secondFactorForOperators) && user.takeCode(code, clock.instant());
        if (removed) {
            user.removeSecondFactor();
        }
        record(AuditAction.STAFF_SECOND_FACTOR, removed ? AuditOutcome.SUCCESS : AuditOutcome.INVALID_INPUT, user.getId(),
                user.getUsername(), actor.remoteAddress(), removed ? "removed by the user" : "removal refused");
        return removed;
    }

    private StaffUser enabledUser(StaffActor actor) {
        return users.findForUpdate(actor.username())
                .filter(u -> u.getId() == actor.userId() && u.isEnabled())
                .orElseThrow(() -> new StaffAccessDeniedException("no such enabled user"));
    }

    private void record(AuditAction action, AuditOutcome outcome, Long userId, String username, String remoteAddress,
                        String detail) {
        audit.record(AuditEvent.ofStaff(clock.instant(), action, outcome, userId, username, remoteAddress, null, detail));
    }
}
