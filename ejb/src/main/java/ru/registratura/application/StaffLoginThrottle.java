package ru.registratura.application;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What a staff login may cost before its password hash is computed (210,000 PBKDF2 iterations, about 0.1 s of a
 * core). Two limits, both on this node and in memory: failed logins per client address within a window that starts
 * at the address's first failure (beyond the limit the address is refused at once, whatever the user name), and password hashes computed at once (a
 * login that finds none free within a second is refused as busy). Neither keeps anybody out of their own account
 * from another address, unlike a lockout per account.
 */
@ApplicationScoped
public class StaffLoginThrottle {

    /** The answer to an address's attempt. */
    public enum Admission {
        ADMITTED,
        /** The first refusal of the address in its window: worth an audit row. */
        REFUSED_FIRST,
        /** Refused again in the same window: not audited, so that an attack cannot fill the audit trail. */
        REFUSED
    }

    @Inject
    @ConfigProperty(name = "registratura.staff.login.failures-per-address", defaultValue = "20")
    int failuresPerAddress;

    @Inject
    @ConfigProperty(name = "registratura.staff.login.address-window-seconds", defaultValue = "600")
    int windowSeconds;

    @Inject
    @ConfigProperty(name = "registratura.staff.login.concurrent-hashes", defaultValue = "2")
    int concurrentHashes;

    private RateWindows failures;
    private Semaphore hashes;

    public StaffLoginThrottle() {
    }

    /** For unit tests: the limits given. */
    StaffLoginThrottle(int failuresPerAddress, int windowSeconds, int concurrentHashes) {
        this.failuresPerAddress = failuresPerAddress;
        this.windowSeconds = windowSeconds;
        this.concurrentHashes = concurrentHashes;
        init();
    }

    @PostConstruct
    void init() {
        failures = new RateWindows(failuresPerAddress, Duration.ofSeconds(windowSeconds));
        hashes = new Semaphore(Math.max(1, concurrentHashes), true);
    }

    /**
     * Whether the address may try a login now; refused once it has failed the limit within the window. An unknown
     * address (behind a proxy that is not trusted, see {@code ClientAddressFilter}) is never refused here: it would
     * be every client's.
     */
    public Admission admit(String address, Instant now) {
        if (address == null) {
            return Admission.ADMITTED;
        }
        return switch (failures.check(address, now)) {
            case WITHIN -> Admission.ADMITTED;
            case OVER_FIRST -> Admission.REFUSED_FIRST;
            case OVER -> Admission.REFUSED;
        };
    }

    /** Counts a failed login of the address (none for an unknown address). */
    public void failed(String address, Instant now) {
        if (address != null) {
            failures.count(address, now);
        }
    }

    /**
     * Computes a password hash when one of the node's permits is free within a second: the answer of
     * {@code verification}, or null when the node is busy (the login is refused without hashing).
     */
    public Boolean hashWithPermit(BooleanSupplier verification) {
        boolean permitted;
        try {
            permitted = hashes.tryAcquire(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        if (!permitted) {
            return null;
        }
        try {
            return verification.getAsBoolean();
        } finally {
            hashes.release();
        }
    }
}
