package ru.registratura.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import ru.registratura.domain.attachment.AttachmentRegister;
import ru.registratura.domain.attachment.AttachmentSearch;
import ru.registratura.domain.attachment.AttachmentSearchRepository;
import ru.registratura.domain.attachment.RegisterEntry;
import ru.registratura.domain.attachment.SearchStatus;
import ru.registratura.domain.audit.AuditAction;
import ru.registratura.domain.audit.AuditEvent;
import ru.registratura.domain.audit.AuditOutcome;
import ru.registratura.domain.audit.AuditRepository;
import ru.registratura.domain.card.CardRepository;
import ru.registratura.domain.card.FieldError;
import ru.registratura.domain.card.InvalidCardException;
import ru.registratura.domain.card.PatientCard;
import ru.registratura.domain.scheduling.Appointment;
import ru.registratura.domain.scheduling.AppointmentRepository;
import ru.registratura.infrastructure.config.RegionSettings;

/**
 * The registry operator's work with patients: finding a patient (by policy, SNILS, or surname and birth date)
 * over the portal's cards and the attachment register. An operator sees only people of their institutions:
 * register entries attached there, cards whose attachment is there or with an appointment there, and only
 * the appointments there. Every search is audited.
 */
@Stateless
public class RegistryService {

    /** At most this many people a search shows; a narrower search finds the rest. */
    static final int MAX_FOUND = 50;

    @Inject
    CardRepository cards;

    @Inject
    AttachmentRegister register;

    @Inject
    AttachmentSearchRepository searches;

    @Inject
    AppointmentRepository appointments;

    @Inject
    AuditRepository audit;

    @Inject
    RegionSettings region;

    @Inject
    Clock clock;

    /**
     * The people of the operator's institutions the query finds, cards first, by name. A query that is not
     * exactly one valid way refuses with its problems ({@link InvalidCardException}); a user who is not a
     * registry operator is refused ({@link StaffAccessDeniedException}).
     */
    public List<FoundPatient> search(StaffActor actor, PatientQuery query) {
        if (!actor.registrar() || actor.institutionIds().isEmpty()) {
            record(actor, AuditOutcome.FORBIDDEN, "not a registrar");
            throw new StaffAccessDeniedException("patient search");
        }
        List<FieldError> problems = query.problems(region.today());
        if (!problems.isEmpty()) {
            throw new InvalidCardException(problems);
        }
        PatientQuery.By by = query.by();
        String policy = by == PatientQuery.By.POLICY ? query.policyDigits() : null;
        String snils = by == PatientQuery.By.SNILS ? query.snilsValue() : null;
        String lastName = by == PatientQuery.By.NAME_AND_BIRTH_DATE ? query.lastName().strip() : null;
        LocalDate birthDate = by == PatientQuery.By.NAME_AND_BIRTH_DATE ? query.birthDate() : null;

        Map<Long, FoundPatient> byEntry = new LinkedHashMap<>();
        List<FoundPatient> found = new ArrayList<>();
        for (PatientCard card : cards.matching(policy, snils, lastName, birthDate, MAX_FOUND)) {
            Optional<RegisterEntry> entry = searches.find(card.getId())
                    .filter(s -> s.getStatus() == SearchStatus.FOUND)
                    .map(AttachmentSearch::getEntry);
            List<FoundPatient.FoundAppointment> there = appointmentsThere(actor, card.getId());
            boolean attachedThere = entry.isPresent() && actor.institutionIds().contains(entry.get().getInstitution().getId());
            if (!attachedThere && there.isEmpty()) {
                continue;
            }
            FoundPatient person = new FoundPatient(card.getId(), entry.map(RegisterEntry::getId).orElse(null),
                    card.getFullName(), card.getBirthDate(), card.getSex() == null ? null : card.getSex().name(),
                    card.getPolicy() == null ? null : card.getPolicy().toString(),
                    card.getSnils() == null ? null : card.getSnils().value(),
                    entry.map(e -> e.getInstitution().getShortName()).orElse(null),
                    entry.map(e -> e.getDistrict() == null ? null : e.getDistrict().getNumber()).orElse(null), there);
            found.add(person);
            entry.ifPresent(e -> byEntry.put(e.getId(), person));
        }
        for (RegisterEntry entry : entries(policy, snils, lastName, birthDate)) {
            if (byEntry.containsKey(entry.getId()) || !actor.institutionIds().contains(entry.getInstitution().getId())
                    || found.size() >= MAX_FOUND) {
                continue;
            }
            found.add(new FoundPatient(null, entry.getId(), fullName(entry), entry.getBirthDate(),
                    entry.getSex() == null ? null : entry.getSex().name(),
                    entry.getPolicy() == null ? null : entry.getPolicy().toString(), entry.getSnils(),
                    entry.getInstitution().getShortName(),
                    entry.getDistrict() == null ? null : entry.getDistrict().getNumber(), List.of()));
        }
        found.sort(java.util.Comparator.comparing((FoundPatient p) -> !p.inPortal())
                .thenComparing(p -> p.fullName().toLowerCase(Locale.ROOT)));
        record(actor, AuditOutcome.SUCCESS, "by " + by.name().toLowerCase(Locale.ROOT) + ", " + found.size() + " found");
        return found;
    }

    private List<RegisterEntry> entries(String policy, String snils, String lastName, LocalDate birthDate) {
        if (policy != null) {
            return register.byPolicyNumber(policy);
        }
        if (snils != null) {
            return register.bySnils(snils);
        }
        return register.byBirthDate(birthDate).stream()
                .filter(e -> e.getLastName().equalsIgnoreCase(lastName))
                .toList();
    }

    private List<FoundPatient.FoundAppointment> appointmentsThere(StaffActor actor, long cardId) {
        List<FoundPatient.FoundAppointment> result = new ArrayList<>();
        for (Appointment a : appointments.upcoming(cardId, clock.instant())) {
            var doctor = a.getSlot().getDoctor();
            if (actor.institutionIds().contains(doctor.getInstitution().getId())) {
                result.add(new FoundPatient.FoundAppointment(a.getId(), a.getSlot().getStartsAt(), doctor.getFullName(),
                        doctor.getSpecialty().getName(), doctor.getInstitution().getShortName(), a.getSlot().getCabinet(),
                        a.getStatus().name(), a.getChannel().name()));
            }
        }
        return result;
    }

    private static String fullName(RegisterEntry entry) {
        return entry.getMiddleName() == null || entry.getMiddleName().isBlank()
                ? entry.getLastName() + " " + entry.getFirstName()
                : entry.getLastName() + " " + entry.getFirstName() + " " + entry.getMiddleName();
    }

    private void record(StaffActor actor, AuditOutcome outcome, String detail) {
        audit.record(AuditEvent.ofStaff(clock.instant(), AuditAction.STAFF_PATIENT_SEARCH, outcome, actor.userId(),
                actor.username(), actor.remoteAddress(), null, detail));
    }
}
