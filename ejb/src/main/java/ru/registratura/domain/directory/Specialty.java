package ru.registratura.domain.directory;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Cacheable;
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

/**
 * A medical specialty of the federal nomenclature, with whom it may serve: an age range in full
 * years and, for some, one sex. District specialties name the kind of district they serve.
 */
@Entity
@Cacheable
@Table(name = "specialty")
public class Specialty implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "specialty_seq", sequenceName = "specialty_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "specialty_seq")
    private Long id;

    @Column(name = "federal_code", nullable = false, unique = true)
    private String federalCode;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "min_age")
    private Integer minAge;

    @Column(name = "max_age")
    private Integer maxAge;

    @Enumerated(EnumType.STRING)
    @Column(name = "sex")
    private Sex sex;

    @Enumerated(EnumType.STRING)
    @Column(name = "district_kind")
    private DistrictKind districtKind;

    /** Booked only with a referral («по направлению»). */
    @Column(name = "referral_required", nullable = false)
    private boolean referralRequired;

    @Version
    @Column(name = "version")
    private long version;

    protected Specialty() {
    }

    public Specialty(String federalCode, String name, Integer minAge, Integer maxAge, Sex sex,
            DistrictKind districtKind) {
        if (minAge != null && maxAge != null && minAge > maxAge) {
            throw new IllegalArgumentException("min age above max age");
        }
        this.federalCode = Objects.requireNonNull(federalCode);
        this.name = Objects.requireNonNull(name);
        this.minAge = minAge;
        this.maxAge = maxAge;
        this.sex = sex;
        this.districtKind = districtKind;
    }

    /** New code, name, limits and district kind (checked by the caller). */
    public void change(String federalCode, String name, Integer minAge, Integer maxAge, Sex sex,
                       DistrictKind districtKind) {
        Specialty checked = new Specialty(federalCode, name, minAge, maxAge, sex, districtKind);
        this.federalCode = checked.federalCode;
        this.name = checked.name;
        this.minAge = checked.minAge;
        this.maxAge = checked.maxAge;
        this.sex = checked.sex;
        this.districtKind = checked.districtKind;
    }

    /** Whether the specialty is booked only with a referral («по направлению»). */
    public boolean isReferralRequired() {
        return referralRequired;
    }

    public void setReferralRequired(boolean referralRequired) {
        this.referralRequired = referralRequired;
    }

    public Long getId() {
        return id;
    }

    public String getFederalCode() {
        return federalCode;
    }

    public String getName() {
        return name;
    }

    public Integer getMinAge() {
        return minAge;
    }

    public Integer getMaxAge() {
        return maxAge;
    }

    public Sex getSex() {
        return sex;
    }

    public DistrictKind getDistrictKind() {
        return districtKind;
    }

    /** Whether the specialty serves a person of this age in full years. */
    public boolean servesAge(int age) {
        return (minAge == null || age >= minAge) && (maxAge == null || age <= maxAge);
    }

    /** Whether the specialty serves a person of this sex (most serve both). */
    public boolean servesSex(Sex personSex) {
        return sex == null || sex == personSex;
    }

    /** Whether the specialty serves a person of this age and sex: who may see its doctors. */
    public boolean serves(int age, Sex personSex) {
        return servesAge(age) && servesSex(personSex);
    }
}
