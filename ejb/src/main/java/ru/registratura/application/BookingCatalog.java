package ru.registratura.application;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import ru.registratura.domain.attachment.AttachmentSearch;
import ru.registratura.domain.attachment.AttachmentSearchRepository;
import ru.registratura.domain.attachment.SearchStatus;
import ru.registratura.domain.card.CardNotFoundException;
import ru.registratura.domain.card.CardRepository;
import ru.registratura.domain.card.CardSummary;
import ru.registratura.domain.card.PatientCard;
import ru.registratura.domain.directory.District;
import ru.registratura.domain.directory.Doctor;
import ru.registratura.domain.directory.DoctorRepository;
import ru.registratura.domain.directory.Institution;
import ru.registratura.domain.directory.PatientGroup;
import ru.registratura.domain.directory.Specialty;
import ru.registratura.domain.scheduling.Appointment;
import ru.registratura.domain.scheduling.AppointmentRepository;
import ru.registratura.domain.scheduling.BookingRefusedException.FreeTime;
import ru.registratura.domain.scheduling.Channel;
import ru.registratura.domain.scheduling.Slot;
import ru.registratura.domain.scheduling.SlotRepository;
import ru.registratura.infrastructure.config.RegionSettings;

/**
 * What the booking wizard shows, for a card of the actor's card file: the specialties the person may see,
 * the doctors with their nearest free time (or the district doctor of the person's attachment), the days
 * with free time, the free times of a day, the confirmation and the ticket. Only reads; booking itself is
 * {@link PortalBookingService}. Every card and appointment id goes through the actor's card file first.
 *
 * <p>Only reads, so no transaction of its own ({@code SUPPORTS}): a page's reads need no JTA transaction begun and
 * committed, nor EclipseLink's commit comparing every entity read with its copy, nor PostgreSQL's COMMIT (issue 17;
 * bench/RESULTS.md). A caller's transaction, if any, is joined as before.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class BookingCatalog {

    @Inject
    ReferralService referralService;

    /** A specialty the person may book. */
    public record SpecialtyChoice(long id, String name, boolean district, boolean referral) implements Serializable {
    }

    /** A doctor to choose, with the start of their first free time (null: none within the horizon). */
    public record DoctorChoice(long id, String fullName, String specialty, String institution, String address,
                               String cabinet, Instant nearestFree, boolean referral) implements Serializable {
    }

    /** Why the district doctor cannot be chosen automatically. */
    public enum DistrictGap {
        /** The attachment search still runs. */
        SEARCH_PENDING,
        /** No attachment is known for the person. */
        NOT_ATTACHED,
        /** The person's district is of another kind, or has no doctor now. */
        NO_DOCTOR
    }

    /**
     * The doctor step: the doctors of a non-district specialty; for a district specialty, the district doctor
     * (and the district's number) or why there is none.
     */
    public record DoctorStep(SpecialtyChoice specialty, List<DoctorChoice> doctors, DoctorChoice districtDoctor,
                             String district, DistrictGap gap) implements Serializable {
    }

    /** The doctor chosen in the wizard, the specialty, and for a district specialty the district's number. */
    public record ChosenDoctor(SpecialtyChoice specialty, DoctorChoice doctor, String district) implements Serializable {
    }

    /**
     * The calendar of the day and time steps: the days of the horizon with the number of free times on each, the day
     * shown under it (the one asked for, else the nearest with free time, else null) and that day's free times (null
     * when no day is shown).
     */
    public record Calendar(SortedMap<LocalDate, Integer> freeDays, LocalDate day, List<FreeTime> times)
            implements Serializable {
    }

    /**
     * The day and time steps of a doctor chosen in the wizard: the doctor, the card's referral a booking «по
     * направлению» uses (null: none needed, or none valid), and the calendar (null: the doctor needs a referral the
     * card does not have).
     */
    public record CalendarStep(ChosenDoctor chosen, ReferralService.Shown referral, Calendar calendar)
            implements Serializable {
    }

    /** The confirmation of a chosen time. */
    public record Confirmation(long cardId, String person, long slotId, Instant startsAt, long doctorId, String doctor,
                               String specialty, String institution, String address, String cabinet, boolean free,
                               boolean referral) implements Serializable {
    }

    /** The ticket (талон) of an appointment. */
    public record Ticket(long id, Long cardId, String person, LocalDate birthDate, String policy, Instant startsAt,
                         Instant endsAt, String doctor, String specialty, String institution, String address,
                         String phone, String cabinet, String status, Instant bookedAt, Instant cancelledAt,
                         boolean cancellable, long doctorId, long specialtyId) implements Serializable {

        /** The ticket of the appointment; the card (null: none, or not to be shown) gives birth date and policy. */
        public static Ticket of(Appointment appointment, PatientCard card, Instant now) {
            Slot slot = appointment.getSlot();
            Doctor doctor = slot.getDoctor();
            Institution institution = doctor.getInstitution();
            return new Ticket(appointment.getId(), appointment.getCardId(), appointment.getPatientName(),
                    card == null ? null : card.getBirthDate(),
                    card == null || card.getPolicy() == null ? null : card.getPolicy().toString(),
                    slot.getStartsAt(), slot.getEndsAt(), doctor.getFullName(), doctor.getSpecialty().getName(),
                    institution.getName(), institution.getAddress(), institution.getPhone(), slot.getCabinet(),
                    appointment.getStatus().name(), appointment.getBookedAt(), appointment.getCancelledAt(),
                    appointment.cancellableAt(now), doctor.getId(), doctor.getSpecialty().getId());
        }
    }

    @Inject
    CardRepository cards;

    @Inject
    DoctorRepository doctors;

    @Inject
    SlotRepository slots;

    @Inject
    AppointmentRepository appointments;

    @Inject
    AttachmentSearchRepository searches;

    @Inject
    RegionSettings region;

    @Inject
    Clock clock;

    @Inject
    FreeTimeOffers offers;

    /** The specialties with doctors that the person's age (today) and sex allow, by name. */
    public List<SpecialtyChoice> specialties(Actor actor, long cardId) {
        CardSummary card = owned(actor, cardId);
        int age = ageToday(card);
        return doctors.specialtiesWithDoctors().stream()
                .filter(s -> s.serves(age, card.sex()))
                .map(BookingCatalog::choice)
                .toList();
    }

    /** The doctor step for a specialty the person may book; empty if the specialty is not one of them. */
    public Optional<DoctorStep> doctors(Actor actor, long cardId, long specialtyId) {
        CardSummary card = owned(actor, cardId);
        int age = ageToday(card);
        List<Doctor> all = doctors.activeOf(specialtyId);
        if (all.isEmpty() || !all.get(0).getSpecialty().serves(age, card.sex())) {
            return Optional.empty();
        }
        Specialty specialty = all.get(0).getSpecialty();
        SpecialtyChoice choice = choice(specialty);
        if (specialty.getDistrictKind() == null) {
            List<Doctor> ofSpecialty = all.stream().filter(d -> servesAge(d.getInstitution(), age)).toList();
            Map<Long, Instant> nearest = slots.nearestFree(ofSpecialty.stream().map(Doctor::getId).toList(),
                    Channel.PORTAL, clock.instant(), horizonEnd());
            List<DoctorChoice> choices = new ArrayList<>();
            ofSpecialty.forEach(d -> choices.add(doctorChoice(d, nearest.get(d.getId()))));
            return Optional.of(new DoctorStep(choice, choices, null, null, null));
        }
        Optional<AttachmentSearch> search = searches.find(cardId);
        if (search.isEmpty() || search.get().getStatus() != SearchStatus.FOUND || search.get().getEntry() == null) {
            DistrictGap gap = search.isPresent() && search.get().getStatus() == SearchStatus.PENDING
                    ? DistrictGap.SEARCH_PENDING : DistrictGap.NOT_ATTACHED;
            return Optional.of(new DoctorStep(choice, List.of(), null, null, gap));
        }
        District district = search.get().getEntry().getDistrict();
        if (!hasDoctorFor(district, specialty)) {
            return Optional.of(new DoctorStep(choice, List.of(), null, null, DistrictGap.NO_DOCTOR));
        }
        Doctor doctor = doctors.findWithInstitution(district.getDoctor().getId()).orElseThrow();
        Instant nearest = slots.nearestFree(List.of(doctor.getId()), Channel.PORTAL, clock.instant(), horizonEnd())
                .get(doctor.getId());
        return Optional.of(new DoctorStep(choice, List.of(), doctorChoice(doctor, nearest), district.getNumber(), null));
    }

    /**
     * A doctor the person may book: of a specialty their age and sex allow, in an institution for their age
     * and, for a district specialty, their own district doctor. Empty otherwise. The wizard's day and time
     * steps ask this for the doctor chosen, without the other doctors and their nearest free times.
     */
    public Optional<ChosenDoctor> doctor(Actor actor, long cardId, long doctorId) {
        return bookable(owned(actor, cardId), doctorId).map(Bookable::chosen);
    }

    /** A doctor the person may book, as {@link #doctor} shows it, and the entity it was read from. */
    private record Bookable(ChosenDoctor chosen, Doctor doctor) {
    }

    private Optional<Bookable> bookable(CardSummary card, long doctorId) {
        long cardId = card.id();
        Optional<Doctor> found = doctors.findWithInstitution(doctorId).filter(Doctor::isActive);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Doctor doctor = found.get();
        Specialty specialty = doctor.getSpecialty();
        int age = ageToday(card);
        if (!specialty.serves(age, card.sex())) {
            return Optional.empty();
        }
        if (specialty.getDistrictKind() == null) {
            return servesAge(doctor.getInstitution(), age)
                    ? Optional.of(new Bookable(new ChosenDoctor(choice(specialty), doctorChoice(doctor, null), null), doctor))
                    : Optional.empty();
        }
        return searches.find(cardId)
                .filter(s -> s.getStatus() == SearchStatus.FOUND && s.getEntry() != null)
                .map(s -> s.getEntry().getDistrict())
                .filter(d -> hasDoctorFor(d, specialty) && d.getDoctor().getId().equals(doctorId))
                .map(d -> new Bookable(new ChosenDoctor(choice(specialty), doctorChoice(doctor, null), d.getNumber()),
                        doctor));
    }

    /** Whether the district is of the specialty's kind and has an active doctor now. */
    private static boolean hasDoctorFor(District district, Specialty specialty) {
        return district != null && district.getKind() == specialty.getDistrictKind() && district.getDoctor() != null
                && district.getDoctor().isActive();
    }

    /**
     * The card's valid referral that books the doctor (the doctor's specialty, any institution or the doctor's), if
     * any: a doctor «по направлению» is booked with one.
     */
    public Optional<ReferralService.Shown> referralFor(Actor actor, long cardId, long doctorId) {
        owned(actor, cardId);
        return doctors.findWithInstitution(doctorId).flatMap(d -> referralOf(cardId, d));
    }

    private Optional<ReferralService.Shown> referralOf(long cardId, Doctor doctor) {
        return referralService.validFor(cardId, doctor.getSpecialty().getId(), doctor.getInstitution().getId());
    }

    /**
     * The day and time steps of the doctor for the card, in one call: the doctor (empty if the person may not book
     * them, see {@link #doctor}), for a doctor «по направлению» the card's valid referral unless an appointment is
     * being moved, and the doctor's calendar with the times of the day (null: the nearest day with free time). A
     * wizard page asked the container for each of these in turn (issue 17). The card is taken from the header the
     * page read for the actor's account in this request (null: its ownership is read; another account's is not taken).
     */
    public Optional<CalendarStep> calendarStep(Actor actor, CabinetHeaderService.Header header, long cardId,
            long doctorId, LocalDate day, boolean moving) {
        Optional<Bookable> found = bookable(owned(actor, header, cardId), doctorId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ChosenDoctor chosen = found.get().chosen();
        ReferralService.Shown referral = null;
        if (chosen.doctor().referral() && !moving) {
            // The card's ownership and the doctor were read just now: not again, as referralFor would.
            referral = referralOf(cardId, found.get().doctor()).orElse(null);
            if (referral == null) {
                return Optional.of(new CalendarStep(chosen, null, null));
            }
        }
        return Optional.of(new CalendarStep(chosen, referral, calendar(doctorId, day)));
    }

    /** The doctor's calendar, and the times of the day (null: of the nearest day with free time). */
    public Calendar calendar(long doctorId, LocalDate day) {
        SortedMap<LocalDate, Integer> free = freeDays(doctorId);
        LocalDate shown = day != null ? day : free.isEmpty() ? null : free.firstKey();
        return new Calendar(free, shown, shown == null ? null : freeTimes(doctorId, shown));
    }

    /** The days of the horizon with the number of the doctor's free times open to the portal on each. */
    private SortedMap<LocalDate, Integer> freeDays(long doctorId) {
        return slots.freeDays(doctorId, Channel.PORTAL, clock.instant(), horizonEnd(), region.zone());
    }

    /** The doctor's free times open to the portal on the day (region's date). */
    private List<FreeTime> freeTimes(long doctorId, LocalDate day) {
        Instant from = day.atStartOfDay(region.zone()).toInstant();
        Instant until = day.plusDays(1).atStartOfDay(region.zone()).toInstant();
        Instant now = clock.instant();
        return slots.nextFree(doctorId, Channel.PORTAL, from.isAfter(now) ? from : now,
                until.isBefore(horizonEnd()) ? until : horizonEnd(), 500);
    }

    /** The doctor's free times offered when a chosen time was taken (see {@link FreeTimeOffers}). */
    public List<FreeTime> nextFree(long doctorId) {
        return offers.afterRefusal(doctorId, Channel.PORTAL, clock.instant());
    }

    /** The confirmation of the slot for the card (taken from the header as by {@link #calendarStep}); empty for no such slot. */
    public Optional<Confirmation> confirmation(Actor actor, CabinetHeaderService.Header header, long cardId, long slotId) {
        CardSummary card = owned(actor, header, cardId);
        return slots.find(slotId).map(slot -> {
            Doctor doctor = slot.getDoctor();
            return new Confirmation(card.id(), card.fullName(), slot.getId(), slot.getStartsAt(),
                    doctor.getId(), doctor.getFullName(), doctor.getSpecialty().getName(), doctor.getInstitution().getName(),
                    doctor.getInstitution().getAddress(), slot.getCabinet(), slot.isFree() && !slot.isHeld(),
                    doctor.needsReferral());
        });
    }

    /** The ticket of an appointment of the actor's account. */
    public Ticket ticket(Actor actor, long appointmentId) {
        Appointment appointment = appointments.find(appointmentId)
                .filter(a -> a.getAccountId() != null && a.getAccountId() == actor.accountId())
                .orElseThrow(() -> new AppointmentNotFoundException(appointmentId));
        PatientCard card = appointment.getCardId() == null ? null : cards.find(appointment.getCardId()).orElse(null);
        return Ticket.of(appointment, card, clock.instant());
    }

    /** The card as the wizard needs it (a projection: every wizard page checks it), if it is the actor's. */
    private CardSummary owned(Actor actor, long cardId) {
        return owned(actor, null, cardId);
    }

    /**
     * The card, if it is the actor's: taken from the header the page read for the actor's account in this request
     * (its cards are that account's, read a moment ago), else read. A wizard page read the header's cards and then
     * the card's ownership again, a statement of its six (bench/RESULTS.md, issue 17). A header of another account
     * is not taken.
     */
    private CardSummary owned(Actor actor, CabinetHeaderService.Header header, long cardId) {
        if (header != null && header.accountId() == actor.accountId()) {
            return header.card(cardId).orElseThrow(() -> new CardNotFoundException(cardId));
        }
        return cards.ownedSummary(actor.accountId(), cardId).orElseThrow(() -> new CardNotFoundException(cardId));
    }

    private int ageToday(CardSummary card) {
        return Period.between(card.birthDate(), region.today()).getYears();
    }

    /** A children's polyclinic sees children only, an adults' one adults only. */
    private static boolean servesAge(Institution institution, int age) {
        return institution.getPatients() == PatientGroup.MIXED
                || (institution.getPatients() == PatientGroup.CHILDREN) == (age < 18);
    }

    private static SpecialtyChoice choice(Specialty specialty) {
        return new SpecialtyChoice(specialty.getId(), specialty.getName(), specialty.getDistrictKind() != null,
                specialty.isReferralRequired());
    }

    private static DoctorChoice doctorChoice(Doctor doctor, Instant nearestFree) {
        return new DoctorChoice(doctor.getId(), doctor.getFullName(), doctor.getSpecialty().getName(),
                doctor.getInstitution().getShortName(), doctor.getInstitution().getAddress(), doctor.getCabinet(),
                nearestFree, doctor.needsReferral());
    }

    private Instant horizonEnd() {
        return region.horizonEnd();
    }
}
