package ru.registratura.domain.directory;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A district (участок) of an institution, served by its district doctor. */
@Entity
@Cacheable
@Table(name = "district")
public class District implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "district_seq", sequenceName = "district_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "district_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "institution_id", nullable = false)
    private Institution institution;

    @Column(name = "number", nullable = false)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private DistrictKind kind;

    /** Null while the district has no doctor (a vacancy). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "doctor_id")
    private Doctor doctor;

    @Version
    @Column(name = "version")
    private long version;

    protected District() {
    }

    public District(Institution institution, String number, DistrictKind kind, Doctor doctor) {
        this.institution = Objects.requireNonNull(institution);
        this.number = Objects.requireNonNull(number);
        this.kind = Objects.requireNonNull(kind);
        this.doctor = doctor;
    }

    public void change(String number, DistrictKind kind, Doctor doctor) {
        this.number = Objects.requireNonNull(number);
        this.kind = Objects.requireNonNull(kind);
        this.doctor = doctor;
    }

    public Long getId() {
        return id;
    }

    public Institution getInstitution() {
        return institution;
    }

    public String getNumber() {
        return number;
    }

    public DistrictKind getKind() {
        return kind;
    }

    public Doctor getDoctor() {
        return doctor;
    }
}
