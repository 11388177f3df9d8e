package ru.registratura.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import ru.registratura.domain.card.FieldError;
import ru.registratura.domain.card.InvalidValueException;
import ru.registratura.domain.card.OmsPolicy;
import ru.registratura.domain.card.Snils;

/**
 * What a registry operator searches a patient by: the policy number, or the SNILS, or the surname with the
 * birth date. Exactly one of the three ways; each value is checked as the card file checks it.
 */
public record PatientQuery(String policyNumber, String snils, String lastName, LocalDate birthDate)
        implements Serializable {

    public enum By { POLICY, SNILS, NAME_AND_BIRTH_DATE }

    private static boolean filled(String value) {
        return value != null && !value.isBlank();
    }

    /** Which way the query searches; null while it is not exactly one of them. */
    public By by() {
        boolean policy = filled(policyNumber);
        boolean bySnils = filled(snils);
        boolean name = filled(lastName) || birthDate != null;
        int ways = (policy ? 1 : 0) + (bySnils ? 1 : 0) + (name ? 1 : 0);
        if (ways != 1) {
            return null;
        }
        return policy ? By.POLICY : bySnils ? By.SNILS : By.NAME_AND_BIRTH_DATE;
    }

    /** What is wrong with the query, by field (policyNumber, snils, lastName, birthDate or none: the form). */
    public List<FieldError> problems(LocalDate today) {
        List<FieldError> problems = new ArrayList<>();
        By by = by();
        if (by == null) {
            problems.add(new FieldError(null, "search.oneWay", List.of()));
            return problems;
        }
        switch (by) {
            case POLICY -> {
                String digits = policyNumber.replace(" ", "").strip();
                if (!digits.matches("\\d{6,16}")) {
                    problems.add(new FieldError("policyNumber", "search.policy.format", List.of()));
                } else if (digits.length() == 16) {
                    try {
                        OmsPolicy.parse(null, digits);
                    } catch (InvalidValueException e) {
                        problems.add(new FieldError("policyNumber", e.key(), List.of()));
                    }
                }
            }
            case SNILS -> {
                try {
                    Snils.parse(snils);
                } catch (InvalidValueException e) {
                    problems.add(new FieldError("snils", e.key(), List.of()));
                }
            }
            case NAME_AND_BIRTH_DATE -> {
                if (!filled(lastName)) {
                    problems.add(new FieldError("lastName", "search.lastName.required", List.of()));
                }
                if (birthDate == null) {
                    problems.add(new FieldError("birthDate", "search.birthDate.required", List.of()));
                } else if (birthDate.isAfter(today)) {
                    problems.add(new FieldError("birthDate", "search.birthDate.future", List.of()));
                }
            }
            default -> throw new IllegalStateException();
        }
        return problems;
    }

    /** The policy number as the tables hold it (digits only). */
    String policyDigits() {
        return policyNumber.replace(" ", "").strip();
    }

    /** The SNILS as the tables hold it ({@code 123-456-789 01}). */
    String snilsValue() {
        return Snils.parse(snils).value();
    }
}
