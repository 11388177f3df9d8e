package ru.registratura.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import ru.registratura.domain.account.AccountLevel;
import ru.registratura.domain.card.OmsPolicy;
import ru.registratura.domain.directory.Sex;

/**
 * A person as ESIA reported them at login: the person record, contacts, documents and children
 * (docs/esia-protocol.md section 6), read by the portal's ESIA client and handed to {@link PatientLoginService}.
 *
 * @param trusted              a confirmed account: ESIA's person record and the id token both say so
 * @param identityVerified     an identity document (passport) with {@code vrfStu: VERIFIED}
 */
public record ImportedPerson(String esiaOid, String lastName, String firstName, String middleName, LocalDate birthDate,
                             Sex sex, String snils, boolean trusted, boolean identityVerified, OmsPolicy policy,
                             String mobile, String email, List<Child> children) implements Serializable {

    /** A child as ESIA lists it under {@code /kids}. */
    public record Child(String esiaId, String lastName, String firstName, String middleName, LocalDate birthDate,
                        Sex sex, String snils, OmsPolicy policy) implements Serializable {
    }

    public ImportedPerson {
        children = children == null ? List.of() : List.copyOf(children);
    }

    public AccountLevel level() {
        return AccountLevel.of(trusted, snils, identityVerified);
    }
}
