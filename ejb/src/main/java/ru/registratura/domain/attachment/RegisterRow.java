package ru.registratura.domain.attachment;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

import ru.registratura.domain.directory.Sex;

/**
 * One person of the attachment register as a line of the import file gives it, checked and resolved: the key
 * (the policy: the ЕНП, or «series number»), the person, and where they are attached.
 */
public record RegisterRow(int line, String key, String policySeries, String policyNumber, String snils,
                          String lastName, String firstName, String middleName, LocalDate birthDate, Sex sex,
                          String insurer, long institutionId, Long districtId, LocalDate attachedSince)
        implements Serializable {

    /** Whether the stored entry already says all this (the line number aside): a re-import changes nothing. */
    public boolean sameDataAs(RegisterRow stored) {
        return Objects.equals(key, stored.key) && Objects.equals(policySeries, stored.policySeries)
                && Objects.equals(policyNumber, stored.policyNumber) && Objects.equals(snils, stored.snils)
                && Objects.equals(lastName, stored.lastName) && Objects.equals(firstName, stored.firstName)
                && Objects.equals(middleName, stored.middleName) && Objects.equals(birthDate, stored.birthDate)
                && sex == stored.sex && Objects.equals(insurer, stored.insurer)
                && institutionId == stored.institutionId && Objects.equals(districtId, stored.districtId)
                && Objects.equals(attachedSince, stored.attachedSince);
    }
}
