package ru.registratura.domain.card;

import java.io.Serializable;
import java.time.LocalDate;

import ru.registratura.domain.directory.Sex;

/**
 * What the header and the booking wizard need of a card: its id, whether it is a relative's, the name, the birth date
 * and the sex. Read as a projection, without the card's documents and converters: every cabinet page reads the
 * account's card file for the header, and every wizard page checks the card it books for (bench/RESULTS.md, issue 17).
 */
public record CardSummary(long id, boolean relative, String lastName, String firstName, String middleName,
        LocalDate birthDate, Sex sex) implements Serializable {

    /** As a JPQL constructor expression selects it ({@code c.id, c.kinship, c.identity.lastName, ...}). */
    public CardSummary(Long id, Kinship kinship, String lastName, String firstName, String middleName,
            LocalDate birthDate, Sex sex) {
        this(id.longValue(), kinship.relative(), lastName, firstName, middleName, birthDate, sex);
    }

    /** «Иванов Артём Сергеевич». */
    public String fullName() {
        return PersonIdentity.fullName(lastName, firstName, middleName);
    }

    /** «ИВАНОВ А.». */
    public String shortName() {
        return PatientCard.shortName(lastName, firstName);
    }
}
