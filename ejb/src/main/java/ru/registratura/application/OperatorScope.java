package ru.registratura.application;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import ru.registratura.domain.attachment.AttachmentSearchRepository;
import ru.registratura.domain.attachment.SearchStatus;
import ru.registratura.domain.scheduling.Appointment;

/** Which patients and appointments belong to a registry operator: those of the operator's institutions. */
@ApplicationScoped
public class OperatorScope {

    @Inject
    AttachmentSearchRepository searches;

    /** Whether the appointment is at one of the operator's institutions. */
    public boolean isThere(StaffActor staff, Appointment appointment) {
        return staff.institutionIds().contains(appointment.getSlot().getDoctor().getInstitution().getId());
    }

    /**
     * Whether the card's person belongs to the operator: attached (by the card's attachment search) to one of
     * their institutions, or with one of the upcoming appointments there.
     */
    public boolean servesCard(StaffActor staff, long cardId, List<Appointment> upcoming) {
        boolean attached = searches.find(cardId)
                .filter(s -> s.getStatus() == SearchStatus.FOUND && s.getEntry() != null)
                .map(s -> staff.institutionIds().contains(s.getEntry().getInstitution().getId()))
                .orElse(false);
        return attached || upcoming.stream().anyMatch(a -> isThere(staff, a));
    }
}
