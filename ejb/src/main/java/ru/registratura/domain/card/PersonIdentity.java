package ru.registratura.domain.card;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import ru.registratura.domain.directory.Sex;

/**
 * Who a person is: names, sex, birth date, SNILS and OMS policy. ESIA's account and child records, the card
 * file and the attachment register record it in the same columns, each through this one value; whether two
 * records are the same person is decided here and nowhere else ({@link #sameName}, {@link #samePolicy},
 * {@link #sameSnils}, {@link #sameBirthDate}); what a verified card takes from ESIA is
 * {@link CardDraft#takeIdentity}'s.
 * <p>
 * The values are kept as stored: ESIA's and the register's values were checked where they came in (the
 * register's parser, the card form), ESIA's are ESIA's. The SNILS is held typed ({@link SnilsConverter}); a text
 * from ESIA that is not a SNILS is kept as none.
 */
@Embeddable
public class PersonIdentity implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "last_name")
    private String lastName;

    @Column(name = "first_name")
    private String firstName;

    @Column(name = "middle_name")
    private String middleName;

    @Enumerated(EnumType.STRING)
    @Column(name = "sex")
    private Sex sex;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Column(name = "snils")
    @Convert(converter = SnilsConverter.class)
    private Snils snils;

    @Column(name = "policy_series")
    private String policySeries;

    @Column(name = "policy_number")
    private String policyNumber;

    protected PersonIdentity() {
    }

    public PersonIdentity(String lastName, String firstName, String middleName, Sex sex, LocalDate birthDate,
                          String snils, OmsPolicy policy) {
        this.lastName = lastName;
        this.firstName = firstName;
        this.middleName = middleName == null || middleName.isBlank() ? null : middleName;
        this.sex = sex;
        this.birthDate = birthDate;
        this.snils = Snils.ifValid(snils);
        this.policySeries = policy == null ? null : policy.series();
        this.policyNumber = policy == null ? null : policy.number();
    }

    /** A card's validated details as an identity. */
    public static PersonIdentity of(CardDetails details) {
        return new PersonIdentity(details.name().lastName(), details.name().firstName(), details.name().middleName(),
                details.sex(), details.birthDate(), details.snils() == null ? null : details.snils().value(),
                details.policy());
    }

    /** Surname, first name and patronymic alike, ignoring case and «ё» written as «е». */
    public boolean sameName(PersonIdentity other) {
        return FullName.matchKey(lastName).equals(FullName.matchKey(other.lastName))
                && FullName.matchKey(firstName).equals(FullName.matchKey(other.firstName))
                && FullName.matchKey(middleName).equals(FullName.matchKey(other.middleName));
    }

    public boolean sameBirthDate(PersonIdentity other) {
        return birthDate != null && birthDate.equals(other.birthDate);
    }

    /** The same policy number and, for an old policy, the same series (case ignored). */
    public boolean samePolicy(PersonIdentity other) {
        return policyNumber != null && policyNumber.equals(other.policyNumber)
                && Objects.equals(seriesKey(policySeries), seriesKey(other.policySeries));
    }

    public boolean sameSnils(PersonIdentity other) {
        return snils != null && snils.equals(other.snils);
    }

    private static String seriesKey(String series) {
        return series == null ? null : FullName.matchKey(series);
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

    public Sex getSex() {
        return sex;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    /** SNILS as shown («112-233-445 95»); null when there is none. */
    public String getSnils() {
        return snils == null ? null : snils.value();
    }

    /** Null when there is none. */
    public Snils snils() {
        return snils;
    }

    /** «Иванов Артём Сергеевич»: the names as held, joined (no check again: they were checked where they came in). */
    public String fullName() {
        return fullName(lastName, firstName, middleName);
    }

    /** «Иванов Артём Сергеевич» of the parts of a name (the patronymic may be null). */
    static String fullName(String lastName, String firstName, String middleName) {
        return middleName == null ? lastName + " " + firstName : lastName + " " + firstName + " " + middleName;
    }

    /** Null when there is none. */
    public OmsPolicy policy() {
        return OmsPolicy.ofColumns(policySeries, policyNumber);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PersonIdentity p && Objects.equals(lastName, p.lastName)
                && Objects.equals(firstName, p.firstName) && Objects.equals(middleName, p.middleName) && sex == p.sex
                && Objects.equals(birthDate, p.birthDate) && Objects.equals(snils, p.snils)
                && Objects.equals(policySeries, p.policySeries) && Objects.equals(policyNumber, p.policyNumber);
    }

    @Override
    public int hashCode() {
        return Objects.hash(lastName, firstName, birthDate, policyNumber, snils);
    }

    /** No personal data: an identity may reach a log line by accident. */
    @Override
    public String toString() {
        return "PersonIdentity[…]";
    }
}
