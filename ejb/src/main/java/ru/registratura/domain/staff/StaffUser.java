package ru.registratura.domain.staff;

import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A staff user: user name, full name, the hash of the password (never the password), roles, the
 * institutions of a registry operator (failed logins and lockouts are per address: {@link StaffLoginLock}).
 */
@Entity
@Table(name = "staff_user")
public class StaffUser implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "staff_user_seq", sequenceName = "staff_user_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_user_seq")
    private Long id;

    @Column(name = "username", nullable = false, updatable = false)
    private String username;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Column(name = "password_changed_at", nullable = false)
    private OffsetDateTime passwordChangedAt;

    /** A demo account (the demo region's migration marks it); never written by the application. */
    @Column(name = "demo", insertable = false, updatable = false)
    private boolean demo;

    /** The password was set by an admin: the user changes it before anything else. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    /** The second factor's secret (Base32), once confirmed with a code; null without one. */
    @Column(name = "totp_secret")
    private String totpSecret;

    @Column(name = "totp_enabled_at")
    private OffsetDateTime totpEnabledAt;

    /** The last 30-second step whose code was taken: a code is never taken twice. */
    @Column(name = "totp_last_step", nullable = false)
    private long totpLastStep;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_user_role", joinColumns = @JoinColumn(name = "staff_user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private Set<StaffRole> roles = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_user_institution", joinColumns = @JoinColumn(name = "staff_user_id"))
    @Column(name = "institution_id", nullable = false)
    private Set<Long> institutionIds = new HashSet<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected StaffUser() {
    }

    public StaffUser(String username, String fullName, String passwordHash, Set<StaffRole> roles,
                     Set<Long> institutionIds, Instant now) {
        this.username = normalize(username);
        this.fullName = fullName.strip();
        this.passwordHash = passwordHash;
        this.roles = new HashSet<>(roles);
        this.institutionIds = new HashSet<>(institutionIds);
        this.passwordChangedAt = utc(now);
        this.createdAt = utc(now);
    }

    /** User names are compared as typed, trimmed and in lower case. */
    public static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /** The user's own change: the new hash, and no further change required. */
    public void changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.passwordChangedAt = utc(now);
        this.mustChangePassword = false;
    }

    /** A password an admin set, which the admin knows: the user must change it at the next login. */
    public void requirePasswordChange() {
        this.mustChangePassword = true;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    /** An admin's change: name, roles and institutions (a registrar's; none for an admin only). */
    public void change(String fullName, Set<StaffRole> roles, Set<Long> institutionIds) {
        this.fullName = fullName.strip();
        this.roles.clear();
        this.roles.addAll(roles);
        this.institutionIds.clear();
        this.institutionIds.addAll(institutionIds);
    }

    /** An admin's reset of the password: the new hash, to be changed at the next login. */
    public void resetPassword(String newHash, Instant now) {
        changePassword(newHash, now);
        requirePasswordChange();
    }

    /** Whether the user logs in with a code of an authenticator app after the password. */
    /** Whether this user must have a second factor: every admin, and operators where the region says so. */
    public boolean mustHaveSecondFactor(boolean operatorsToo) {
        return has(StaffRole.ADMIN) || operatorsToo;
    }

    public boolean hasSecondFactor() {
        return totpSecret != null;
    }

    /**
     * Whether the code is right for now and not used before; a right one is used up. False without a second factor.
     */
    public boolean takeCode(String code, Instant now) {
        if (totpSecret == null) {
            return false;
        }
        OptionalLong step = TotpSecret.of(totpSecret).verify(code, now, totpLastStep);
        step.ifPresent(s -> totpLastStep = s);
        return step.isPresent();
    }

    /**
     * The second factor from now on, if the code is right for the secret (the user has set their app up with it);
     * a code taken here is used up too.
     */
    public boolean enableSecondFactor(TotpSecret secret, String code, Instant now) {
        OptionalLong step = secret.verify(code, now, 0);
        if (step.isEmpty()) {
            return false;
        }
        this.totpSecret = secret.base32();
        this.totpEnabledAt = utc(now);
        this.totpLastStep = step.getAsLong();
        return true;
    }

    /** No second factor any more (the user's own choice where allowed, or an admin's reset after a lost phone). */
    public void removeSecondFactor() {
        this.totpSecret = null;
        this.totpEnabledAt = null;
    }

    public Instant getSecondFactorSince() {
        return totpEnabledAt == null ? null : totpEnabledAt.toInstant();
    }

    public boolean has(StaffRole role) {
        return roles.contains(role);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt.toInstant();
    }

    public Set<StaffRole> getRoles() {
        return roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    public Set<Long> getInstitutionIds() {
        return Set.copyOf(institutionIds);
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
