package ru.registratura.domain.attachment;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ru.registratura.domain.card.FullName;
import ru.registratura.domain.card.OmsPolicy;
import ru.registratura.domain.card.PersonIdentity;
import ru.registratura.domain.directory.District;
import ru.registratura.domain.directory.Institution;
import ru.registratura.domain.directory.Sex;

/** One insured person of the attachment register: where they are attached, since when, and their insurer. */
@Entity
@Table(name = "attachment_register")
public class RegisterEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "attachment_register_seq", sequenceName = "attachment_register_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attachment_register_seq")
    private Long id;

    /** The person's key in the register: the policy as {@link OmsPolicy#toString()} writes it (null without one). */
    @Column(name = "register_key", updatable = false)
    private String registerKey;

    @Embedded
    private PersonIdentity identity;

    @Column(name = "insurer")
    private String insurer;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "institution_id", nullable = false)
    private Institution institution;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "district_id")
    private District district;

    @Column(name = "attached_since", nullable = false)
    private LocalDate attachedSince;

    @Version
    @Column(name = "version")
    private long version;

    protected RegisterEntry() {
    }

    public RegisterEntry(OmsPolicy policy, String snils, FullName name, LocalDate birthDate, Sex sex, String insurer,
                         Institution institution, District district, LocalDate attachedSince) {
        this.registerKey = policy == null ? null : policy.toString();
        this.identity = new PersonIdentity(name.lastName(), name.firstName(), name.middleName(), sex, birthDate, snils,
                policy);
        this.insurer = insurer;
        this.institution = institution;
        this.district = district;
        this.attachedSince = attachedSince;
    }

    public Long getId() {
        return id;
    }

    /** Whom the register names. */
    public PersonIdentity identity() {
        return identity;
    }

    public OmsPolicy getPolicy() {
        return identity.policy();
    }

    public String getSnils() {
        return identity.getSnils();
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

    /** «Фамилия Имя Отчество», without the middle name when there is none. */
    public String getFullName() {
        return new FullName(identity.getLastName(), identity.getFirstName(), identity.getMiddleName()).full();
    }

    public Sex getSex() {
        return identity.getSex();
    }

    public LocalDate getBirthDate() {
        return identity.getBirthDate();
    }

    public String getInsurer() {
        return insurer;
    }

    public Institution getInstitution() {
        return institution;
    }

    /** Null when the register gives the institution only. */
    public District getDistrict() {
        return district;
    }

    public LocalDate getAttachedSince() {
        return attachedSince;
    }
}
