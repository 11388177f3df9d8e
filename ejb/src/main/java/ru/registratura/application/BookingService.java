package ru.registratura.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import ru.registratura.domain.attachment.AttachmentRegister;
import ru.registratura.domain.attachment.AttachmentSearchRepository;
import ru.registratura.domain.attachment.RegisterEntry;
import ru.registratura.domain.attachment.SearchStatus;
import ru.registratura.domain.audit.AuditAction;
import ru.registratura.domain.audit.AuditEvent;
import ru.registratura.domain.audit.AuditOutcome;
import ru.registratura.domain.audit.AuditRepository;
import ru.registratura.domain.card.CardNotFoundException;
import ru.registratura.domain.card.CardRepository;
import ru.registratura.domain.card.PatientCard;
import ru.registratura.domain.directory.Doctor;
import ru.registratura.domain.directory.Sex;
import ru.registratura.domain.directory.Specialty;
import ru.registratura.domain.notification.MessageRepository;
import ru.registratura.domain.notification.MessageTopic;
import ru.registratura.domain.notification.PatientMessage;
import ru.registratura.domain.scheduling.Appointment;
import ru.registratura.domain.scheduling.AppointmentRepository;
import ru.registratura.domain.scheduling.BookingRefusedException.FreeTime;
import ru.registratura.domain.scheduling.BookingRefusedException;
import ru.registratura.domain.scheduling.BookingRule;
import ru.registratura.domain.scheduling.Channel;
import ru.registratura.domain.scheduling.FreeTimeOffer;
import ru.registratura.domain.scheduling.Slot;
import ru.registratura.domain.scheduling.SlotRepository;
import ru.registratura.infrastructure.config.RegionSettings;

/**
 * Booking and cancelling for a card of the actor's card file. The rules (future slot within the horizon,
 * open to the channel, the specialty's age and sex, one active appointment per specialty) are checked
 * first, under the card file's lock, so that one account's requests (a double click) never interleave.
 * The slot itself is claimed by one conditional update in the database, which is what makes it bookable
 * once whatever the concurrency across accounts: the loser's appointment row is discarded and the patient
 * is offered the doctor's next free times. Every booking and cancellation, refused or not, is audited.
 */
@Stateless
public class BookingService {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final String CANCELLATION_MAIL = "ru.registratura.application.cancellation";

    @Inject
    CardRepository cards;

    @Inject
    SlotRepository slots;

    @Inject
    AppointmentRepository appointments;

    @Inject
    AuditRepository audit;

    @Inject
    MessageRepository messages;

    @Inject
    AttachmentSearchRepository searches;

    @Inject
    AttachmentRegister register;

    @Inject
    OperatorScope scope;

    @Inject
    ru.registratura.domain.account.PatientAccountRepository accounts;

    @Inject
    RegionSettings region;

    @Inject
    Clock clock;

    /**
     * Books the slot for the card. Booking the same slot again for the same card (a double click) returns
     * the appointment already made.
     */
    public Appointment book(Actor actor, long cardId, long slotId, Channel channel) {
        cards.lockCardFile(actor.accountId());
        PatientCard card = cards.findOwned(actor.accountId(), cardId).orElseThrow(() -> {
            record(actor, AuditAction.APPOINTMENT_BOOKED, AuditOutcome.NOT_OWNER, cardId, null);
            return new CardNotFoundException(cardId);
        });
        Instant now = clock.instant();
        Slot slot = slots.find(slotId).orElseThrow(() -> refuse(actor, cardId, BookingRule.NO_SUCH_SLOT));
        // One read serves both the account's limit and the card's own rules (the card file is locked).
        List<Appointment> ofAccount = appointments.upcomingOfAccount(actor.accountId(), now);
        List<Appointment> upcoming = ofAccount.stream().filter(a -> a.getCardId() != null && a.getCardId() == cardId)
                .toList();
        for (Appointment existing : upcoming) {
            if (existing.getSlot().getId().equals(slotId)) {
                return existing;
            }
        }
        check(actor, card, slot, channel, upcoming, now);
        if (ofAccount.size() >= region.maxActivePerAccount()) {
            throw refuse(actor, cardId, BookingRule.ACCOUNT_LIMIT);
        }

        Appointment appointment = new Appointment(slot, cardId, actor.accountId(), card.getFullName(), channel, now);
        claim(appointment, channel, now,
                () -> record(actor, AuditAction.APPOINTMENT_BOOKED, AuditOutcome.SLOT_TAKEN, cardId, "slot " + slotId));
        record(actor, AuditAction.APPOINTMENT_BOOKED, AuditOutcome.SUCCESS, cardId, "appointment " + appointment.getId());
        message(actor.accountId(), card, MessageTopic.APPOINTMENT_BOOKED, slot, now);
        return appointment;
    }

    /** Cancels a booked appointment of the actor's account before it starts; the slot is free at once. */
    public void cancel(Actor actor, long appointmentId) {
        cards.lockCardFile(actor.accountId());
        Appointment appointment = appointments.find(appointmentId)
                .filter(a -> a.getAccountId() != null && a.getAccountId() == actor.accountId())
                .orElseThrow(() -> {
                    record(actor, AuditAction.APPOINTMENT_CANCELLED, AuditOutcome.NOT_OWNER, null,
                            "appointment " + appointmentId);
                    return new AppointmentNotFoundException(appointmentId);
                });
        Instant now = clock.instant();
        if (!appointment.cancellableAt(now)) {
            record(actor, AuditAction.APPOINTMENT_CANCELLED, AuditOutcome.RULE_BROKEN, appointment.getCardId(),
                    BookingRule.NOT_CANCELLABLE.name());
            throw new BookingRefusedException(BookingRule.NOT_CANCELLABLE);
        }
        release(appointment, now);
        record(actor, AuditAction.APPOINTMENT_CANCELLED, AuditOutcome.SUCCESS, appointment.getCardId(),
                "appointment " + appointmentId);
    }

    private void check(Actor actor, PatientCard card, Slot slot, Channel channel, List<Appointment> upcoming,
                       Instant now) {
        BookingRule broken = brokenRule(card.getBirthDate(), card.getSex(), d -> isDistrictDoctor(card.getId(), d), slot,
                channel, upcoming, now);
        if (broken != null) {
            throw refuse(actor, card.getId(), broken);
        }
    }

    /**
     * The first booking rule the slot breaks for the person (birth date, sex, whether a doctor is their district
     * doctor, their upcoming appointments), or null.
     */
    private BookingRule brokenRule(LocalDate birthDate, Sex sex, java.util.function.Predicate<Doctor> districtDoctor,
                                   Slot slot, Channel channel, List<Appointment> upcoming, Instant now) {
        Doctor doctor = slot.getDoctor();
        Specialty specialty = doctor.getSpecialty();
        if (!slot.getStartsAt().isAfter(now)) {
            return BookingRule.SLOT_PAST;
        } else if (!slot.getStartsAt().isBefore(horizonEnd())) {
            return BookingRule.BEYOND_HORIZON;
        } else if (!channel.mayBook(slot.getAccess())) {
            return BookingRule.NOT_OPEN_TO_CHANNEL;
        } else if (!specialty.servesAge(ageOn(birthDate, slot))) {
            return BookingRule.AGE;
        } else if (!specialty.servesSex(sex)) {
            return BookingRule.SEX;
        } else if (specialty.getDistrictKind() != null && channel != Channel.REGISTRY && !districtDoctor.test(doctor)) {
            return BookingRule.NOT_YOUR_DISTRICT;
        } else if (region.onePerSpecialty() && upcoming.stream()
                .anyMatch(a -> a.getSlot().getDoctor().getSpecialty().getId().equals(specialty.getId()))) {
            return BookingRule.ONE_PER_SPECIALTY;
        }
        return null;
    }

    // ------------------------------------------------------------------ the registry (channel REGISTRY)

    /**
     * A registry operator books the slot for a patient: a portal card (the patient sees it in the cabinet and
     * gets the message) or a person of the attachment register without a card. The slot must be at one of the
     * operator's institutions and the person attached there (or, for a card, with an appointment there); the
     * same rules and the same atomic claim as the portal's, with registry-only slots open too.
     */
    public Appointment bookByRegistry(StaffActor staff, Long cardId, Long registerEntryId, long slotId) {
        Instant now = clock.instant();
        Slot slot = slots.find(slotId).orElseThrow(() -> refuseStaff(staff, BookingRule.NO_SUCH_SLOT, null));
        long institutionId = slot.getDoctor().getInstitution().getId();
        if (!staff.registrarOf(institutionId) || (cardId == null) == (registerEntryId == null)) {
            recordStaff(staff, AuditAction.APPOINTMENT_BOOKED, AuditOutcome.FORBIDDEN, null, "slot " + slotId);
            throw new StaffAccessDeniedException("booking at institution " + institutionId);
        }
        String name;
        LocalDate birthDate;
        Sex sex;
        Long accountId = null;
        PatientCard card = null;
        List<Appointment> upcoming;
        if (cardId != null) {
            card = cards.find(cardId).orElse(null);
            if (card == null) {
                recordStaff(staff, AuditAction.APPOINTMENT_BOOKED, AuditOutcome.FORBIDDEN, null, "card " + cardId);
                throw new StaffAccessDeniedException("card " + cardId);
            }
            cards.lockCardFile(card.getAccountId());
            upcoming = appointments.upcoming(cardId, now);
            if (!scope.servesCard(staff, cardId, upcoming)) {
                recordStaff(staff, AuditAction.APPOINTMENT_BOOKED, AuditOutcome.FORBIDDEN, null, "card " + cardId);
                throw new StaffAccessDeniedException("card " + cardId);
            }
            name = card.getFullName();
            birthDate = card.getBirthDate();
            sex = card.getSex();
            accountId = card.getAccountId();
        } else {
            RegisterEntry entry = register.lockEntry(registerEntryId)
                    .filter(e -> staff.institutionIds().contains(e.getInstitution().getId()))
                    .orElseThrow(() -> {
                        recordStaff(staff, AuditAction.APPOINTMENT_BOOKED, AuditOutcome.FORBIDDEN, null,
                                "register entry " + registerEntryId);
                        return new StaffAccessDeniedException("register entry " + registerEntryId);
                    });
            upcoming = appointments.upcomingOfEntry(registerEntryId, now);
            name = entry.getFullName();
            birthDate = entry.getBirthDate();
            sex = entry.getSex();
        }
        for (Appointment existing : upcoming) {
            if (existing.getSlot().getId().equals(slotId)) {
                return existing;
            }
        }
        BookingRule broken = brokenRule(birthDate, sex, d -> false, slot, Channel.REGISTRY, upcoming, now);
        if (broken != null) {
            throw refuseStaff(staff, broken, null);
        }
        Appointment appointment = Appointment.byRegistry(slot, cardId, accountId, registerEntryId, name, staff.userId(), now);
        claim(appointment, Channel.REGISTRY, now, () -> recordStaff(staff, AuditAction.APPOINTMENT_BOOKED,
                AuditOutcome.SLOT_TAKEN, null, "slot " + slotId));
        recordStaff(staff, AuditAction.APPOINTMENT_BOOKED, AuditOutcome.SUCCESS, appointment.getId(), "by the registry");
        if (card != null) {
            message(accountId, card, MessageTopic.APPOINTMENT_BOOKED, slot, now);
        }
        return appointment;
    }

    /** A registry operator cancels an appointment at one of their institutions before it starts. */
    public void cancelByRegistry(StaffActor staff, long appointmentId) {
        Optional<Long> account = appointments.accountOf(appointmentId);
        if (account.isPresent()) {
            cards.lockCardFile(account.get());
        }
        Appointment appointment = appointments.lock(appointmentId)
                .filter(a -> staff.registrar() && scope.isThere(staff, a))
                .orElseThrow(() -> {
                    recordStaff(staff, AuditAction.APPOINTMENT_CANCELLED, AuditOutcome.FORBIDDEN, appointmentId, null);
                    return new StaffAccessDeniedException("appointment " + appointmentId);
                });
        Instant now = clock.instant();
        if (!appointment.cancellableAt(now)) {
            recordStaff(staff, AuditAction.APPOINTMENT_CANCELLED, AuditOutcome.RULE_BROKEN, appointmentId,
                    BookingRule.NOT_CANCELLABLE.name());
            throw new BookingRefusedException(BookingRule.NOT_CANCELLABLE);
        }
        release(appointment, now);
        recordStaff(staff, AuditAction.APPOINTMENT_CANCELLED, AuditOutcome.SUCCESS, appointmentId, "by the registry");
    }

    /**
     * The institution cancels a booked, future appointment because its slot leaves the schedule (a doctor's
     * absence, a changed template): the slot is freed, the appointment keeps the reason, the card's account gets
     * «Приём отменён по причине…» in «Сообщения», and the mail to send after the commit is returned (empty when
     * the account has no e-mail or the person has no account). The caller has checked the operator's institution
     * and holds the locks (card file, then appointment).
     */
    public Optional<ru.registratura.infrastructure.mail.OutgoingMail.Mail> cancelByInstitution(StaffActor staff,
            Appointment appointment, String reason) {
        Instant now = clock.instant();
        Slot slot = appointment.getSlot();
        if (!slots.release(slot.getId(), appointment.getId())) {
            throw new IllegalStateException("Booked appointment " + appointment.getId() + " did not hold its slot");
        }
        appointment.cancel(now, reason);
        recordStaff(staff, AuditAction.APPOINTMENT_CANCELLED, AuditOutcome.SUCCESS, appointment.getId(),
                "by the institution: schedule changed");
        if (appointment.getCardId() == null || appointment.getAccountId() == null) {
            return Optional.empty();
        }
        Doctor doctor = slot.getDoctor();
        String when = WHEN.format(slot.getStartsAt().atZone(region.zone()));
        messages.add(new PatientMessage(appointment.getAccountId(), appointment.getCardId(),
                MessageTopic.CANCELLED_BY_INSTITUTION, appointment.getPatientName(),
                List.of(when, doctor.getSpecialty().getName(), doctor.getFullName(), doctor.getInstitution().getName(),
                        slot.getCabinet(), reason), now));
        return accounts.find(appointment.getAccountId())
                .map(a -> a.getEmail())
                .filter(email -> email != null && !email.isBlank())
                .map(email -> cancellationMail(email, appointment, when, reason));
    }

    private ru.registratura.infrastructure.mail.OutgoingMail.Mail cancellationMail(String email,
            Appointment appointment, String when, String reason) {
        Slot slot = appointment.getSlot();
        Doctor doctor = slot.getDoctor();
        java.util.Locale ru = java.util.Locale.forLanguageTag("ru");
        java.util.ResourceBundle texts = java.util.ResourceBundle.getBundle(CANCELLATION_MAIL, ru);
        Object[] arguments = {appointment.getPatientName(), when, doctor.getSpecialty().getName(), doctor.getFullName(),
                doctor.getInstitution().getName(), doctor.getInstitution().getAddress(), slot.getCabinet(),
                String.valueOf(appointment.getId()), region.name(), reason};
        return new ru.registratura.infrastructure.mail.OutgoingMail.Mail(email,
                new java.text.MessageFormat(texts.getString("subject"), ru).format(arguments),
                new java.text.MessageFormat(texts.getString("body"), ru).format(arguments),
                "cancellation of appointment " + appointment.getId());
    }

    // ------------------------------------------------------------------ the booking API (channel API)

    /**
     * An external system books the slot for a person of the attachment register (the caller has looked them
     * up): the portal's rules for the channel API (online slots only; a district specialty only with the
     * person's district doctor) and the same atomic claim. Booking the same slot again returns the appointment.
     */
    public Appointment bookByApi(ApiCaller caller, long registerEntryId, long slotId) {
        RegisterEntry entry = register.lockEntry(registerEntryId)
                .orElseThrow(() -> new AppointmentNotFoundException(registerEntryId));
        Instant now = clock.instant();
        Slot slot = slots.find(slotId).orElseThrow(() -> refuseApi(caller, BookingRule.NO_SUCH_SLOT, null));
        List<Appointment> upcoming = appointments.upcomingOfEntry(registerEntryId, now);
        for (Appointment existing : upcoming) {
            if (existing.getSlot().getId().equals(slotId)) {
                return existing;
            }
        }
        BookingRule broken = brokenRule(entry.getBirthDate(), entry.getSex(), d -> isDistrictDoctorOf(entry, d), slot,
                Channel.API, upcoming, now);
        if (broken != null) {
            throw refuseApi(caller, broken, null);
        }
        Appointment appointment = Appointment.byApi(slot, registerEntryId, entry.getFullName(), caller.subject(), now);
        claim(appointment, Channel.API, now, () -> recordApi(caller, AuditAction.APPOINTMENT_BOOKED,
                AuditOutcome.SLOT_TAKEN, null, "slot " + slotId));
        recordApi(caller, AuditAction.APPOINTMENT_BOOKED, AuditOutcome.SUCCESS, appointment.getId(), "through the API");
        return appointment;
    }

    /**
     * An external system cancels an appointment of a person it looked up ({@code mine} says which are), before it
     * starts; one booked through another channel only if its groups allow. The slot is free at once.
     */
    public Appointment cancelByApi(ApiCaller caller, long appointmentId, String reason,
                                   java.util.function.Predicate<Appointment> mine) {
        Instant now = clock.instant();
        Appointment appointment = lockForApi(caller, appointmentId, mine, AuditAction.APPOINTMENT_CANCELLED, now);
        release(appointment, now);
        recordApi(caller, AuditAction.APPOINTMENT_CANCELLED, AuditOutcome.SUCCESS, appointmentId, "through the API: " + reason);
        return appointment;
    }

    /**
     * Moves an appointment to another slot at once: the new slot is claimed for the same appointment by the one
     * conditional update, and only then is the old slot freed; if someone was first, nothing changes (409). The
     * rules are checked for the new slot as for a booking, the appointment itself aside.
     */
    public Appointment moveByApi(ApiCaller caller, long appointmentId, long slotId,
                                 java.util.function.Predicate<Appointment> mine) {
        Instant now = clock.instant();
        Appointment appointment = lockForApi(caller, appointmentId, mine, AuditAction.APPOINTMENT_MOVED, now);
        Slot old = appointment.getSlot();
        if (old.getId() == slotId) {
            return appointment;
        }
        Slot target = slots.find(slotId).orElseThrow(() -> refuseApi(caller, BookingRule.NO_SUCH_SLOT, appointmentId));
        LocalDate birthDate;
        Sex sex;
        java.util.function.Predicate<Doctor> districtDoctor;
        List<Appointment> upcoming;
        if (appointment.getRegisterEntryId() != null) {
            RegisterEntry entry = register.entry(appointment.getRegisterEntryId()).orElseThrow();
            birthDate = entry.getBirthDate();
            sex = entry.getSex();
            districtDoctor = d -> isDistrictDoctorOf(entry, d);
            upcoming = appointments.upcomingOfEntry(entry.getId(), now);
        } else {
            PatientCard card = cards.find(appointment.getCardId()).orElseThrow();
            birthDate = card.getBirthDate();
            sex = card.getSex();
            districtDoctor = d -> isDistrictDoctor(card.getId(), d);
            upcoming = appointments.upcoming(card.getId(), now);
        }
        List<Appointment> others = upcoming.stream().filter(a -> !a.getId().equals(appointmentId)).toList();
        BookingRule broken = brokenRule(birthDate, sex, districtDoctor, target, Channel.API, others, now);
        if (broken != null) {
            throw refuseApi(caller, broken, appointmentId);
        }
        if (!slots.claim(slotId, appointment.getId())) {
            recordApi(caller, AuditAction.APPOINTMENT_MOVED, AuditOutcome.SLOT_TAKEN, appointmentId, "slot " + slotId);
            List<FreeTime> offered = FreeTimeOffer.drawFrom(slots.nextFree(target.getDoctor().getId(), Channel.API, now,
                    horizonEnd(), FreeTimeOffer.WINDOW));
            throw new BookingRefusedException(BookingRule.SLOT_TAKEN, offered);
        }
        if (!slots.release(old.getId(), appointment.getId())) {
            throw new IllegalStateException("Booked appointment " + appointmentId + " did not hold its slot");
        }
        appointment.moveTo(target);
        recordApi(caller, AuditAction.APPOINTMENT_MOVED, AuditOutcome.SUCCESS, appointmentId,
                "slot " + old.getId() + " to " + slotId);
        if (appointment.getCardId() != null && appointment.getAccountId() != null) {
            cards.find(appointment.getCardId()).ifPresent(card ->
                    message(appointment.getAccountId(), card, MessageTopic.APPOINTMENT_BOOKED, target, now));
        }
        return appointment;
    }

    /**
     * The appointment locked (card file first), if the caller may change it and it has not started; else the
     * refusal is audited and thrown.
     */
    private Appointment lockForApi(ApiCaller caller, long appointmentId, java.util.function.Predicate<Appointment> mine,
                                   AuditAction action, Instant now) {
        Optional<Long> account = appointments.accountOf(appointmentId);
        if (account.isPresent()) {
            cards.lockCardFile(account.get());
        }
        Appointment appointment = appointments.lock(appointmentId).filter(mine).orElseThrow(() -> {
            recordApi(caller, action, AuditOutcome.NOT_OWNER, appointmentId, null);
            return new AppointmentNotFoundException(appointmentId);
        });
        if (appointment.getChannel() != Channel.API && !caller.mayChangeAnyChannel()) {
            recordApi(caller, action, AuditOutcome.FORBIDDEN, appointmentId, "booked through " + appointment.getChannel());
            throw new ApiAccessDeniedException("appointment " + appointmentId + " of channel " + appointment.getChannel());
        }
        if (!appointment.cancellableAt(now)) {
            recordApi(caller, action, AuditOutcome.RULE_BROKEN, appointmentId, BookingRule.NOT_CANCELLABLE.name());
            throw new BookingRefusedException(BookingRule.NOT_CANCELLABLE);
        }
        return appointment;
    }

    private static boolean isDistrictDoctorOf(RegisterEntry entry, Doctor doctor) {
        return entry.getDistrict() != null && entry.getDistrict().getDoctor() != null
                && entry.getDistrict().getDoctor().getId().equals(doctor.getId());
    }

    private BookingRefusedException refuseApi(ApiCaller caller, BookingRule rule, Long appointmentId) {
        recordApi(caller, AuditAction.APPOINTMENT_BOOKED, AuditOutcome.RULE_BROKEN, appointmentId, rule.name());
        return new BookingRefusedException(rule);
    }

    private void recordApi(ApiCaller caller, AuditAction action, AuditOutcome outcome, Long objectId, String detail) {
        audit.record(new AuditEvent(clock.instant(), action, outcome, null, caller.subject(), caller.remoteAddress(), null,
                objectId, detail));
    }

    /**
     * Stores the appointment and claims its slot with the one conditional update; when someone was first, the
     * appointment is discarded, the refusal recorded and the doctor's next free times offered.
     */
    private void claim(Appointment appointment, Channel channel, Instant now, Runnable recordTaken) {
        Slot slot = appointment.getSlot();
        appointments.add(appointment);
        if (!slots.claim(slot.getId(), appointment.getId())) {
            appointments.discard(appointment);
            recordTaken.run();
            List<FreeTime> offered = FreeTimeOffer.drawFrom(
                    slots.nextFree(slot.getDoctor().getId(), channel, now, horizonEnd(), FreeTimeOffer.WINDOW));
            throw new BookingRefusedException(BookingRule.SLOT_TAKEN, offered);
        }
    }

    /** Frees the appointment's slot at once, cancels it, and tells the card's account in «Сообщения». */
    private void release(Appointment appointment, Instant now) {
        Slot slot = appointment.getSlot();
        if (!slots.release(slot.getId(), appointment.getId())) {
            throw new IllegalStateException("Booked appointment " + appointment.getId() + " did not hold its slot");
        }
        appointment.cancel(now);
        if (appointment.getCardId() != null && appointment.getAccountId() != null) {
            cards.find(appointment.getCardId()).ifPresent(
                    card -> message(appointment.getAccountId(), card, MessageTopic.APPOINTMENT_CANCELLED, slot, now));
        }
    }

    private BookingRefusedException refuseStaff(StaffActor staff, BookingRule rule, Long appointmentId) {
        recordStaff(staff, AuditAction.APPOINTMENT_BOOKED, AuditOutcome.RULE_BROKEN, appointmentId, rule.name());
        return new BookingRefusedException(rule);
    }

    private void recordStaff(StaffActor staff, AuditAction action, AuditOutcome outcome, Long appointmentId,
                             String detail) {
        audit.record(AuditEvent.ofStaff(clock.instant(), action, outcome, staff.userId(), staff.username(),
                staff.remoteAddress(), appointmentId, detail));
    }

    /** Whether the doctor is the district doctor of the card's attachment (district specialties). */
    private boolean isDistrictDoctor(long cardId, Doctor doctor) {
        return searches.find(cardId)
                .filter(s -> s.getStatus() == SearchStatus.FOUND && s.getEntry() != null && s.getEntry().getDistrict() != null)
                .map(s -> s.getEntry().getDistrict().getDoctor())
                .filter(d -> d != null && d.getId().equals(doctor.getId()))
                .isPresent();
    }

    private int ageOn(LocalDate birthDate, Slot slot) {
        return Period.between(birthDate, slot.getStartsAt().atZone(region.zone()).toLocalDate()).getYears();
    }

    private Instant horizonEnd() {
        return region.horizonEnd();
    }

    private BookingRefusedException refuse(Actor actor, long cardId, BookingRule rule) {
        record(actor, AuditAction.APPOINTMENT_BOOKED, AuditOutcome.RULE_BROKEN, cardId, rule.name());
        return new BookingRefusedException(rule);
    }

    private void message(long accountId, PatientCard card, MessageTopic topic, Slot slot, Instant now) {
        Doctor doctor = slot.getDoctor();
        messages.add(new PatientMessage(accountId, card.getId(), topic, card.getFullName(),
                List.of(WHEN.format(slot.getStartsAt().atZone(region.zone())), doctor.getSpecialty().getName(),
                        doctor.getFullName(), doctor.getInstitution().getName(), slot.getCabinet()), now));
    }

    private void record(Actor actor, AuditAction action, AuditOutcome outcome, Long cardId, String detail) {
        audit.record(new AuditEvent(clock.instant(), action, outcome, actor.accountId(), actor.esiaOid(),
                actor.remoteAddress(), actor.actingFor(), cardId, detail));
    }
}
