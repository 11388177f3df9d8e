package ru.registratura.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern NUMBER = Pattern.compile("[\\d\\s-]+");
    private static final Pattern SNILS_WRITTEN = Pattern.compile("\\d{3}-\\d{3}-\\d{3}[\\s-]\\d{2}");
    private static final Pattern DATE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern SURNAME = Pattern.compile("\\p{L}[\\p{L}'’-]*");

    /**
     * The query one search box means, as an operator types it: a SNILS ({@code 123-456-789 01}, or eleven digits
     * whose check number is right), a policy number (6 to 16 digits, spaces allowed), or a surname with a birth
     * date ({@code Иванова 14.05.1986}; a first name between them is allowed). Empty while the text is none of
     * them yet: a surname alone finds nobody (an operator does not browse the region by surname).
     */
    public static Optional<PatientQuery> fromText(String text) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        if (NUMBER.matcher(typed).matches()) {
            String digits = typed.replaceAll("\\D", "");
            if (SNILS_WRITTEN.matcher(typed).matches()
                    || digits.length() == 11 && Snils.ifValid(digits) != null) {
                return Optional.of(new PatientQuery(null, digits, null, null));
            }
            return digits.length() >= 6 && digits.length() <= 16
                    ? Optional.of(new PatientQuery(digits, null, null, null))
                    : Optional.empty();
        }
        Matcher date = DATE.matcher(typed);
        Matcher surname = SURNAME.matcher(typed);
        if (!date.find() || !surname.find() || surname.start() > date.start()) {
            return Optional.empty();
        }
        try {
            LocalDate birthDate = LocalDate.of(Integer.parseInt(date.group(3)), Integer.parseInt(date.group(2)),
                    Integer.parseInt(date.group(1)));
            return Optional.of(new PatientQuery(null, null, surname.group(), birthDate));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

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
