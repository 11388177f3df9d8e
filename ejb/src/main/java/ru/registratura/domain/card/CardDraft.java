package ru.registratura.domain.card;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import ru.registratura.domain.directory.Sex;

/**
 * A card as the form holds it, before validation: what the patient typed or what ESIA prefilled.
 * {@link #validate} turns it into {@link CardDetails} or lists every refused field at once.
 */
public class CardDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The earliest birth date the portal accepts. */
    public static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

    private String lastName;
    private String firstName;
    private String middleName;
    private Sex sex;
    private LocalDate birthDate;
    private String policySeries;
    private String policyNumber;
    private String snils;
    private String phone;
    private Kinship kinship;

    /** The details, or {@link InvalidCardException} with one error per refused field. */
    public CardDetails validate(LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        String last = check(errors, "lastName", () -> new FullName(lastName, "X", null).lastName());
        String first = check(errors, "firstName", () -> new FullName("X", firstName, null).firstName());
        String middle = check(errors, "middleName", () -> new FullName("X", "X", middleName).middleName());
        if (sex == null) {
            errors.add(new FieldError("sex", "sex.required"));
        }
        if (birthDate == null) {
            errors.add(new FieldError("birthDate", "birthDate.required"));
        } else if (birthDate.isAfter(today)) {
            errors.add(new FieldError("birthDate", "birthDate.future"));
        } else if (birthDate.isBefore(EARLIEST_BIRTH_DATE)) {
            errors.add(new FieldError("birthDate", "birthDate.tooEarly"));
        }
        boolean policyGiven = !blank(policyNumber) || !blank(policySeries);
        OmsPolicy policy = policyGiven
                ? check(errors, "policyNumber", () -> OmsPolicy.parse(policySeries, policyNumber)) : null;
        Snils parsedSnils = blank(snils) ? null : check(errors, "snils", () -> Snils.parse(snils));
        if (!policyGiven && blank(snils)) {
            errors.add(new FieldError("policyNumber", "policyOrSnils.required"));
        }
        MobilePhone parsedPhone = blank(phone) ? null : check(errors, "phone", () -> MobilePhone.parse(phone));
        if (kinship == null) {
            errors.add(new FieldError("kinship", "kinship.required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidCardException(errors);
        }
        return new CardDetails(new FullName(last, first, middle), sex, birthDate, policy, parsedSnils, parsedPhone,
                kinship);
    }

    private static <T> T check(List<FieldError> errors, String field, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidValueException e) {
            errors.add(new FieldError(field, e.key()));
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** A draft holding a stored card's details, for the form «Изменение карточки». */
    public static CardDraft of(PatientCard card) {
        CardDraft d = new CardDraft();
        d.lastName = card.getLastName();
        d.firstName = card.getFirstName();
        d.middleName = card.getMiddleName();
        d.sex = card.getSex();
        d.birthDate = card.getBirthDate();
        OmsPolicy policy = card.getPolicy();
        d.policySeries = policy == null ? null : policy.series();
        d.policyNumber = policy == null ? null : policy.number();
        d.snils = card.getSnils() == null ? null : card.getSnils().value();
        d.phone = card.getPhone() == null ? null : card.getPhone().value();
        d.kinship = card.getKinship();
        return d;
    }

    /**
     * Puts a verified identity over what the form holds: names, sex, birth date and SNILS always, the policy when
     * the identity has one (else the patient's own stays). What was posted for them is ignored.
     */
    public void takeIdentity(PersonIdentity identity) {
        lastName = identity.getLastName();
        firstName = identity.getFirstName();
        middleName = identity.getMiddleName();
        sex = identity.getSex();
        birthDate = identity.getBirthDate();
        snils = identity.getSnils();
        OmsPolicy policy = identity.policy();
        if (policy != null) {
            policySeries = policy.series();
            policyNumber = policy.number();
        }
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getMiddleName() {
        return middleName;
    }

    public void setMiddleName(String middleName) {
        this.middleName = middleName;
    }

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getPolicySeries() {
        return policySeries;
    }

    public void setPolicySeries(String policySeries) {
        this.policySeries = policySeries;
    }

    public String getPolicyNumber() {
        return policyNumber;
    }

    public void setPolicyNumber(String policyNumber) {
        this.policyNumber = policyNumber;
    }

    public String getSnils() {
        return snils;
    }

    public void setSnils(String snils) {
        this.snils = snils;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Kinship getKinship() {
        return kinship;
    }

    public void setKinship(Kinship kinship) {
        this.kinship = kinship;
    }
}
