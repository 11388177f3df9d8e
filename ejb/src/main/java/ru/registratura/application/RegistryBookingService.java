package ru.registratura.application;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import ru.registratura.domain.account.PatientAccountRepository;
import ru.registratura.domain.attachment.AttachmentRegister;
import ru.registratura.domain.attachment.RegisterEntry;
import ru.registratura.domain.audit.AuditAction;
import ru.registratura.domain.audit.AuditEvent;
import ru.registratura.domain.audit.AuditOutcome;
import ru.registratura.domain.audit.AuditRepository;
import ru.registratura.domain.card.CardRepository;
import ru.registratura.domain.card.PatientCard;
import ru.registratura.domain.directory.Doctor;
import ru.registratura.domain.notification.MessageRepository;
import ru.registratura.domain.notification.MessageTopic;
import ru.registratura.domain.notification.PatientMessage;
import ru.registratura.domain.scheduling.Appointment;
import ru.registratura.domain.scheduling.AppointmentRepository;
import ru.registratura.domain.scheduling.BookingRefusedException;
import ru.registratura.domain.scheduling.BookingRequest;
import ru.registratura.domain.scheduling.BookingRule;
import ru.registratura.domain.scheduling.Canceller;
import ru.registratura.domain.scheduling.Channel;
import ru.registratura.domain.scheduling.Slot;
import ru.registratura.domain.scheduling.SlotRepository;
import ru.registratura.infrastructure.config.RegionSettings;
import ru.registratura.infrastructure.mail.OutgoingMail;

/**
 * The registry's booking (channel REGISTRY): an operator books and cancels at one of their institutions for a
 * portal card (the patient sees it in the cabinet and gets the message) or a person of the attachment register
 * without a card, on the same policy as the portal with registry-only slots open too and any district doctor
 * bookable; and the institution cancels appointments whose slots leave the schedule.
 */
@Stateless
public class RegistryBookingService {

    private static final String CANCELLATION_MAIL = "ru.registratura.application.cancellation";
    private static final String TICKET_MAIL = "ru.registratura.application.ticket";

    @Inject
    CardRepository cards;

    @Inject
    SlotRepository slots;

    @Inject
    AppointmentRepository appointments;

    @Inject
    AttachmentRegister register;

    @Inject
    PatientAccountRepository accounts;

    @Inject
    MessageRepository messages;

    @Inject
    OperatorScope scope;

    @Inject
    SlotClaims claims;

    @Inject
    AuditRepository audit;

    @Inject
    RegionSettings region;

    @Inject
    Clock clock;

    @Inject
    Event<OutgoingMail> mail;

    /**
     * Books the slot for a card or for a register entry (exactly one of them). The slot must be at one of the
     * operator's institutions and the person attached there (or, for a card, with an appointment there).
     * Booking the same slot again returns the appointment made.
     */
    public Appointment book(StaffActor staff, Long cardId, Long registerEntryId, long slotId) {
        Instant now = clock.instant();
        Slot slot = slots.find(slotId).orElseThrow(() -> refuse(staff, BookingRule.NO_SUCH_SLOT));
        long institutionId = slot.getDoctor().getInstitution().getId();
        if (!staff.registrarOf(institutionId) || (cardId == null) == (registerEntryId == null)) {
            throw bookingDenied(staff, "slot " + slotId);
        }
        PatientCard card = null;
        BookingRequest request;
        String name;
        if (cardId != null) {
            card = cards.find(cardId).orElseThrow(() -> bookingDenied(staff, "card " + cardId));
            cards.lockCardFile(card.getAccountId());
            List<Appointment> upcoming = appointments.upcoming(cardId, now);
            if (!scope.servesCard(staff, cardId, upcoming)) {
                throw bookingDenied(staff, "card " + cardId);
            }
            request = new BookingRequest(BookingRequest.Person.withoutDistrict(card.getBirthDate(), card.getSex()),
                    slot, Channel.REGISTRY, now, upcoming);
            name = card.getFullName();
        } else {
            RegisterEntry entry = register.lockEntry(registerEntryId)
                    .filter(e -> staff.institutionIds().contains(e.getInstitution().getId()))
                    .orElseThrow(() -> bookingDenied(staff, "register entry " + registerEntryId));
            request = new BookingRequest(BookingRequest.Person.withoutDistrict(entry.getBirthDate(), entry.getSex()),
                    slot, Channel.REGISTRY, now, appointments.upcomingOfEntry(registerEntryId, now));
            name = entry.getFullName();
        }
        Optional<Appointment> made = SlotClaims.holding(request.upcoming(), slotId);
        if (made.isPresent()) {
            return made.get();
        }
        claims.brokenRule(request).ifPresent(rule -> {
            throw refuse(staff, rule);
        });
        Long accountId = card == null ? null : card.getAccountId();
        Appointment appointment = Appointment.byRegistry(slot, cardId, accountId, registerEntryId, name,
                staff.userId(), now);
        claims.claim(appointment, Channel.REGISTRY, now, () -> record(staff, AuditAction.APPOINTMENT_BOOKED,
                AuditOutcome.SLOT_TAKEN, null, "slot " + slotId));
        record(staff, AuditAction.APPOINTMENT_BOOKED, AuditOutcome.SUCCESS, appointment.getId(), "by the registry");
        if (card != null) {
            claims.tell(accountId, card, MessageTopic.APPOINTMENT_BOOKED, slot, now);
        }
        return appointment;
    }


    /**
     * Moves an appointment at the operator's institutions to another free time there, the same appointment and
     * ticket (as the API's move): the new time is judged by the rules as for a booking, the appointment itself aside
     * (one per specialty), and claimed before the old one is freed. A refusal, or someone first to the time,
     * changes nothing; the patient's account is told of the new time in «Сообщения».
     */
    public Appointment reschedule(StaffActor staff, long appointmentId, long slotId) {
        appointments.accountOf(appointmentId).ifPresent(cards::lockCardFile);
        Appointment appointment = appointments.lock(appointmentId)
                .filter(a -> staff.registrar() && scope.isThere(staff, a))
                .orElseThrow(() -> denied(staff, AuditAction.APPOINTMENT_MOVED, appointmentId, "appointment " + appointmentId));
        Instant now = clock.instant();
        if (!appointment.cancellableAt(now)) {
            throw refuse(staff, AuditAction.APPOINTMENT_MOVED, appointmentId, BookingRule.NOT_CANCELLABLE);
        }
        Slot old = appointment.getSlot();
        if (old.getId() == slotId) {
            return appointment;
        }
        Slot target = slots.find(slotId)
                .orElseThrow(() -> refuse(staff, AuditAction.APPOINTMENT_MOVED, appointmentId, BookingRule.NO_SUCH_SLOT));
        if (!staff.registrarOf(target.getDoctor().getInstitution().getId())) {
            throw denied(staff, AuditAction.APPOINTMENT_MOVED, appointmentId, "slot " + slotId);
        }
        BookingRequest.Person person;
        List<Appointment> upcoming;
        if (appointment.getRegisterEntryId() != null) {
            RegisterEntry entry = register.entry(appointment.getRegisterEntryId()).orElseThrow();
            person = BookingRequest.Person.withoutDistrict(entry.getBirthDate(), entry.getSex());
            upcoming = appointments.upcomingOfEntry(entry.getId(), now);
        } else {
            PatientCard card = cards.find(appointment.getCardId()).orElseThrow();
            person = BookingRequest.Person.withoutDistrict(card.getBirthDate(), card.getSex());
            upcoming = appointments.upcoming(card.getId(), now);
        }
        claims.brokenRule(new BookingRequest(person, target, Channel.REGISTRY, now, without(upcoming, appointmentId)))
                .ifPresent(rule -> {
                    throw refuse(staff, AuditAction.APPOINTMENT_MOVED, appointmentId, rule);
                });
        if (!claims.move(appointment, target)) {
            record(staff, AuditAction.APPOINTMENT_MOVED, AuditOutcome.SLOT_TAKEN, appointmentId, "slot " + slotId);
            throw claims.taken(target, Channel.REGISTRY, now);
        }
        record(staff, AuditAction.APPOINTMENT_MOVED, AuditOutcome.SUCCESS, appointmentId,
                "by the registry: slot " + old.getId() + " to " + slotId);
        if (appointment.getCardId() != null && appointment.getAccountId() != null) {
            cards.find(appointment.getCardId()).ifPresent(card ->
                    claims.tell(appointment.getAccountId(), card, MessageTopic.APPOINTMENT_MOVED, target, now));
        }
        return appointment;
    }

    /** Whether a ticket went to the patient's mail. */
    public enum TicketMail { SENT, NO_ADDRESS }

    /**
     * Sends the ticket of an appointment at the operator's institutions to the e-mail of the card's account, after
     * the commit; a person without an account or an address gets nothing ({@link TicketMail#NO_ADDRESS}).
     */
    public TicketMail mailTicket(StaffActor staff, long appointmentId) {
        Appointment appointment = appointments.find(appointmentId)
                .filter(a -> staff.registrar() && scope.isThere(staff, a))
                .orElseThrow(() -> new StaffAccessDeniedException("appointment " + appointmentId));
        Optional<String> address = appointment.getAccountId() == null ? Optional.empty()
                : accounts.find(appointment.getAccountId()).map(a -> a.getEmail()).filter(e -> e != null && !e.isBlank());
        if (address.isEmpty()) {
            return TicketMail.NO_ADDRESS;
        }
        Slot slot = appointment.getSlot();
        Doctor doctor = slot.getDoctor();
        Locale ru = Locale.forLanguageTag("ru");
        ResourceBundle texts = ResourceBundle.getBundle(TICKET_MAIL, ru);
        Object[] arguments = {appointment.getPatientName(), claims.when(slot), doctor.getSpecialty().getName(),
                doctor.getFullName(), doctor.getInstitution().getName(), doctor.getInstitution().getAddress(),
                slot.getCabinet(), String.valueOf(appointment.getId()), region.name()};
        mail.fire(new OutgoingMail(List.of(new OutgoingMail.Mail(address.get(),
                new MessageFormat(texts.getString("subject"), ru).format(arguments),
                new MessageFormat(texts.getString("body"), ru).format(arguments), calendar(appointment),
                "ticket of appointment " + appointment.getId()))));
        return TicketMail.SENT;
    }

    /** The upcoming appointments but the one being moved. */
    private static List<Appointment> without(List<Appointment> upcoming, long moving) {
        return upcoming.stream().filter(a -> a.getId() != moving).toList();
    }

    /** Cancels an appointment at one of the operator's institutions before it starts. */
    public void cancel(StaffActor staff, long appointmentId) {
        appointments.accountOf(appointmentId).ifPresent(cards::lockCardFile);
        Appointment appointment = appointments.lock(appointmentId)
                .filter(a -> staff.registrar() && scope.isThere(staff, a))
                .orElseThrow(() -> {
                    record(staff, AuditAction.APPOINTMENT_CANCELLED, AuditOutcome.FORBIDDEN, appointmentId, null);
                    return new StaffAccessDeniedException("appointment " + appointmentId);
                });
        Instant now = clock.instant();
        if (!appointment.cancellableAt(now)) {
            record(staff, AuditAction.APPOINTMENT_CANCELLED, AuditOutcome.RULE_BROKEN, appointmentId,
                    BookingRule.NOT_CANCELLABLE.name());
            throw new BookingRefusedException(BookingRule.NOT_CANCELLABLE);
        }
        claims.release(appointment, now, Canceller.REGISTRY);
        record(staff, AuditAction.APPOINTMENT_CANCELLED, AuditOutcome.SUCCESS, appointmentId, "by the registry");
    }

    /**
     * The institution cancels a booked, future appointment because its slot leaves the schedule (a doctor's
     * absence, a changed template): the slot is freed, the appointment keeps the reason, the card's account gets
     * «Приём отменён по причине…» in «Сообщения», and the mail to send after the commit is returned (empty when
     * the account has no e-mail or the person has no account). The caller has checked the operator's institution
     * and holds the locks (card file, then appointment).
     */
    public Optional<OutgoingMail.Mail> cancelByInstitution(StaffActor staff, Appointment appointment, String reason) {
        Instant now = clock.instant();
        Slot slot = appointment.getSlot();
        claims.free(appointment, now, Canceller.INSTITUTION, reason);
        record(staff, AuditAction.APPOINTMENT_CANCELLED, AuditOutcome.SUCCESS, appointment.getId(),
                "by the institution: schedule changed");
        if (appointment.getCardId() == null || appointment.getAccountId() == null) {
            return Optional.empty();
        }
        Doctor doctor = slot.getDoctor();
        String when = claims.when(slot);
        messages.add(new PatientMessage(appointment.getAccountId(), appointment.getCardId(),
                MessageTopic.CANCELLED_BY_INSTITUTION, appointment.getPatientName(),
                List.of(when, doctor.getSpecialty().getName(), doctor.getFullName(), doctor.getInstitution().getName(),
                        slot.getCabinet(), reason), now));
        return accounts.find(appointment.getAccountId())
                .map(a -> a.getEmail())
                .filter(email -> email != null && !email.isBlank())
                .map(email -> cancellationMail(email, appointment, when, reason));
    }

    private OutgoingMail.Mail cancellationMail(String email, Appointment appointment, String when, String reason) {
        Slot slot = appointment.getSlot();
        Doctor doctor = slot.getDoctor();
        Locale ru = Locale.forLanguageTag("ru");
        ResourceBundle texts = ResourceBundle.getBundle(CANCELLATION_MAIL, ru);
        Object[] arguments = {appointment.getPatientName(), when, doctor.getSpecialty().getName(), doctor.getFullName(),
                doctor.getInstitution().getName(), doctor.getInstitution().getAddress(), slot.getCabinet(),
                String.valueOf(appointment.getId()), region.name(), reason};
        return new OutgoingMail.Mail(email, new MessageFormat(texts.getString("subject"), ru).format(arguments),
                new MessageFormat(texts.getString("body"), ru).format(arguments), calendar(appointment),
                "cancellation of appointment " + appointment.getId());
    }

    /** The appointment's calendar file in Russian: adding the event, or removing it once cancelled. */
    private String calendar(Appointment appointment) {
        Instant now = clock.instant();
        return TicketCalendar.of(BookingCatalog.Ticket.of(appointment, null, now), Locale.forLanguageTag("ru"), now);
    }

    /** The refusal of a booking outside the operator's institutions, audited with what was asked for. */
    private StaffAccessDeniedException bookingDenied(StaffActor staff, String what) {
        record(staff, AuditAction.APPOINTMENT_BOOKED, AuditOutcome.FORBIDDEN, null, what);
        return new StaffAccessDeniedException(what);
    }

    private BookingRefusedException refuse(StaffActor staff, BookingRule rule) {
        return refuse(staff, AuditAction.APPOINTMENT_BOOKED, null, rule);
    }

    private BookingRefusedException refuse(StaffActor staff, AuditAction action, Long appointmentId, BookingRule rule) {
        record(staff, action, AuditOutcome.RULE_BROKEN, appointmentId, rule.name());
        return new BookingRefusedException(rule);
    }

    /** The refusal of a change outside the operator's institutions, audited with what was asked for. */
    private StaffAccessDeniedException denied(StaffActor staff, AuditAction action, Long appointmentId, String what) {
        record(staff, action, AuditOutcome.FORBIDDEN, appointmentId, what);
        return new StaffAccessDeniedException(what);
    }

    private void record(StaffActor staff, AuditAction action, AuditOutcome outcome, Long appointmentId,
                        String detail) {
        audit.record(AuditEvent.ofStaff(clock.instant(), action, outcome, staff.userId(), staff.username(),
                staff.remoteAddress(), appointmentId, detail));
    }
}
