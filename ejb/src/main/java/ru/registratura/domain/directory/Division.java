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

/** A division of an institution (a branch polyclinic, a women's consultation, a department). */
@Entity
@Cacheable
@Table(name = "division")
public class Division implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "division_seq", sequenceName = "division_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "division_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "institution_id", nullable = false)
    private Institution institution;

    @Column(name = "name", nullable = false)
    private String name;

    /** Null when the division works at the institution's own address. */
    @Column(name = "address")
    private String address;

    @Column(name = "phone")
    private String phone;

    @Version
    @Column(name = "version")
    private long version;

    protected Division() {
    }

    public Division(Institution institution, String name, String address, String phone) {
        this.institution = Objects.requireNonNull(institution);
        this.name = Objects.requireNonNull(name);
        this.address = address;
        this.phone = phone;
        // Both sides of the relation: the institution may come from the shared cache, whose list of divisions
        // is not read again from the database.
        institution.divisionAdded(this);
    }

    public void change(String name, String address, String phone) {
        this.name = Objects.requireNonNull(name);
        this.address = address;
        this.phone = phone;
    }

    public Institution getInstitution() {
        return institution;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    public String getPhone() {
        return phone;
    }
}
