package ru.registratura.domain.card;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ru.registratura.domain.directory.Sex;

/**
 * A card in a patient's card file: the account holder (kinship SELF) or a relative the holder acts for
 * (a child under 14 or a ward). Owned by exactly one account; only that account may see or change it.
 * Stored as validated {@link CardDetails}, with the time the holder consented to the processing of the
 * person's data.
 */
@Entity
@Table(name = "patient_card")
public class PatientCard implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "patient_card_seq", sequenceName = "patient_card_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "patient_card_seq")
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kinship", nullable = false)
    private Kinship kinship;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, updatable = false)
    private CardSource source;

    /** ESIA's id of the child a card was made from («Данные детей»), so that the list knows it is added. */
    @Column(name = "esia_child_id", updatable = false)
    private String esiaChildId;

    @Column(name = "last_name", nullable = false)
    private String lastName;

    @Column(name = "first_name", nullable = false)
    private String firstName;

    @Column(name = "middle_name")
    private String middleName;

    @Enumerated(EnumType.STRING)
    @Column(name = "sex", nullable = false)
    private Sex sex;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Column(name = "policy_series")
    private String policySeries;

    @Column(name = "policy_number")
    private String policyNumber;

    @Column(name = "snils")
    private String snils;

    @Column(name = "phone")
    private String phone;

    @Column(name = "consent_at", nullable = false, updatable = false)
    private OffsetDateTime consentAt;

    @Column(name = "consent_version", nullable = false, updatable = false)
    private String consentVersion;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    @Column(name = "version")
    private long version;

    protected PatientCard() {
    }

    public PatientCard(long accountId, CardDetails details, CardSource source, String esiaChildId,
                       String consentVersion, Instant consentAt) {
        this.accountId = accountId;
        this.source = source;
        this.esiaChildId = esiaChildId;
        this.consentVersion = consentVersion;
        this.consentAt = OffsetDateTime.ofInstant(consentAt, ZoneOffset.UTC);
        this.createdAt = this.consentAt;
        change(details, consentAt);
    }

    /** Takes over changed details (the form «Изменение карточки»). */
    public void change(CardDetails details, Instant now) {
        this.kinship = details.kinship();
        this.lastName = details.name().lastName();
        this.firstName = details.name().firstName();
        this.middleName = details.name().middleName();
        this.sex = details.sex();
        this.birthDate = details.birthDate();
        this.policySeries = details.policy() == null ? null : details.policy().series();
        this.policyNumber = details.policy() == null ? null : details.policy().number();
        this.snils = details.snils() == null ? null : details.snils().value();
        this.phone = details.phone() == null ? null : details.phone().value();
        this.updatedAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    }

    public boolean ownedBy(long account) {
        return accountId == account;
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public Kinship getKinship() {
        return kinship;
    }

    public boolean isRelative() {
        return kinship.relative();
    }

    public CardSource getSource() {
        return source;
    }

    public String getEsiaChildId() {
        return esiaChildId;
    }

    public String getLastName() {
        return lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getMiddleName() {
        return middleName;
    }

    public FullName getName() {
        return new FullName(lastName, firstName, middleName);
    }

    /** «Иванов Артём Сергеевич». */
    public String getFullName() {
        return getName().full();
    }

    /** «ИВАНОВ А.»: as the header shows whom the portal acts for. */
    public String getShortName() {
        return lastName.toUpperCase(java.util.Locale.forLanguageTag("ru")) + " " + firstName.charAt(0) + ".";
    }

    public Sex getSex() {
        return sex;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public OmsPolicy getPolicy() {
        return OmsPolicy.ofColumns(policySeries, policyNumber);
    }

    public Snils getSnils() {
        return snils == null ? null : Snils.parse(snils);
    }

    public MobilePhone getPhone() {
        return phone == null ? null : MobilePhone.parse(phone);
    }

    public Instant getConsentAt() {
        return consentAt.toInstant();
    }

    public String getConsentVersion() {
        return consentVersion;
    }

    public Instant getCreatedAt() {
        return createdAt.toInstant();
    }
}
