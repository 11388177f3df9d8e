package ru.registratura.domain.attachment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The attachment register as the search reads it. */
public interface AttachmentRegister {

    List<RegisterEntry> byPolicyNumber(String policyNumber);

    List<RegisterEntry> bySnils(String snils);

    List<RegisterEntry> byBirthDate(LocalDate birthDate);

    Optional<RegisterEntry> entry(long id);

    /** The entry, its row locked for the rest of the transaction (registry bookings of one person in turn). */
    Optional<RegisterEntry> lockEntry(long id);
}
