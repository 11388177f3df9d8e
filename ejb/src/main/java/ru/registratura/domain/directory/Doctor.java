package ru.registratura.domain.directory;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
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

/** A doctor who receives patients of one specialty in one institution. */
@Entity
@Cacheable
@Table(name = "doctor")
public class Doctor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "doctor_seq", sequenceName = "doctor_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "doctor_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "institution_id", nullable = false)
    private Institution institution;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "division_id")
    private Division division;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "specialty_id", nullable = false)
    private Specialty specialty;

    @Column(name = "last_name", nullable = false)
    private String lastName;

    @Column(name = "first_name", nullable = false)
    private String firstName;

    @Column(name = "middle_name")
    private String middleName;

    @Column(name = "cabinet", nullable = false)
    private String cabinet;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    /** Booked only with a referral, even when the specialty is not («по направлению»). */
    @Column(name = "referral_required", nullable = false)
    private boolean referralRequired;

    @Version
    @Column(name = "version")
    private long version;

    protected Doctor() {
    }

    public Doctor(Institution institution, Specialty specialty, String lastName, String firstName,
            String middleName, String cabinet) {
        this.institution = Objects.requireNonNull(institution);
        this.specialty = Objects.requireNonNull(specialty);
        this.lastName = Objects.requireNonNull(lastName);
        this.firstName = Objects.requireNonNull(firstName);
        this.middleName = middleName;
        this.cabinet = Objects.requireNonNull(cabinet);
    }

    /** New name, specialty, division, cabinet and whether they receive patients (checked by the caller). */
    public void change(Specialty specialty, Division division, String lastName, String firstName, String middleName,
                       String cabinet, boolean active) {
        this.specialty = Objects.requireNonNull(specialty);
        this.division = division;
        this.lastName = Objects.requireNonNull(lastName);
        this.firstName = Objects.requireNonNull(firstName);
        this.middleName = middleName;
        this.cabinet = Objects.requireNonNull(cabinet);
        this.active = active;
    }

    public void setDivision(Division division) {
        this.division = division;
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

    /** «Иванова Мария Петровна». */
    public String getFullName() {
        return middleName == null ? lastName + " " + firstName : lastName + " " + firstName + " " + middleName;
    }

    /** «Иванова М. П.». */
    public String getShortName() {
        String initials = firstName.charAt(0) + ".";
        if (middleName != null && !middleName.isEmpty()) {
            initials += " " + middleName.charAt(0) + ".";
        }
        return lastName + " " + initials;
    }

    public Long getId() {
        return id;
    }

    public Institution getInstitution() {
        return institution;
    }

    public Division getDivision() {
        return division;
    }

    public Specialty getSpecialty() {
        return specialty;
    }

    public String getCabinet() {
        return cabinet;
    }

    /** Whether the doctor is booked only with a referral: marked so, or of a specialty that is. */
    public boolean needsReferral() {
        return referralRequired || getSpecialty().isReferralRequired();
    }

    /** Whether the doctor is marked «по направлению» (whatever the specialty). */
    public boolean isReferralRequired() {
        return referralRequired;
    }

    public void setReferralRequired(boolean referralRequired) {
        this.referralRequired = referralRequired;
    }

    public boolean isActive() {
        return active;
    }
}
