package ru.registratura.domain.account;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ru.registratura.domain.card.OmsPolicy;
import ru.registratura.domain.card.PersonIdentity;
import ru.registratura.domain.directory.Sex;

/**
 * A patient's account in the portal: created at the first ESIA login and updated from ESIA at every
 * login, so that names, SNILS, policy, contacts and children are as ESIA knows them.
 */
@Entity
@Table(name = "patient_account")
public class PatientAccount implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "patient_account_seq", sequenceName = "patient_account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "patient_account_seq")
    private Long id;

    @Column(name = "esia_oid", nullable = false, updatable = false)
    private String esiaOid;

    @Embedded
    private PersonIdentity identity;

    @Enumerated(EnumType.STRING)
    @Column(name = "account_level", nullable = false)
    private AccountLevel level;

    @Column(name = "mobile")
    private String mobile;

    @Column(name = "email")
    private String email;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "last_login_at", nullable = false)
    private OffsetDateTime lastLoginAt;

    @ElementCollection
    @CollectionTable(name = "patient_account_child", joinColumns = @JoinColumn(name = "account_id"))
    @OrderColumn(name = "position")
    private List<AccountChild> children = new ArrayList<>();

    @Version
    @Column(name = "version")
    private long version;

    protected PatientAccount() {
    }

    public PatientAccount(String esiaOid, Instant now) {
        this.esiaOid = esiaOid;
        this.createdAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        this.lastLoginAt = this.createdAt;
        this.level = AccountLevel.SIMPLIFIED;
    }

    /** Takes over what ESIA reports at a login; the children replace the previous list. */
    public void refresh(String lastName, String firstName, String middleName, LocalDate birthDate, Sex sex, String snils,
                        AccountLevel level, OmsPolicy policy, String mobile, String email, List<AccountChild> children,
                        Instant loginAt) {
        this.identity = new PersonIdentity(lastName, firstName, middleName, sex, birthDate, snils, policy);
        this.level = level;
        this.mobile = mobile;
        this.email = email;
        this.children.clear();
        this.children.addAll(children);
        this.lastLoginAt = OffsetDateTime.ofInstant(loginAt, ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public String getEsiaOid() {
        return esiaOid;
    }

    public String getLastName() {
        return identity == null ? null : identity.getLastName();
    }

    public String getFirstName() {
        return identity == null ? null : identity.getFirstName();
    }

    public String getMiddleName() {
        return identity == null ? null : identity.getMiddleName();
    }

    public LocalDate getBirthDate() {
        return identity == null ? null : identity.getBirthDate();
    }

    public Sex getSex() {
        return identity == null ? null : identity.getSex();
    }

    public String getSnils() {
        return identity == null ? null : identity.getSnils();
    }

    /** What ESIA said of the holder at the last login; null before the first. */
    public PersonIdentity identity() {
        return identity;
    }

    public AccountLevel getLevel() {
        return level;
    }

    public OmsPolicy getPolicy() {
        return identity == null ? null : identity.policy();
    }

    public String getMobile() {
        return mobile;
    }

    public String getEmail() {
        return email;
    }

    public List<AccountChild> getChildren() {
        return List.copyOf(children);
    }

    public Instant getCreatedAt() {
        return createdAt.toInstant();
    }

    public Instant getLastLoginAt() {
        return lastLoginAt.toInstant();
    }
}
