package ru.registratura.domain.card;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
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

    private static final Locale RU = Locale.forLanguageTag("ru");

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

    @Embedded
    private PersonIdentity identity;

    @Column(name = "phone")
    @Convert(converter = MobilePhoneConverter.class)
    private MobilePhone phone;

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
        this.identity = PersonIdentity.of(details);
        this.phone = details.phone();
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

    /**
     * Whether ESIA vouches for the person: the holder's own card and a child's card made from ESIA's «Данные детей»
     * take their identity from ESIA (refreshed at each login) and the patient cannot change it; a relative typed
     * by hand is the patient's word only.
     */
    public boolean isVerified() {
        return source == CardSource.ESIA;
    }

    public PersonIdentity identity() {
        return identity;
    }

    public String getLastName() {
        return identity.getLastName();
    }

    public String getFirstName() {
        return identity.getFirstName();
    }

    public String getMiddleName() {
        return identity.getMiddleName();
    }

    /** «Иванов Артём Сергеевич», as the identity holds it (checked when it came in, not again on each read). */
    public String getFullName() {
        return identity.fullName();
    }

    /** «ИВАНОВ А.»: as the header shows whom the portal acts for. */
    public String getShortName() {
        return shortName(identity.getLastName(), identity.getFirstName());
    }

    static String shortName(String lastName, String firstName) {
        return lastName.toUpperCase(RU) + " " + firstName.charAt(0) + ".";
    }

    public Sex getSex() {
        return identity.getSex();
    }

    public LocalDate getBirthDate() {
        return identity.getBirthDate();
    }

    public OmsPolicy getPolicy() {
        return identity.policy();
    }

    public Snils getSnils() {
        return identity.snils();
    }

    public MobilePhone getPhone() {
        return phone;
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
