package ru.registratura.application;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import ru.registratura.domain.audit.AuditAction;
import ru.registratura.domain.audit.AuditEvent;
import ru.registratura.domain.audit.AuditOutcome;
import ru.registratura.domain.audit.AuditRepository;
import ru.registratura.domain.card.CardRepository;
import ru.registratura.domain.card.FieldError;
import ru.registratura.domain.directory.Doctor;
import ru.registratura.domain.directory.DoctorRepository;
import ru.registratura.domain.scheduling.Appointment;
import ru.registratura.domain.scheduling.AppointmentRepository;
import ru.registratura.domain.scheduling.BookingAccess;
import ru.registratura.domain.scheduling.ExceptionDraft;
import ru.registratura.domain.scheduling.ScheduleDiff;
import ru.registratura.domain.scheduling.ScheduleException;
import ru.registratura.domain.scheduling.ScheduleRepository;
import ru.registratura.domain.scheduling.ScheduleTemplate;
import ru.registratura.domain.scheduling.Slot;
import ru.registratura.domain.scheduling.SlotGenerator;
import ru.registratura.domain.scheduling.SlotRepository;
import ru.registratura.infrastructure.config.RegionSettings;
import ru.registratura.infrastructure.mail.OutgoingMail;

/**
 * Doctors' schedules kept by the registry operators of their institutions: weekly templates (add, change, end)
 * and exceptions (a day off, a shortened day, an absence). A change is first previewed: it is made in a
 * transaction that is rolled back, and the operator sees the booked appointments it would cancel. Applied, it
 * regenerates the doctor's slots of the booking horizon at once: missing slots are added, slots the schedule
 * no longer has are withdrawn, and their appointments are cancelled with the reason, a message in the
 * patient's «Сообщения» and a mail after the commit. If someone booked a removed slot since the preview, the
 * change is refused and the operator confirms the new list.
 */
@Stateless
public class ScheduleService {

    @Inject
    DoctorRepository doctors;

    @Inject
    ScheduleRepository schedules;

    @Inject
    SlotRepository slots;

    @Inject
    AppointmentRepository appointments;

    @Inject
    CardRepository cards;

    @Inject
    RegistryBookingService booking;

    @Inject
    AuditRepository audit;

    @Inject
    Event<OutgoingMail> mail;

    @Inject
    RegionSettings region;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /** The active doctors of the operator's institutions. */
    public List<RegistryService.DoctorOption> doctors(StaffActor actor) {
        requireRegistrar(actor);
        return doctors.activeAt(actor.institutionIds()).stream()
                .map(d -> new RegistryService.DoctorOption(d.getId(), d.getFullName(), d.getSpecialty().getName(),
                        d.getInstitution().getShortName()))
                .toList();
    }

    /** The doctor's schedule; empty for a doctor who is not at one of the operator's institutions. */
    public Optional<DoctorSchedule> schedule(StaffActor actor, long doctorId) {
        requireRegistrar(actor);
        return doctors.findWithInstitution(doctorId)
                .filter(d -> actor.registrarOf(d.getInstitution().getId()))
                .map(this::scheduleOf);
    }

    /**
     * A slot of the doctor's week: free, booked (with the patient's name), held for the waitlist's first patient, or
     * withdrawn, and who may book it.
     */
    public record WeekSlot(long slotId, Instant startsAt, Instant endsAt, String cabinet, BookingAccess access,
                           State state, Long appointmentId, String patient) implements Serializable {

        public enum State { FREE, BOOKED, HELD, WITHDRAWN }
    }

    /**
     * The doctor's slots that start in [from, until), withdrawn ones too, with the names of the booked ones' patients
     * (the operator's own institution's doctor only: empty for another's). Two reads: the slots, the appointments.
     */
    public List<WeekSlot> week(StaffActor actor, long doctorId, Instant from, Instant until) {
        requireRegistrar(actor);
        if (doctors.findWithInstitution(doctorId).filter(d -> actor.registrarOf(d.getInstitution().getId())).isEmpty()) {
            return List.of();
        }
        List<Slot> found = slots.findSlots(doctorId, from, until);
        Map<Long, String> patients = new HashMap<>();
        for (Appointment a : appointments.findAll(found.stream().map(Slot::getAppointmentId).filter(Objects::nonNull)
                .toList())) {
            patients.put(a.getId(), a.getPatientName());
        }
        return found.stream()
                .map(s -> new WeekSlot(s.getId(), s.getStartsAt(), s.getEndsAt(), s.getCabinet(), s.getAccess(),
                        s.getAppointmentId() != null ? WeekSlot.State.BOOKED
                                : s.isWithdrawn() ? WeekSlot.State.WITHDRAWN
                                : s.isHeld() ? WeekSlot.State.HELD : WeekSlot.State.FREE,
                        s.getAppointmentId(), s.getAppointmentId() == null ? null : patients.get(s.getAppointmentId())))
                .toList();
    }

    /**
     * What the change would do, without doing it: it is made and the slots planned in this transaction, which
     * is then rolled back.
     */
    public ScheduleImpact preview(StaffActor actor, ScheduleChange change) {
        Doctor doctor = make(actor, change);
        Plan plan = plan(doctor);
        context.setRollbackOnly();
        return plan.impact();
    }

    /**
     * Makes the change and regenerates the doctor's slots; the booked appointments it removes are cancelled with
     * the reason (required when there are any), and must all be among those the operator confirmed.
     *
     * @throws ScheduleImpactChangedException when another appointment would be cancelled (nothing changed)
     */
    public ScheduleImpact apply(StaffActor actor, ScheduleChange change, Set<Long> confirmed, String reason) {
        Doctor doctor = make(actor, change);
        Plan plan = plan(doctor);
        ScheduleImpact impact = plan.impact();
        String told = reason == null || reason.isBlank() ? null : reason.strip();
        if (!impact.affected().isEmpty()) {
            if (told == null) {
                throw new InvalidScheduleException(List.of(new FieldError("reason", "reason.required")));
            }
            if (told.length() > ExceptionDraft.MAX_REASON) {
                throw new InvalidScheduleException(
                        List.of(new FieldError("reason", "tooLong", List.of(ExceptionDraft.MAX_REASON))));
            }
            if (!confirmed.containsAll(impact.affectedIds())) {
                throw new ScheduleImpactChangedException(impact);
            }
        }
        List<OutgoingMail.Mail> mails = cancel(actor, plan.booked(), told);
        List<Long> withdrawn = new ArrayList<>();
        plan.withdraw().forEach(slot -> withdrawn.add(slot.getId()));
        plan.booked().forEach(appointment -> withdrawn.add(appointment.getSlot().getId()));
        for (long slotId : withdrawn) {
            if (!slots.withdrawIfFree(slotId)) {
                // Booked since it was read: the operator has not seen this appointment.
                throw new ScheduleImpactChangedException(impact);
            }
        }
        plan.change().forEach((slot, planned) -> slot.becomeLike(planned));
        slots.addAbsent(plan.add());
        audit.record(AuditEvent.ofStaff(clock.instant(), AuditAction.SCHEDULE_CHANGED, AuditOutcome.SUCCESS,
                actor.userId(), actor.username(), actor.remoteAddress(), null,
                change.describe() + "; slots +" + impact.added() + " -" + impact.withdrawn() + ", "
                        + impact.affected().size() + " appointments cancelled"));
        if (!mails.isEmpty()) {
            mail.fire(new OutgoingMail(mails));
        }
        return impact;
    }

    /** Checks the operator's right to the doctor and makes the change in this transaction; returns the doctor. */
    private Doctor make(StaffActor actor, ScheduleChange change) {
        requireRegistrar(actor);
        LocalDate today = region.today();
        Doctor doctor;
        List<FieldError> errors;
        if (change instanceof ScheduleChange.AddTemplate add) {
            doctor = allowed(actor, doctors.findWithInstitution(add.doctorId()), change);
            errors = add.draft().validate(today, null);
            check(errors);
            schedules.add(ScheduleTemplate.of(doctor, add.draft()));
        } else if (change instanceof ScheduleChange.ChangeTemplate edit) {
            ScheduleTemplate template = schedules.findTemplate(edit.templateId()).orElse(null);
            doctor = allowed(actor, Optional.ofNullable(template).map(ScheduleTemplate::getDoctor), change);
            check(edit.draft().validate(today, template.getValidFrom()));
            template.change(edit.draft());
        } else if (change instanceof ScheduleChange.EndTemplate end) {
            ScheduleTemplate template = schedules.findTemplate(end.templateId()).orElse(null);
            doctor = allowed(actor, Optional.ofNullable(template).map(ScheduleTemplate::getDoctor), change);
            errors = new ArrayList<>();
            if (end.lastDay() == null) {
                errors.add(new FieldError("lastDay", "date.required"));
            } else if (end.lastDay().isBefore(template.getValidFrom())) {
                errors.add(new FieldError("lastDay", "end.beforeStart"));
            } else if (end.lastDay().isBefore(today.minusDays(1))) {
                errors.add(new FieldError("lastDay", "date.past"));
            }
            check(errors);
            template.endAfter(end.lastDay());
        } else if (change instanceof ScheduleChange.AddException add) {
            doctor = allowed(actor, doctors.findWithInstitution(add.doctorId()), change);
            check(add.draft().validate(today));
            schedules.add(add.draft().toException(doctor));
        } else {
            ScheduleChange.RemoveException remove = (ScheduleChange.RemoveException) change;
            ScheduleException exception = schedules.findException(remove.exceptionId()).orElse(null);
            doctor = allowed(actor, Optional.ofNullable(exception).map(ScheduleException::getDoctor), change);
            schedules.remove(exception);
        }
        return doctor;
    }

    private Doctor allowed(StaffActor actor, Optional<Doctor> doctor, ScheduleChange change) {
        return doctor.filter(d -> actor.registrarOf(d.getInstitution().getId())).orElseThrow(() -> {
            audit.record(AuditEvent.ofStaff(clock.instant(), AuditAction.SCHEDULE_CHANGED, AuditOutcome.FORBIDDEN,
                    actor.userId(), actor.username(), actor.remoteAddress(), null, change.describe()));
            return new StaffAccessDeniedException("schedule: " + change.describe());
        });
    }

    private static void check(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidScheduleException(errors);
        }
    }

    /**
     * The difference between the doctor's slots of the horizon and what the schedule (as changed in this
     * transaction) gives: slots to add, existing ones to change or revive, free ones to withdraw, and booked ones
     * whose appointments the change cancels.
     */
    private record Plan(List<Slot> add, Map<Slot, Slot> change, List<Slot> withdraw, List<Appointment> booked,
                        int revived) {

        ScheduleImpact impact() {
            List<ScheduleImpact.Affected> affected = booked.stream()
                    .sorted(Comparator.comparing(a -> a.getSlot().getStartsAt()))
                    .map(a -> new ScheduleImpact.Affected(a.getId(), a.getSlot().getStartsAt(), a.getPatientName(),
                            a.getChannel().name(), a.getAccountId() != null))
                    .toList();
            return new ScheduleImpact(add.size() + revived, withdraw.size() + booked.size(), affected);
        }
    }

    private Plan plan(Doctor doctor) {
        Instant now = clock.instant();
        SlotGenerator generator = new SlotGenerator(region.zone(), region.horizonDays());
        LocalDate first = generator.firstDay(now);
        LocalDate last = first.plusDays(region.horizonDays() - 1L);
        List<Slot> planned = generator.plannedSlots(doctor, schedules.findTemplates(doctor.getId(), first, last),
                schedules.findExceptions(doctor.getId(), first, last), now);
        ScheduleDiff diff = ScheduleDiff.between(planned, slots.findSlots(doctor.getId(), now, generator.horizonEnd(now)),
                now);
        return new Plan(diff.add(), diff.change(), diff.withdraw(), appointments.findAll(diff.bookedAppointmentIds()),
                diff.revived());
    }

    /**
     * Cancels the appointments: the card files first (in account order, as every booking takes them), then each
     * appointment; one the patient cancelled since the preview is left as it is. Its slot is then free, and
     * withdrawn with the others.
     */
    private List<OutgoingMail.Mail> cancel(StaffActor actor, List<Appointment> booked, String reason) {
        new TreeSet<>(booked.stream().map(Appointment::getAccountId).filter(id -> id != null).toList())
                .forEach(cards::lockCardFile);
        List<OutgoingMail.Mail> mails = new ArrayList<>();
        for (Appointment read : booked) {
            Appointment appointment = appointments.lock(read.getId()).orElseThrow();
            if (appointment.isBooked()) {
                booking.cancelByInstitution(actor, appointment, reason).ifPresent(mails::add);
            }
        }
        return mails;
    }

    private DoctorSchedule scheduleOf(Doctor doctor) {
        LocalDate today = region.today();
        List<DoctorSchedule.TemplateRow> templates = schedules.currentTemplates(doctor.getId(), today).stream()
                .map(t -> new DoctorSchedule.TemplateRow(t.getId(), List.copyOf(new TreeSet<>(t.getWeekdays().days())), t.getStarts(),
                        t.getEnds(), t.getSlotMinutes(), t.effectiveCabinet(), t.getAccess(), t.getValidFrom(),
                        t.getValidUntil(), t.toDraft()))
                .toList();
        List<DoctorSchedule.ExceptionRow> exceptions = schedules.currentExceptions(doctor.getId(), today).stream()
                .map(e -> new DoctorSchedule.ExceptionRow(e.getId(), e.getKind(), e.getFirstDay(), e.getLastDay(), e.getStarts(),
                        e.getEnds(), e.getReason()))
                .toList();
        return new DoctorSchedule(doctor.getId(), doctor.getFullName(), doctor.getSpecialty().getName(),
                doctor.getInstitution().getShortName(), doctor.getCabinet(), templates, exceptions);
    }

    private static void requireRegistrar(StaffActor actor) {
        if (!actor.registrar() || actor.institutionIds().isEmpty()) {
            throw new StaffAccessDeniedException("schedules");
        }
    }
}
