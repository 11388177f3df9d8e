package ru.registratura.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import ru.registratura.domain.audit.AuditAction;
import ru.registratura.domain.audit.AuditEvent;
import ru.registratura.domain.audit.AuditOutcome;
import ru.registratura.domain.audit.AuditRepository;
import ru.registratura.domain.staff.Passwords;
import ru.registratura.domain.staff.StaffLoginLock;
import ru.registratura.domain.staff.StaffLoginLockRepository;
import ru.registratura.domain.staff.StaffRole;
import ru.registratura.domain.staff.StaffUser;
import ru.registratura.domain.staff.StaffUserRepository;

/**
 * Staff logins with user name and password (and a code where a second factor is set up), their lockout after
 * failed attempts, and the first admin ({@link StaffCredentialsService} changes passwords and second factors); every attempt goes to the audit trail in the same transaction as the count it changes.
 */
@Stateless
public class StaffLoginService {

    private static final Logger LOG = Logger.getLogger(StaffLoginService.class.getName());

    @Inject
    StaffUserRepository users;

    @Inject
    AuditRepository audit;

    @Inject
    StaffLoginThrottle throttle;

    @Inject
    StaffLoginLockRepository locks;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "registratura.staff.max-failed-logins", defaultValue = "5")
    int maxFailedLogins;

    @Inject
    @ConfigProperty(name = "registratura.staff.lockout-minutes", defaultValue = "15")
    int lockoutMinutes;

    /** A staff session ends this many hours after the login, however busy (the idle timeout ends it sooner). */
    @Inject
    @ConfigProperty(name = "registratura.staff.session-absolute-hours", defaultValue = "12")
    int sessionAbsoluteHours;

    /** Whether registry operators must have a second factor too (admins always must). */
    @Inject
    @ConfigProperty(name = "registratura.staff.second-factor-for-operators", defaultValue = "false")
    boolean secondFactorForOperators;

    /**
     * Admits the user or says why not. An address with too many failed logins is refused before anything is looked
     * up or hashed ({@link StaffLoginThrottle}); so is a login that finds no hash permit free. The failed attempt that
     * reaches the limit locks the account for the lockout period, from that address only ({@link StaffLoginLock});
     * while locked, not even the right password admits from there, and attempts do not extend it.
     */
    public StaffLoginResult signIn(String username, char[] password, String remoteAddress) {
        return signIn(username, password, remoteAddress, true);
    }

    /**
     * As {@link #signIn(String, char[], String)}; {@code addressKnown} false when the address is an unlisted proxy's
     * (every client's): then no per-address limit applies, only the hash permits.
     */
    public StaffLoginResult signIn(String username, char[] password, String remoteAddress, boolean addressKnown) {
        Instant now = clock.instant();
        String name = StaffUser.normalize(username);
        String throttled = addressKnown ? remoteAddress : null;
        StaffLoginThrottle.Admission admission = throttle.admit(throttled, now);
        if (admission != StaffLoginThrottle.Admission.ADMITTED) {
            if (admission == StaffLoginThrottle.Admission.REFUSED_FIRST) {
                record(AuditAction.STAFF_LOGIN, AuditOutcome.THROTTLED, null, name, remoteAddress,
                        "too many failed logins from the address; further ones in the window are not recorded");
            }
            return StaffLoginResult.refused(StaffLoginResult.Outcome.BAD_CREDENTIALS);
        }
        Optional<StaffUser> found = name.isEmpty() ? Optional.empty() : users.findForUpdate(name);
        if (found.isEmpty()) {
            Boolean spent = throttle.hashWithPermit(() -> {
                Passwords.verifyNobody(password);
                return false;
            });
            if (spent == null) {
                return busy(name, remoteAddress);
            }
            throttle.failed(throttled, now);
            record(AuditAction.STAFF_LOGIN, AuditOutcome.BAD_CREDENTIALS, null, name, remoteAddress, "unknown user");
            return StaffLoginResult.refused(StaffLoginResult.Outcome.BAD_CREDENTIALS);
        }
        StaffUser user = found.get();
        // The lockout is the account's for this address only (an unknown address: every client's behind the proxy).
        StaffLoginLock lock = locks.find(name, throttled).orElse(null);
        if (lock != null && lock.lockedAt(now)) {
            throttle.failed(throttled, now);
            record(AuditAction.STAFF_LOGIN, AuditOutcome.LOCKED_OUT, user.getId(), name, remoteAddress,
                    "while locked for the address");
            return StaffLoginResult.refused(StaffLoginResult.Outcome.LOCKED);
        }
        Boolean verified = throttle.hashWithPermit(() -> Passwords.verify(password, user.getPasswordHash()));
        if (verified == null) {
            return busy(name, remoteAddress);
        }
        if (!verified) {
            return failed(user, lock, throttled, remoteAddress, now, "wrong password");
        }
        if (!user.isEnabled()) {
            throttle.failed(throttled, now);
            record(AuditAction.STAFF_LOGIN, AuditOutcome.DISABLED, user.getId(), name, remoteAddress, null);
            return StaffLoginResult.refused(StaffLoginResult.Outcome.DISABLED);
        }
        if (user.hasSecondFactor()) {
            // The password alone admits nobody who has a second factor; a lockout in the making stays until the code.
            return StaffLoginResult.codeRequired(user.getId());
        }
        if (lock != null) {
            locks.remove(lock);
        }
        record(AuditAction.STAFF_LOGIN, AuditOutcome.SUCCESS, user.getId(), name, remoteAddress, null);
        return StaffLoginResult.admitted(actor(user, remoteAddress));
    }

    /**
     * The second step of a login whose password was right ({@link StaffLoginResult.Outcome#CODE_REQUIRED}): the code
     * of the user's authenticator app. A wrong or used code is a failed login like a wrong password (the address's
     * count, the account's lockout for the address, the audit), and gets the same answer.
     */
    public StaffLoginResult signInWithCode(long userId, String code, String remoteAddress, boolean addressKnown) {
        Instant now = clock.instant();
        String throttled = addressKnown ? remoteAddress : null;
        StaffLoginThrottle.Admission admission = throttle.admit(throttled, now);
        StaffUser user = users.find(userId).flatMap(u -> users.findForUpdate(u.getUsername())).orElse(null);
        if (admission != StaffLoginThrottle.Admission.ADMITTED || user == null) {
            return StaffLoginResult.refused(StaffLoginResult.Outcome.BAD_CREDENTIALS);
        }
        String name = user.getUsername();
        StaffLoginLock lock = locks.find(name, throttled).orElse(null);
        if (lock != null && lock.lockedAt(now)) {
            throttle.failed(throttled, now);
            record(AuditAction.STAFF_LOGIN, AuditOutcome.LOCKED_OUT, user.getId(), name, remoteAddress,
                    "while locked for the address (code step)");
            return StaffLoginResult.refused(StaffLoginResult.Outcome.LOCKED);
        }
        if (!user.isEnabled()) {
            record(AuditAction.STAFF_LOGIN, AuditOutcome.DISABLED, user.getId(), name, remoteAddress, "code step");
            return StaffLoginResult.refused(StaffLoginResult.Outcome.DISABLED);
        }
        if (!user.takeCode(code, now)) {
            return failed(user, lock, throttled, remoteAddress, now, "wrong or used code of the second factor");
        }
        if (lock != null) {
            locks.remove(lock);
        }
        record(AuditAction.STAFF_LOGIN, AuditOutcome.SUCCESS, user.getId(), name, remoteAddress, "with the second factor");
        return StaffLoginResult.admitted(actor(user, remoteAddress));
    }

    /** Whether the user must have a second factor: every admin, and operators where the region says so. */
    private boolean secondFactorRequired(StaffUser user) {
        return user.mustHaveSecondFactor(secondFactorForOperators);
    }

    /**
     * A wrong password or code: counted for the address, and for the account from that address; the failure that
     * reaches the limit locks the account there for the lockout period. Audited with what was wrong.
     */
    private StaffLoginResult failed(StaffUser user, StaffLoginLock lock, String throttled, String remoteAddress,
                                    Instant now, String what) {
        throttle.failed(throttled, now);
        StaffLoginLock counted = lock;
        if (counted == null) {
            counted = new StaffLoginLock(user.getUsername(), throttled);
            locks.store(counted);
        }
        if (counted.failed(now, maxFailedLogins, Duration.ofMinutes(lockoutMinutes))) {
            record(AuditAction.STAFF_LOGIN, AuditOutcome.LOCKED_OUT, user.getId(), user.getUsername(), remoteAddress,
                    "locked for the address after " + maxFailedLogins + " failed attempts (" + what + ")");
            return StaffLoginResult.refused(StaffLoginResult.Outcome.LOCKED);
        }
        record(AuditAction.STAFF_LOGIN, AuditOutcome.BAD_CREDENTIALS, user.getId(), user.getUsername(), remoteAddress, what);
        return StaffLoginResult.refused(StaffLoginResult.Outcome.BAD_CREDENTIALS);
    }

    private StaffLoginResult busy(String name, String remoteAddress) {
        record(AuditAction.STAFF_LOGIN, AuditOutcome.THROTTLED, null, name, remoteAddress, "no password hash permit");
        return StaffLoginResult.refused(StaffLoginResult.Outcome.BUSY);
    }

    /**
     * A staff session on its next request: the user as they are now (roles and institutions may have changed), or
     * why the session is over: {@code disabled}, {@code passwordChanged} (the password was changed or reset since the
     * login: every session of the user ends, the one that changed it starts afresh) or {@code expired} (older
     * than the absolute lifetime, however busy). An ended session is audited as a logout with its reason.
     */
    public Resumed resume(long userId, Instant signedInAt, String remoteAddress) {
        StaffUser user = users.find(userId).orElse(null);
        String end = user == null || !user.isEnabled() ? "disabled"
                : signedInAt.isBefore(user.getPasswordChangedAt()) ? "passwordChanged"
                : clock.instant().isAfter(signedInAt.plus(Duration.ofHours(sessionAbsoluteHours))) ? "expired"
                : null;
        if (end == null) {
            return new Resumed(actor(user, remoteAddress), null, user.isMustChangePassword(),
                    !user.hasSecondFactor() && secondFactorRequired(user));
        }
        if (user != null) {
            record(AuditAction.STAFF_LOGOUT, AuditOutcome.SUCCESS, user.getId(), user.getUsername(), remoteAddress,
                    "session ended: " + end);
        }
        return new Resumed(null, end, false, false);
    }

    /**
     * A staff session resumed ({@code actor}; {@code mustChangePassword} while the password is one an admin set;
     * {@code mustSetUpSecondFactor} while an admin, or an operator where required, has none) or ended ({@code
     * endReason}: disabled, passwordChanged, expired).
     */
    public record Resumed(StaffActor actor, String endReason, boolean mustChangePassword, boolean mustSetUpSecondFactor) {
    }

    /** The signed-in user as they are now (roles and institutions may have changed); empty once disabled. */
    public Optional<StaffActor> current(long userId, String remoteAddress) {
        return users.find(userId).filter(StaffUser::isEnabled).map(u -> actor(u, remoteAddress));
    }

    public void loggedOut(StaffActor actor) {
        record(AuditAction.STAFF_LOGOUT, AuditOutcome.SUCCESS, actor.userId(), actor.username(), actor.remoteAddress(),
                null);
    }

    /**
     * The region's first admin, as {@code server-config/create-admin.sh} asks for it: created only while no
     * enabled admin exists and the user name is free; the password must be strong enough.
     *
     * @return whether the admin was created now
     */
    public boolean createFirstAdmin(String username, String fullName, char[] password) {
        String name = StaffUser.normalize(username);
        if (users.anyAdmin()) {
            LOG.info("First admin: an admin exists already, nothing created");
            return false;
        }
        if (users.findForUpdate(name).isPresent()) {
            LOG.warning("First admin: the user name is taken, nothing created");
            return false;
        }
        Optional<String> weakness = Passwords.weakness(new String(password), name);
        if (weakness.isPresent()) {
            LOG.severe(() -> "First admin: the password is refused (" + weakness.get() + "), nothing created");
            return false;
        }
        StaffUser admin = new StaffUser(name, fullName == null || fullName.isBlank() ? name : fullName,
                Passwords.hash(password), Set.of(StaffRole.ADMIN), Set.of(), clock.instant());
        users.store(admin);
        audit.record(AuditEvent.ofStaff(clock.instant(), AuditAction.STAFF_USER_CREATED, AuditOutcome.SUCCESS, null,
                "server-config", null, admin.getId(), "first admin"));
        LOG.info("First admin created");
        return true;
    }

    private static StaffActor actor(StaffUser user, String remoteAddress) {
        return new StaffActor(user.getId(), user.getUsername(), user.getFullName(), user.getRoles(),
                user.getInstitutionIds(), remoteAddress);
    }

    private void record(AuditAction action, AuditOutcome outcome, Long userId, String username, String remoteAddress,
                        String detail) {
        audit.record(AuditEvent.ofStaff(clock.instant(), action, outcome, userId, username, remoteAddress, null, detail));
    }
}
