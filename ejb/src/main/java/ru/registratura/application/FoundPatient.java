package ru.registratura.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A person a registry operator found: from a portal card, from the attachment register, or both (the card's
 * attachment search found that entry). Appointments are those at the operator's institutions.
 */
public record FoundPatient(Long cardId, Long registerEntryId, String fullName, LocalDate birthDate, String sex,
                           String policy, String snils, String institution, String district,
                           List<FoundAppointment> appointments) implements Serializable {

    public FoundPatient {
        appointments = List.copyOf(appointments);
    }

    /** Whether the person has a card in the portal (an ESIA account's card file). */
    public boolean inPortal() {
        return cardId != null;
    }

    /** Whether the person is in the attachment register (attached to one of the operator's institutions). */
    public boolean inRegister() {
        return registerEntryId != null;
    }

    public record FoundAppointment(long id, Instant startsAt, String doctor, String specialty, String institution,
                                   String cabinet, String status, String channel) implements Serializable {
    }
}
