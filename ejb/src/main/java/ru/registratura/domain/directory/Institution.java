package ru.registratura.domain.directory;

import java.io.Serializable;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A medical institution of the region: a polyclinic or a hospital with an outpatient department. */
@Entity
@Cacheable
@Table(name = "institution")
public class Institution implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "institution_seq", sequenceName = "institution_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "institution_seq")
    private Long id;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "short_name", nullable = false)
    private String shortName;

    @Column(name = "address", nullable = false)
    private String address;

    @Column(name = "phone", nullable = false)
    private String phone;

    @Enumerated(EnumType.STRING)
    @Column(name = "patients", nullable = false)
    private PatientGroup patients;

    /** The code in the federal register of medical organisations: the register file's LPU. */
    @Column(name = "oms_code")
    private String omsCode;

    /** Null: in no municipal district yet (the public directory lists it under «Другие»). */
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "municipality_id")
    private Municipality municipality;

    /** As the institution says it, e.g. «пн–пт 8:00–20:00, сб 9:00–15:00»; null: not given. */
    @Column(name = "working_hours")
    private String workingHours;

    @OneToMany(mappedBy = "institution")
    @OrderBy("name")
    private List<Division> divisions = new ArrayList<>();

    @Version
    @Column(name = "version")
    private long version;

    protected Institution() {
    }

    public Institution(String name, String shortName, String address, String phone, PatientGroup patients) {
        this.name = Objects.requireNonNull(name);
        this.shortName = Objects.requireNonNull(shortName);
        this.address = Objects.requireNonNull(address);
        this.phone = Objects.requireNonNull(phone);
        this.patients = Objects.requireNonNull(patients);
    }

    /** New name, address, phone, patients and code (checked by the caller). */
    public void change(String name, String shortName, String address, String phone, PatientGroup patients,
                       String omsCode) {
        this.name = Objects.requireNonNull(name);
        this.shortName = Objects.requireNonNull(shortName);
        this.address = Objects.requireNonNull(address);
        this.phone = Objects.requireNonNull(phone);
        this.patients = Objects.requireNonNull(patients);
        this.omsCode = omsCode;
    }

    public String getOmsCode() {
        return omsCode;
    }

    public Municipality getMunicipality() {
        return municipality;
    }

    public String getWorkingHours() {
        return workingHours;
    }

    /** Where the institution is and when it works (checked by the caller). */
    public void place(Municipality municipality, String workingHours) {
        this.municipality = municipality;
        this.workingHours = workingHours;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getShortName() {
        return shortName;
    }

    public String getAddress() {
        return address;
    }

    public String getPhone() {
        return phone;
    }

    public PatientGroup getPatients() {
        return patients;
    }

    /** Divisions by name as a Russian reader sorts them (a RuleBasedCollator compares under its own lock). */
    private static final Comparator<Division> BY_NAME = Comparator.comparing(Division::getName,
            Collator.getInstance(Locale.forLanguageTag("ru")));

    /** A new division of this institution (its constructor calls this). */
    void divisionAdded(Division division) {
        divisions.add(division);
    }

    /**
     * The divisions by name. Sorted here too, not only by the query's {@code @OrderBy}: an institution from the
     * shared cache keeps its divisions as they were added and renamed since it was read.
     */
    public List<Division> getDivisions() {
        return divisions.stream().sorted(BY_NAME).toList();
    }
}
