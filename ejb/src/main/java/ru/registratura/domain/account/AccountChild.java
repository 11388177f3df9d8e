package ru.registratura.domain.account;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import ru.registratura.domain.card.OmsPolicy;
import ru.registratura.domain.directory.Sex;

/** A child of the account holder as ESIA listed it at the last login. */
@Embeddable
public class AccountChild implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "esia_id")
    private String esiaId;

    @Column(name = "last_name")
    private String lastName;

    @Column(name = "first_name")
    private String firstName;

    @Column(name = "middle_name")
    private String middleName;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "sex")
    private Sex sex;

    @Column(name = "snils")
    private String snils;

    @Column(name = "policy_series")
    private String policySeries;

    @Column(name = "policy_number")
    private String policyNumber;

    protected AccountChild() {
    }

    public AccountChild(String esiaId, String lastName, String firstName, String middleName, LocalDate birthDate,
                        Sex sex, String snils, OmsPolicy policy) {
        this.esiaId = esiaId;
        this.lastName = lastName;
        this.firstName = firstName;
        this.middleName = middleName;
        this.birthDate = birthDate;
        this.sex = sex;
        this.snils = snils;
        this.policySeries = policy == null ? null : policy.series();
        this.policyNumber = policy == null ? null : policy.number();
    }

    public String getEsiaId() {
        return esiaId;
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

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public Sex getSex() {
        return sex;
    }

    public String getSnils() {
        return snils;
    }

    /** Null when ESIA has no policy for the child (PROTOCOL.md section 9, open point 4: the card file asks). */
    public OmsPolicy getPolicy() {
        return OmsPolicy.ofColumns(policySeries, policyNumber);
    }
}
