package ru.registratura.application;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import ru.registratura.domain.api.ApiRepository;
import ru.registratura.domain.attachment.AttachmentRegister;
import ru.registratura.domain.attachment.RegisterEntry;
import ru.registratura.domain.audit.AuditAction;
import ru.registratura.domain.audit.AuditEvent;
import ru.registratura.domain.audit.AuditOutcome;
import ru.registratura.domain.audit.AuditRepository;
import ru.registratura.domain.card.FieldError;
import ru.registratura.domain.card.FullName;
import ru.registratura.domain.card.InvalidCardException;
import ru.registratura.domain.card.OmsPolicy;
import ru.registratura.domain.card.Snils;
import ru.registratura.domain.directory.Doctor;
import ru.registratura.domain.directory.DoctorRepository;
import ru.registratura.domain.directory.Institution;
import ru.registratura.domain.directory.InstitutionRepository;
import ru.registratura.domain.directory.Specialty;
import ru.registratura.domain.scheduling.Appointment;
import ru.registratura.domain.scheduling.AppointmentRepository;
import ru.registratura.domain.scheduling.BookingRefusedException;
import ru.registratura.domain.scheduling.BookingRefusedException.FreeTime;
import ru.registratura.domain.scheduling.BookingRule;
import ru.registratura.domain.scheduling.Channel;
import ru.registratura.domain.scheduling.SlotRepository;
import ru.registratura.infrastructure.config.RegionSettings;

/**
 * The booking API's use cases for external systems (the federal booking hub, call centres, kiosks): identify a
 * patient in the attachment register, read the directory and the free slots open to the API, and book, move and
 * cancel for patients the caller has identified, on the same {@link ru.registratura.domain.scheduling.BookingPolicy} rules and atomic claims as
 * the portal. Every call that reads or changes personal data is audited with the caller's subject. Bad input is
 * refused with the fields ({@link InvalidCardException}) before anything changes.
 */
@Stateless
public class BookingApiService {

    /** The cancellation reasons a caller may give. */
    public static final Set<String> REASONS = Set.of("patient_decline", "patient_ill", "duplicate", "rescheduled", "other");
    /** How far back a patient's appointments are listed. */
    private static final Period HISTORY = Period.ofDays(90);

    @Inject
    AttachmentRegister register;

    @Inject
    ApiRepository api;

    @Inject
    ApiBookingService booking;

    @Inject
    AppointmentRepository appointments;

    @Inject
    DoctorRepository doctors;

    @Inject
    InstitutionRepository institutions;

    @Inject
    SlotRepository slots;

    @Inject
    AuditRepository audit;

    @Inject
    RegionSettings region;

    @Inject
    Clock clock;

    /** How the caller identifies the patient: a policy (with birth date), a SNILS, or names with birth date. */
    public record Lookup(String policy, String snils, String lastName, String firstName, String middleName,
                         LocalDate birthDate) implements Serializable {
    }

    /** The identified patient: the id to book with, and where they are attached. */
    public record Patient(long id, String institution, long institutionId, String district, String districtDoctor)
            implements Serializable {
    }

    /** What a booking request with an idempotency key came to: the appointment, or the rule that refused it. */
    public record Booked(BookingCatalog.Ticket ticket, BookingRule refusal, List<FreeTime> offered, boolean replayed)
            implements Serializable {
    }

    public Patient lookup(ApiCaller caller, Lookup lookup) {
        requireKnown(caller);
        List<RegisterEntry> found;
        String by;
        List<FieldError> errors = new ArrayList<>();
        if (lookup.policy() != null && !lookup.policy().isBlank()) {
            by = "policy";
            OmsPolicy policy = ApiLookupFields.parse(() -> ApiLookupFields.policyOf(lookup.policy()), "policy", errors);
            if (lookup.birthDate() == null) {
                errors.add(new FieldError("birthDate", "api.error.required"));
            }
            ApiLookupFields.check(errors);
            found = register.byPolicyNumber(policy.number()).stream()
                    .filter(e -> e.getPolicy() != null && e.getPolicy().equals(policy)
                            && e.getBirthDate().equals(lookup.birthDate()))
                    .toList();
        } else if (lookup.snils() != null && !lookup.snils().isBlank()) {
            by = "snils";
            Snils snils = ApiLookupFields.parse(() -> Snils.parse(lookup.snils()), "snils", errors);
            ApiLookupFields.check(errors);
            found = register.bySnils(snils.value()).stream()
                    .filter(e -> lookup.birthDate() == null || e.getBirthDate().equals(lookup.birthDate()))
                    .toList();
        } else {
            by = "name";
            FullName name = ApiLookupFields.parse(() -> new FullName(lookup.lastName(), lookup.firstName(), lookup.middleName()),
                    "lastName", errors);
            if (lookup.birthDate() == null) {
                errors.add(new FieldError("birthDate", "api.error.required"));
            }
            ApiLookupFields.check(errors);
            found = register.byBirthDate(lookup.birthDate()).stream()
                    .filter(e -> ApiLookupFields.same(e.getLastName(), name.lastName()) && ApiLookupFields.same(e.getFirstName(), name.firstName())
                            && (name.middleName() == null || ApiLookupFields.same(e.getMiddleName(), name.middleName())))
                    .toList();
        }
        if (found.size() != 1) {
            record(caller, AuditAction.API_PATIENT_LOOKUP, AuditOutcome.NOT_FOUND, null,
                    "by " + by + ", " + found.size() + " found");
            throw new AppointmentNotFoundException(0);
        }
        RegisterEntry entry = found.get(0);
        api.lookedUp(caller.subject(), entry.getId(), clock.instant());
        record(caller, AuditAction.API_PATIENT_LOOKUP, AuditOutcome.SUCCESS, entry.getId(), "by " + by);
        return new Patient(entry.getId(), entry.getInstitution().getName(), entry.getInstitution().getId(),
                entry.getDistrict() == null ? null : entry.getDistrict().getNumber(),
                entry.getDistrict() == null || entry.getDistrict().getDoctor() == null ? null
                        : entry.getDistrict().getDoctor().getFullName());
    }

    public List<Institution> institutions(ApiCaller caller) {
        requireKnown(caller);
        return institutions.findAllWithDivisions();
    }

    /** The specialties with doctors receiving patients that serve the patient's age and sex today. */
    public List<Specialty> specialties(ApiCaller caller, long patientId) {
        RegisterEntry entry = identified(caller, patientId, AuditAction.API_PATIENT_READ);
        int age = Period.between(entry.getBirthDate(), region.today()).getYears();
        record(caller, AuditAction.API_PATIENT_READ, AuditOutcome.SUCCESS, patientId, "specialties");
        return doctors.specialtiesWithDoctors().stream().filter(s -> s.serves(age, entry.getSex())).toList();
    }

    /** The active doctors of the specialty, at one institution if given. */
    public List<Doctor> doctors(ApiCaller caller, long specialtyId, Long institutionId) {
        requireKnown(caller);
        return doctors.activeOf(specialtyId).stream()
                .filter(d -> institutionId == null || d.getInstitution().getId().equals(institutionId))
                .toList();
    }

    /** The doctor's first {@code limit} free slots open to the API in [from, until), within the booking horizon. */
    public List<FreeTime> slots(ApiCaller caller, long doctorId, Instant from, Instant until, int limit) {
        requireKnown(caller);
        Instant now = clock.instant();
        Instant start = from == null || from.isBefore(now) ? now : from;
        Instant end = until == null || until.isAfter(region.horizonEnd()) ? region.horizonEnd() : until;
        if (doctors.find(doctorId) == null) {
            throw new AppointmentNotFoundException(doctorId);
        }
        return end.isAfter(start) ? slots.nextFree(doctorId, Channel.API, start, end, limit) : List.of();
    }

    /**
     * Books the slot for an identified patient (with the referral of that number for a doctor «по направлению»). With
     * an idempotency key the first request books and its outcome
     * is remembered; the same key again answers the same (a replay), another request under the same key is
     * refused as bad input.
     */
    public Booked book(ApiCaller caller, String key, String requestHash, long patientId, long slotId,
                       String referralNumber) {
        // The entry locked at once (the booking's lock on the person, see ApiBookingService): read once, not once
        // here and again for the lock.
        RegisterEntry entry = identified(caller, register.lockEntry(patientId), patientId, AuditAction.APPOINTMENT_BOOKED);
        if (key != null) {
            if (!api.takeKey(caller.subject(), key, requestHash, clock.instant())) {
                ApiRepository.Remembered remembered = api.remembered(caller.subject(), key).orElseThrow();
                if (!remembered.requestHash().equals(requestHash)) {
                    throw new InvalidCardException(new FieldError("Idempotency-Key", "api.error.idempotencyKey.reused"));
                }
                if (remembered.appointmentId() != null) {
                    Appointment appointment = appointments.find(remembered.appointmentId()).orElseThrow();
                    return new Booked(BookingCatalog.Ticket.of(appointment, null, clock.instant()), null, List.of(), true);
                }
                return new Booked(null, BookingRule.valueOf(remembered.refusal()), List.of(), true);
            }
        }
        try {
            Appointment appointment = booking.book(caller, entry, slotId, referralNumber);
            if (key != null) {
                api.settle(caller.subject(), key, appointment.getId(), null);
            }
            return new Booked(BookingCatalog.Ticket.of(appointment, null, clock.instant()), null, List.of(), false);
        } catch (BookingRefusedException e) {
            if (key != null) {
                api.settle(caller.subject(), key, null, e.rule().name());
            }
            return new Booked(null, e.rule(), e.nextFree(), false);
        }
    }

    /** The identified patient's appointments of the last 90 days and ahead. */
    public List<BookingCatalog.Ticket> appointments(ApiCaller caller, long patientId) {
        identified(caller, patientId, AuditAction.API_PATIENT_READ);
        Instant now = clock.instant();
        List<BookingCatalog.Ticket> tickets = appointments.ofEntry(patientId,
                        region.today().minus(HISTORY).atStartOfDay(region.zone()).toInstant()).stream()
                .map(a -> BookingCatalog.Ticket.of(a, null, now)).toList();
        record(caller, AuditAction.API_PATIENT_READ, AuditOutcome.SUCCESS, patientId, tickets.size() + " appointments");
        return tickets;
    }

    public BookingCatalog.Ticket cancel(ApiCaller caller, long appointmentId, String reason) {
        requireKnown(caller);
        if (reason == null || !REASONS.contains(reason)) {
            throw new InvalidCardException(new FieldError("reason", "api.error.reason",
                    List.of(REASONS.stream().sorted().collect(Collectors.joining(", ")))));
        }
        Appointment cancelled = booking.cancel(caller, appointmentId, reason, a -> identifiedFor(caller, a));
        return BookingCatalog.Ticket.of(cancelled, null, clock.instant());
    }

    public BookingCatalog.Ticket move(ApiCaller caller, long appointmentId, long slotId) {
        requireKnown(caller);
        Appointment moved = booking.move(caller, appointmentId, slotId, a -> identifiedFor(caller, a));
        return BookingCatalog.Ticket.of(moved, null, clock.instant());
    }

    /** Whether the appointment is of a patient the caller has identified (lately enough). */
    private boolean identifiedFor(ApiCaller caller, Appointment appointment) {
        return api.entryOf(appointment.getId()).map(entry -> lookedUp(caller, entry)).orElse(false);
    }

    private boolean lookedUp(ApiCaller caller, long entryId) {
        return api.lookedUpAt(caller.subject(), entryId)
                .filter(at -> at.plus(caller.lookupValidity()).isAfter(clock.instant()))
                .isPresent();
    }

    /** The register entry of a patient the caller looked up; else the refusal is audited and 403 (404 if none). */
    private RegisterEntry identified(ApiCaller caller, long patientId, AuditAction action) {
        return identified(caller, register.entry(patientId), patientId, action);
    }

    /** The same, for the entry as read (or locked) already. */
    private RegisterEntry identified(ApiCaller caller, Optional<RegisterEntry> found, long patientId, AuditAction action) {
        requireKnown(caller);
        RegisterEntry entry = found.orElseThrow(() -> new AppointmentNotFoundException(patientId));
        if (!lookedUp(caller, patientId)) {
            record(caller, action, AuditOutcome.FORBIDDEN, patientId, "not looked up");
            throw new ApiAccessDeniedException("patient " + patientId + " not looked up by " + caller.subject());
        }
        return entry;
    }

    private static void requireKnown(ApiCaller caller) {
        if (!caller.known()) {
            throw new ApiAccessDeniedException("no API group");
        }
    }

    private void record(ApiCaller caller, AuditAction action, AuditOutcome outcome, Long objectId, String detail) {
        audit.record(new AuditEvent(clock.instant(), action, outcome, null, caller.subject(), caller.remoteAddress(), null,
                objectId, detail));
    }
}
