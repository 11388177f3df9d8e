package ru.registratura.domain.account;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

import ru.registratura.domain.card.OmsPolicy;
import ru.registratura.domain.card.PersonIdentity;
import ru.registratura.domain.directory.Sex;

/** A child of the account holder as ESIA listed it at the last login. */
@Embeddable
public class AccountChild implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "esia_id")
    private String esiaId;

    @Embedded
    private PersonIdentity identity;

    protected AccountChild() {
    }

    public AccountChild(String esiaId, String lastName, String firstName, String middleName, LocalDate birthDate,
                        Sex sex, String snils, OmsPolicy policy) {
        this.esiaId = esiaId;
        this.identity = new PersonIdentity(lastName, firstName, middleName, sex, birthDate, snils, policy);
    }

    /** What ESIA says of the child. */
    public PersonIdentity identity() {
        return identity;
    }

    public String getEsiaId() {
        return esiaId;
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

    public LocalDate getBirthDate() {
        return identity.getBirthDate();
    }

    public Sex getSex() {
        return identity.getSex();
    }

    public String getSnils() {
        return identity.getSnils();
    }

    /** Null when ESIA has no policy for the child (docs/esia-protocol.md section 9, open point 4: the card file asks). */
    public OmsPolicy getPolicy() {
        return identity.policy();
    }
}
