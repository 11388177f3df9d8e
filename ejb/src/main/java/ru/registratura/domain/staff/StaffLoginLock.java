package ru.registratura.domain.staff;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * Failed logins of one staff account from one client address, and the lockout they caused. A lockout holds for
 * that address only: an attacker who fails five times locks the account for himself, while its owner logs in from
 * the own network as ever. A success from the address forgets the failures.
 */
@Entity
@Table(name = "staff_login_lock")
@IdClass(StaffLoginLock.Key.class)
public class StaffLoginLock implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The primary key: user name and address. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String username;
        private String remoteAddress;

        public Key() {
        }

        public Key(String username, String remoteAddress) {
            this.username = username;
            this.remoteAddress = remoteAddress;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(username, k.username) && Objects.equals(remoteAddress, k.remoteAddress);
        }

        @Override
        public int hashCode() {
            return Objects.hash(username, remoteAddress);
        }
    }

    @Id
    @Column(name = "username")
    private String username;

    /** The client's address; empty when it is not known (behind a proxy nobody listed: every client's). */
    @Id
    @Column(name = "remote_address")
    private String remoteAddress;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private OffsetDateTime lockedUntil;

    protected StaffLoginLock() {
    }

    public StaffLoginLock(String username, String remoteAddress) {
        this.username = StaffUser.normalize(username);
        this.remoteAddress = remoteAddress == null ? "" : remoteAddress;
    }

    /** Whether failed logins keep the account locked for this address at this moment. */
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil.toInstant());
    }

    /**
     * Counts a failed login; the one that reaches {@code maxAttempts} locks the account for this address for
     * {@code lockout} and starts the count afresh. Returns whether this attempt locked it.
     */
    public boolean failed(Instant now, int maxAttempts, Duration lockout) {
        if (lockedUntil != null && !lockedAt(now)) {
            lockedUntil = null;
        }
        failedAttempts++;
        if (failedAttempts >= maxAttempts) {
            lockedUntil = OffsetDateTime.ofInstant(now.plus(lockout), ZoneOffset.UTC);
            failedAttempts = 0;
            return true;
        }
        return false;
    }

    public String getUsername() {
        return username;
    }

    public String getRemoteAddress() {
        return remoteAddress;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil == null ? null : lockedUntil.toInstant();
    }
}
