package ru.registratura.application;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
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
import ru.registratura.domain.directory.DoctorRepository;
import ru.registratura.domain.directory.Sex;
import ru.registratura.domain.scheduling.Appointment;
import ru.registratura.domain.scheduling.AppointmentRepository;
import ru.registratura.domain.scheduling.AppointmentStatus;
import ru.registratura.domain.scheduling.BookingRefusedException;
import ru.registratura.domain.scheduling.BookingRefusedException.FreeTime;
import ru.registratura.domain.scheduling.BookingRule;
import ru.registratura.domain.scheduling.Channel;
import ru.registratura.domain.scheduling.SlotRepository;
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
    OperatorScope scope;

    @Inject
    DoctorRepository doctors;

    @Inject
    SlotRepository slots;

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
            found.add(new FoundPatient(null, entry.getId(), entry.getFullName(), entry.getBirthDate(),
                    entry.getSex() == null ? null : entry.getSex().name(),
                    entry.getPolicy() == null ? null : entry.getPolicy().toString(), entry.getSnils(),
                    entry.getInstitution().getShortName(),
                    entry.getDistrict() == null ? null : entry.getDistrict().getNumber(),
                    there(actor, appointments.upcomingOfEntry(entry.getId(), clock.instant()))));
        }
        found.sort(Comparator.comparing((FoundPatient p) -> !p.inPortal())
                .thenComparing(p -> p.fullName().toLowerCase(Locale.ROOT)));
        record(actor, AuditOutcome.SUCCESS, "by " + by.name().toLowerCase(Locale.ROOT) + ", " + found.size() + " found");
        return found;
    }

    /** A doctor an operator may book with. */
    public record DoctorOption(long id, String name, String specialty, String institution) implements Serializable {
    }

    /** The person a registry booking is for, as the booking page shows them. */
    public record Person(Long cardId, Long registerEntryId, String fullName, LocalDate birthDate,
                         Sex sex) implements Serializable {
    }

    /**
     * The person of a card or a register entry, if the operator may book for them (attached to their
     * institutions or, for a card, with an appointment there). Looking is audited.
     */
    public Optional<Person> person(StaffActor actor, Long cardId, Long registerEntryId) {
        requireRegistrar(actor);
        Optional<Person> person = Optional.empty();
        if (cardId != null && registerEntryId == null) {
            person = cards.find(cardId)
                    .filter(card -> scope.servesCard(actor, card.getId(), appointments.upcoming(card.getId(), clock.instant())))
                    .map(card -> new Person(card.getId(), null, card.getFullName(), card.getBirthDate(), card.getSex()));
        } else if (registerEntryId != null && cardId == null) {
            person = register.entry(registerEntryId)
                    .filter(e -> actor.institutionIds().contains(e.getInstitution().getId()))
                    .map(e -> new Person(null, e.getId(), e.getFullName(), e.getBirthDate(), e.getSex()));
        }
        audit.record(AuditEvent.ofStaff(clock.instant(), AuditAction.STAFF_PATIENT_VIEWED,
                person.isPresent() ? AuditOutcome.SUCCESS : AuditOutcome.FORBIDDEN, actor.userId(), actor.username(),
                actor.remoteAddress(), cardId != null ? cardId : registerEntryId,
                cardId != null ? "card" : "register entry"));
        return person;
    }

    /** The active doctors of the operator's institutions whose specialty serves the person's age and sex today. */
    public List<DoctorOption> doctors(StaffActor actor, Person person) {
        requireRegistrar(actor);
        int age = Period.between(person.birthDate(), region.today()).getYears();
        return doctors.activeAt(actor.institutionIds()).stream()
                .filter(d -> d.getSpecialty().serves(age, person.sex()))
                .map(d -> new DoctorOption(d.getId(), d.getFullName(), d.getSpecialty().getName(),
                        d.getInstitution().getShortName()))
                .toList();
    }

    /** The doctor's free times open to the registry within the horizon; empty for a doctor of another institution. */
    public List<FreeTime> freeTimes(StaffActor actor, long doctorId) {
        requireRegistrar(actor);
        return doctors.findWithInstitution(doctorId)
                .filter(d -> actor.registrarOf(d.getInstitution().getId()))
                .map(d -> slots.nextFree(doctorId, Channel.REGISTRY, clock.instant(), region.horizonEnd(), 500))
                .orElse(List.of());
    }

    /** The ticket of an appointment at the operator's institutions. */
    public Optional<BookingCatalog.Ticket> ticket(StaffActor actor, long appointmentId) {
        requireRegistrar(actor);
        return appointments.find(appointmentId)
                .filter(a -> scope.isThere(actor, a))
                .map(a -> BookingCatalog.Ticket.of(a, null, clock.instant()));
    }

    /** One appointment of the day list. */
    public record DayEntry(long appointmentId, Instant startsAt, String patient, String cabinet, String status,
                           String channel, boolean markable) implements Serializable {
    }

    /** A doctor's appointments of the day. */
    public record DoctorDay(long doctorId, String doctor, String specialty, String institution, List<DayEntry> entries)
            implements Serializable {
    }

    /** The day's appointments (not cancelled) at the operator's institutions, by doctor; audited. */
    public List<DoctorDay> dayList(StaffActor actor, LocalDate day) {
        requireRegistrar(actor);
        Instant from = day.atStartOfDay(region.zone()).toInstant();
        Instant until = day.plusDays(1).atStartOfDay(region.zone()).toInstant();
        boolean markable = !day.isAfter(region.today());
        Map<Long, DoctorDay> byDoctor = new LinkedHashMap<>();
        for (Appointment a : appointments.ofDay(actor.institutionIds(), from, until)) {
            var doctor = a.getSlot().getDoctor();
            byDoctor.computeIfAbsent(doctor.getId(), id -> new DoctorDay(id, doctor.getFullName(),
                            doctor.getSpecialty().getName(), doctor.getInstitution().getShortName(), new ArrayList<>()))
                    .entries().add(new DayEntry(a.getId(), a.getSlot().getStartsAt(), a.getPatientName(),
                            a.getSlot().getCabinet(), a.getStatus().name(), a.getChannel().name(), markable));
        }
        int count = byDoctor.values().stream().mapToInt(d -> d.entries().size()).sum();
        audit.record(AuditEvent.ofStaff(clock.instant(), AuditAction.STAFF_DAY_LIST_VIEWED, AuditOutcome.SUCCESS,
                actor.userId(), actor.username(), actor.remoteAddress(), null, day + ", " + count + " appointments"));
        return List.copyOf(byDoctor.values());
    }

    /**
     * «Пришёл» (ATTENDED) or «Не явился» (NO_SHOW) for an appointment of today or earlier at the operator's
     * institutions; a mark can be corrected, a cancelled appointment or a future day's cannot be marked.
     */
    public void mark(StaffActor actor, long appointmentId, AppointmentStatus outcome) {
        requireRegistrar(actor);
        Appointment appointment = appointments.lock(appointmentId)
                .filter(a -> scope.isThere(actor, a))
                .orElseThrow(() -> {
                    audit.record(AuditEvent.ofStaff(clock.instant(), AuditAction.APPOINTMENT_MARKED, AuditOutcome.FORBIDDEN,
                            actor.userId(), actor.username(), actor.remoteAddress(), appointmentId, null));
                    return new StaffAccessDeniedException("appointment " + appointmentId);
                });
        LocalDate day = appointment.getSlot().getStartsAt().atZone(region.zone()).toLocalDate();
        if (day.isAfter(region.today()) || !appointment.mark(outcome)) {
            audit.record(AuditEvent.ofStaff(clock.instant(), AuditAction.APPOINTMENT_MARKED, AuditOutcome.RULE_BROKEN,
                    actor.userId(), actor.username(), actor.remoteAddress(), appointmentId, outcome.name()));
            throw new BookingRefusedException(
                    BookingRule.NOT_MARKABLE);
        }
        audit.record(AuditEvent.ofStaff(clock.instant(), AuditAction.APPOINTMENT_MARKED, AuditOutcome.SUCCESS,
                actor.userId(), actor.username(), actor.remoteAddress(), appointmentId, outcome.name()));
    }

    private void requireRegistrar(StaffActor actor) {
        if (!actor.registrar() || actor.institutionIds().isEmpty()) {
            throw new StaffAccessDeniedException("registry");
        }
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
        return there(actor, appointments.upcoming(cardId, clock.instant()));
    }

    private List<FoundPatient.FoundAppointment> there(StaffActor actor, List<Appointment> upcoming) {
        List<FoundPatient.FoundAppointment> result = new ArrayList<>();
        for (Appointment a : upcoming) {
            var doctor = a.getSlot().getDoctor();
            if (scope.isThere(actor, a)) {
                result.add(new FoundPatient.FoundAppointment(a.getId(), a.getSlot().getStartsAt(), doctor.getFullName(),
                        doctor.getSpecialty().getName(), doctor.getInstitution().getShortName(), a.getSlot().getCabinet(),
                        a.getStatus().name(), a.getChannel().name()));
            }
        }
        return result;
    }

    private void record(StaffActor actor, AuditOutcome outcome, String detail) {
        audit.record(AuditEvent.ofStaff(clock.instant(), AuditAction.STAFF_PATIENT_SEARCH, outcome, actor.userId(),
                actor.username(), actor.remoteAddress(), null, detail));
    }
}
