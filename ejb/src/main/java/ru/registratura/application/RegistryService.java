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
import ru.registratura.domain.attachment.RegistryPatients;
import ru.registratura.domain.attachment.SearchStatus;
import ru.registratura.domain.audit.AuditAction;
import ru.registratura.domain.audit.AuditEvent;
import ru.registratura.domain.audit.AuditOutcome;
import ru.registratura.domain.audit.AuditRepository;
import ru.registratura.domain.card.CardRepository;
import ru.registratura.domain.card.FieldError;
import ru.registratura.domain.card.InvalidCardException;
import ru.registratura.domain.card.PatientCard;
import ru.registratura.domain.card.Snils;
import ru.registratura.domain.directory.Doctor;
import ru.registratura.domain.directory.DoctorRepository;
import ru.registratura.domain.directory.Sex;
import ru.registratura.domain.scheduling.Appointment;
import ru.registratura.domain.scheduling.AppointmentRepository;
import ru.registratura.domain.scheduling.AppointmentStatus;
import ru.registratura.domain.scheduling.BookingRefusedException;
import ru.registratura.domain.scheduling.BookingRefusedException.FreeTime;
import ru.registratura.domain.scheduling.BookingRule;
import ru.registratura.domain.scheduling.Channel;
import ru.registratura.domain.scheduling.DaySelection;
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
    RegistryPatients patients;

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

    /** Which of the people found a results table shows: all, those with a portal card, those only in the register. */
    public enum Source { ALL, PORTAL, REGISTER }

    /**
     * The people of the operator's institutions the query finds, cards first, by name: the first {@value #MAX_FOUND}.
     * A query that is not exactly one valid way refuses with its problems ({@link InvalidCardException}); a user who
     * is not a registry operator is refused ({@link StaffAccessDeniedException}). Audited with how many were found.
     */
    public List<FoundPatient> search(StaffActor actor, PatientQuery query) {
        searchCount(actor, query);
        return searchPage(actor, query, Source.ALL, false, 0, MAX_FOUND);
    }

    /** How many people the query finds (checked as {@link #search}); the search is audited here, once. */
    public long searchCount(StaffActor actor, PatientQuery query) {
        RegistryPatients.Match match = match(actor, query);
        RegistryPatients.Scope where = new RegistryPatients.Scope(actor.institutionIds(), clock.instant());
        long found = patients.countCards(match, where) + patients.countEntries(match, where);
        record(actor, AuditOutcome.SUCCESS, "by " + query.by().name().toLowerCase(Locale.ROOT) + ", " + found + " found");
        return found;
    }

    /** How many of the people found are of the source (not audited: a count of a search audited already). */
    public long searchCount(StaffActor actor, PatientQuery query, Source source) {
        RegistryPatients.Match match = match(actor, query);
        RegistryPatients.Scope where = new RegistryPatients.Scope(actor.institutionIds(), clock.instant());
        return (source == Source.REGISTER ? 0 : patients.countCards(match, where))
                + (source == Source.PORTAL ? 0 : patients.countEntries(match, where));
    }

    /**
     * A page of the people the query finds, of the source: those with a portal card first, then those only in the
     * register, each by name ({@code descending}: the other way). Only the page's rows and their appointments are
     * read.
     */
    public List<FoundPatient> searchPage(StaffActor actor, PatientQuery query, Source source, boolean descending,
                                         int first, int max) {
        RegistryPatients.Match match = match(actor, query);
        RegistryPatients.Scope where = new RegistryPatients.Scope(actor.institutionIds(), clock.instant());
        List<FoundPatient> found = new ArrayList<>();
        long cardsFound = source == Source.REGISTER ? 0 : patients.countCards(match, where);
        if (first < cardsFound) {
            for (PatientCard card : patients.cards(match, where, descending, first, max)) {
                found.add(ofCard(actor, card));
            }
        }
        int left = max - found.size();
        if (left > 0 && source != Source.PORTAL) {
            int offset = (int) Math.max(0, first - cardsFound);
            for (RegisterEntry entry : patients.entries(match, where, descending, offset, left)) {
                found.add(ofEntry(actor, entry));
            }
        }
        return found;
    }

    /** The query as the search's match, once the user is found to be a registry operator and the query valid. */
    private RegistryPatients.Match match(StaffActor actor, PatientQuery query) {
        if (!actor.registrar() || actor.institutionIds().isEmpty()) {
            record(actor, AuditOutcome.FORBIDDEN, "not a registrar");
            throw new StaffAccessDeniedException("patient search");
        }
        List<FieldError> problems = query.problems(region.today());
        if (!problems.isEmpty()) {
            throw new InvalidCardException(problems);
        }
        return switch (query.by()) {
            case POLICY -> new RegistryPatients.Match(query.policyDigits(), null, null, null);
            case SNILS -> new RegistryPatients.Match(null, Snils.parse(query.snilsValue()), null, null);
            case NAME_AND_BIRTH_DATE -> new RegistryPatients.Match(null, null, query.lastName().strip(), query.birthDate());
        };
    }

    /** A card found, with the register entry its search found (if any) and its appointments at the institutions. */
    private FoundPatient ofCard(StaffActor actor, PatientCard card) {
        Optional<RegisterEntry> entry = searches.find(card.getId())
                .filter(s -> s.getStatus() == SearchStatus.FOUND)
                .map(AttachmentSearch::getEntry);
        return new FoundPatient(card.getId(), entry.map(RegisterEntry::getId).orElse(null), card.getFullName(),
                card.getBirthDate(), card.getSex() == null ? null : card.getSex().name(),
                card.getPolicy() == null ? null : card.getPolicy().toString(),
                card.getSnils() == null ? null : card.getSnils().value(),
                entry.map(e -> e.getInstitution().getShortName()).orElse(null),
                entry.map(e -> e.getDistrict() == null ? null : e.getDistrict().getNumber()).orElse(null),
                appointmentsThere(actor, card.getId()));
    }

    /** A register entry found without a card, with its registry appointments at the institutions. */
    private FoundPatient ofEntry(StaffActor actor, RegisterEntry entry) {
        return new FoundPatient(null, entry.getId(), entry.getFullName(), entry.getBirthDate(),
                entry.getSex() == null ? null : entry.getSex().name(),
                entry.getPolicy() == null ? null : entry.getPolicy().toString(), entry.getSnils(),
                entry.getInstitution().getShortName(), entry.getDistrict() == null ? null : entry.getDistrict().getNumber(),
                there(actor, appointments.upcomingOfEntry(entry.getId(), clock.instant())));
    }

    /** What one search box found: the people, or why it looks for nobody yet (a bundle key; null when it looked). */
    public record Lookup(List<FoundPatient> found, String hint) implements Serializable {
    }

    /**
     * The people one search box's text finds ({@link PatientQuery#fromText}), as {@link #search} finds them. A text
     * that is not a whole query yet looks for nobody, and is not audited: the box asks as the operator types.
     */
    public Lookup find(StaffActor actor, String text) {
        Optional<PatientQuery> query = PatientQuery.fromText(text);
        if (query.isEmpty()) {
            return new Lookup(List.of(), "staff.phone.hint.incomplete");
        }
        try {
            return new Lookup(search(actor, query.get()), null);
        } catch (InvalidCardException e) {
            return new Lookup(List.of(), "staff.phone.hint.invalid");
        }
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

    /** A specialty on the phone screen's board. */
    public record SpecialtyOption(long id, String name, boolean district) implements Serializable {
    }

    /** A doctor's row of the board: the free times open to the registry, by day of the board. */
    public record BoardRow(DoctorOption doctor, String cabinet, boolean districtDoctor,
                           Map<LocalDate, List<FreeTime>> byDay) implements Serializable {
    }

    /**
     * The phone screen's board for a person: the specialties the operator's institutions have for the person's
     * age and sex (district ones first), and for the chosen specialty each doctor's free times of {@code days}
     * days from {@code from} (today at the earliest), the person's district doctor first.
     */
    public record Board(List<SpecialtyOption> specialties, Long specialtyId, List<LocalDate> days, List<BoardRow> rows)
            implements Serializable {
    }

    public Board board(StaffActor actor, Person person, Long specialtyId, LocalDate from, int days) {
        requireRegistrar(actor);
        int age = Period.between(person.birthDate(), region.today()).getYears();
        List<Doctor> serving = doctors.activeAt(actor.institutionIds()).stream()
                .filter(d -> d.getSpecialty().serves(age, person.sex()))
                .toList();
        Long districtDoctor = districtDoctorOf(person);
        Map<Long, SpecialtyOption> specialties = new LinkedHashMap<>();
        for (var d : serving) {
            specialties.putIfAbsent(d.getSpecialty().getId(), new SpecialtyOption(d.getSpecialty().getId(),
                    d.getSpecialty().getName(), d.getSpecialty().getDistrictKind() != null));
        }
        List<SpecialtyOption> options = specialties.values().stream()
                .sorted(Comparator.comparing((SpecialtyOption o) -> !o.district())
                        .thenComparing(o -> o.name().toLowerCase(Locale.ROOT)))
                .toList();
        Long chosen = specialtyId != null && specialties.containsKey(specialtyId) ? specialtyId
                : serving.stream().filter(d -> d.getId().equals(districtDoctor))
                        .map(d -> d.getSpecialty().getId()).findFirst()
                        .orElse(options.isEmpty() ? null : options.get(0).id());
        LocalDate first = from == null || from.isBefore(region.today()) ? region.today() : from;
        List<LocalDate> shown = first.datesUntil(first.plusDays(days)).toList();
        List<Doctor> ofSpecialty = serving.stream()
                .filter(d -> d.getSpecialty().getId().equals(chosen))
                .sorted(Comparator.comparing((Doctor d) -> !d.getId().equals(districtDoctor))
                        .thenComparing(d -> d.getFullName().toLowerCase(Locale.ROOT)))
                .toList();
        Instant start = first.atStartOfDay(region.zone()).toInstant();
        Instant now = clock.instant();
        Instant until = first.plusDays(days).atStartOfDay(region.zone()).toInstant();
        Map<Long, Map<LocalDate, List<FreeTime>>> times = new LinkedHashMap<>();
        for (SlotRepository.DoctorFreeTime t : slots.freeOf(ofSpecialty.stream().map(d -> d.getId()).toList(),
                Channel.REGISTRY, start.isAfter(now) ? start : now, until)) {
            times.computeIfAbsent(t.doctorId(), id -> new LinkedHashMap<>())
                    .computeIfAbsent(t.startsAt().atZone(region.zone()).toLocalDate(), day -> new ArrayList<>())
                    .add(new FreeTime(t.slotId(), t.startsAt()));
        }
        List<BoardRow> rows = ofSpecialty.stream()
                .map(d -> new BoardRow(new DoctorOption(d.getId(), d.getFullName(), d.getSpecialty().getName(),
                        d.getInstitution().getShortName()), d.getCabinet(), d.getId().equals(districtDoctor),
                        times.getOrDefault(d.getId(), Map.of())))
                .toList();
        return new Board(options, chosen, shown, rows);
    }

    /** The upcoming appointments of the person at the operator's institutions, earliest first. */
    public List<FoundPatient.FoundAppointment> appointmentsOf(StaffActor actor, Person person) {
        requireRegistrar(actor);
        Instant now = clock.instant();
        return there(actor, person.cardId() != null ? appointments.upcoming(person.cardId(), now)
                : appointments.upcomingOfEntry(person.registerEntryId(), now));
    }

    /** The district doctor of the person's attachment (a register entry's, or the one a card's search found). */
    private Long districtDoctorOf(Person person) {
        Optional<RegisterEntry> entry = person.registerEntryId() != null ? register.entry(person.registerEntryId())
                : searches.find(person.cardId())
                        .filter(s -> s.getStatus() == SearchStatus.FOUND)
                        .map(AttachmentSearch::getEntry);
        return entry.map(RegisterEntry::getDistrict)
                .map(d -> d.getDoctor() == null ? null : d.getDoctor().getId())
                .orElse(null);
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
    public record DayEntry(long appointmentId, Instant startsAt, String doctor, String specialty, String institution,
                           String patient, String cabinet, String status, String channel, boolean markable)
            implements Serializable {
    }

    /** Which of the day's appointments a page of the day list shows: one doctor's, one status's (null: any). */
    public record DayQuery(LocalDate day, Long doctorId, AppointmentStatus status, DaySelection.Order order)
            implements Serializable {
    }

    /**
     * The doctors of the operator's institutions with appointments (not cancelled) on the day, with how many each;
     * audited once as the day list viewed (its pages are read by {@link #dayPage}).
     */
    public List<DaySelection.DoctorOfDay> dayDoctors(StaffActor actor, LocalDate day) {
        requireRegistrar(actor);
        List<DaySelection.DoctorOfDay> doctors = appointments.doctorsOfDay(selection(actor, new DayQuery(day, null, null,
                DaySelection.Order.TIME)));
        long count = doctors.stream().mapToLong(DaySelection.DoctorOfDay::appointments).sum();
        audit.record(AuditEvent.ofStaff(clock.instant(), AuditAction.STAFF_DAY_LIST_VIEWED, AuditOutcome.SUCCESS,
                actor.userId(), actor.username(), actor.remoteAddress(), null, day + ", " + count + " appointments"));
        return doctors;
    }

    /** How many of the day's appointments at the operator's institutions the query selects. */
    public long dayCount(StaffActor actor, DayQuery query) {
        requireRegistrar(actor);
        return appointments.countOfDay(selection(actor, query));
    }

    /** A page of the day's appointments at the operator's institutions, in the query's order. */
    public List<DayEntry> dayPage(StaffActor actor, DayQuery query, int first, int max) {
        requireRegistrar(actor);
        boolean markable = !query.day().isAfter(region.today());
        return appointments.ofDay(selection(actor, query), first, max).stream()
                .map(a -> {
                    Doctor doctor = a.getSlot().getDoctor();
                    return new DayEntry(a.getId(), a.getSlot().getStartsAt(), doctor.getFullName(),
                            doctor.getSpecialty().getName(), doctor.getInstitution().getShortName(), a.getPatientName(),
                            a.getSlot().getCabinet(), a.getStatus().name(), a.getChannel().name(), markable);
                })
                .toList();
    }

    private DaySelection selection(StaffActor actor, DayQuery query) {
        return new DaySelection(actor.institutionIds(), query.day().atStartOfDay(region.zone()).toInstant(),
                query.day().plusDays(1).atStartOfDay(region.zone()).toInstant(), query.doctorId(), query.status(),
                query.order() == null ? DaySelection.Order.TIME : query.order());
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
