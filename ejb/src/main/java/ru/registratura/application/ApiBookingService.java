package ru.registratura.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import ru.registratura.domain.attachment.AttachmentRegister;
import ru.registratura.domain.attachment.RegisterEntry;
import ru.registratura.domain.audit.AuditAction;
import ru.registratura.domain.audit.AuditEvent;
import ru.registratura.domain.audit.AuditOutcome;
import ru.registratura.domain.audit.AuditRepository;
import ru.registratura.domain.card.CardRepository;
import ru.registratura.domain.card.PatientCard;
import ru.registratura.domain.notification.MessageTopic;
import ru.registratura.domain.referral.Referral;
import ru.registratura.domain.scheduling.Appointment;
import ru.registratura.domain.scheduling.AppointmentRepository;
import ru.registratura.domain.scheduling.BookingRefusedException;
import ru.registratura.domain.scheduling.BookingRequest;
import ru.registratura.domain.scheduling.BookingRule;
import ru.registratura.domain.scheduling.Canceller;
import ru.registratura.domain.scheduling.Channel;
import ru.registratura.domain.scheduling.Slot;
import ru.registratura.domain.scheduling.SlotRepository;

/**
 * The booking API's channel (API): an external system books, moves and cancels for a person of the attachment
 * register it has looked up ({@link BookingApiService} checks that and the request), on the portal's policy for
 * the channel API (online slots only; a district specialty only with the person's district doctor) and the same
 * atomic claim. Every change and refusal is audited with the caller's subject.
 */
@Stateless
public class ApiBookingService {

    @Inject
    AttachmentRegister register;

    @Inject
    CardRepository cards;

    @Inject
    SlotRepository slots;

    @Inject
    AppointmentRepository appointments;

    @Inject
    SlotClaims claims;

    @Inject
    Referrals referrals;

    @Inject
    AuditRepository audit;

    @Inject
    Clock clock;

    /**
     * Books the slot for the register entry, with the referral of that number when the doctor is booked «по
     * направлению»; booking the same slot again returns the appointment made. The entry comes locked in this
     * transaction ({@link AttachmentRegister#lockEntry}): one booking of a person at a time, so that the rules see
     * the person's other bookings.
     */
    public Appointment book(ApiCaller caller, RegisterEntry entry, long slotId, String referralNumber) {
        long registerEntryId = entry.getId();
        Instant now = clock.instant();
        Slot slot = slots.find(slotId).orElseThrow(() -> refuse(caller, BookingRule.NO_SUCH_SLOT, null));
        List<Appointment> upcoming = appointments.upcomingOfEntry(registerEntryId, now);
        Optional<Appointment> made = SlotClaims.holding(upcoming, slotId);
        if (made.isPresent()) {
            return made.get();
        }
        Optional<Referral> referral = slot.getDoctor().needsReferral()
                ? referrals.byNumber(referralNumber, registerEntryId, slot) : Optional.empty();
        claims.brokenRule(new BookingRequest(SlotClaims.personOf(entry), slot, Channel.API, now, upcoming)
                        .referred(referral.isPresent()))
                .ifPresent(rule -> {
                    throw refuse(caller, rule, null);
                });
        Appointment appointment = Appointment.byApi(slot, registerEntryId, entry.getFullName(), caller.subject(), now);
        claims.claim(appointment, Channel.API, now, () -> record(caller, AuditAction.APPOINTMENT_BOOKED,
                AuditOutcome.SLOT_TAKEN, null, "slot " + slotId));
        referral.ifPresent(r -> referrals.use(r, appointment));
        record(caller, AuditAction.APPOINTMENT_BOOKED, AuditOutcome.SUCCESS, appointment.getId(), "through the API");
        return appointment;
    }

    /**
     * Cancels an appointment of a person the caller looked up ({@code mine} says which are), before it starts;
     * one booked through another channel only if the caller's groups allow. The slot is free at once.
     */
    public Appointment cancel(ApiCaller caller, long appointmentId, String reason, Predicate<Appointment> mine) {
        Instant now = clock.instant();
        Appointment appointment = lock(caller, appointmentId, mine, AuditAction.APPOINTMENT_CANCELLED, now);
        claims.release(appointment, now, Canceller.API);
        record(caller, AuditAction.APPOINTMENT_CANCELLED, AuditOutcome.SUCCESS, appointmentId,
                "through the API: " + reason);
        return appointment;
    }

    /**
     * Moves an appointment to another slot at once: the new slot is claimed for the same appointment by the one
     * conditional update, and only then is the old slot freed; if someone was first, nothing changes (409). The
     * rules are checked for the new slot as for a booking, the appointment itself aside.
     */
    public Appointment move(ApiCaller caller, long appointmentId, long slotId, Predicate<Appointment> mine) {
        Instant now = clock.instant();
        Appointment appointment = lock(caller, appointmentId, mine, AuditAction.APPOINTMENT_MOVED, now);
        Slot old = appointment.getSlot();
        if (old.getId() == slotId) {
            return appointment;
        }
        Slot target = slots.find(slotId).orElseThrow(() -> refuse(caller, BookingRule.NO_SUCH_SLOT, appointmentId));
        BookingRequest.Person person;
        List<Appointment> upcoming;
        if (appointment.getRegisterEntryId() != null) {
            RegisterEntry entry = register.entry(appointment.getRegisterEntryId()).orElseThrow();
            person = SlotClaims.personOf(entry);
            upcoming = appointments.upcomingOfEntry(entry.getId(), now);
        } else {
            PatientCard card = cards.find(appointment.getCardId()).orElseThrow();
            person = claims.personOf(card);
            upcoming = appointments.upcoming(card.getId(), now);
        }
        List<Appointment> others = upcoming.stream().filter(a -> !a.getId().equals(appointmentId)).toList();
        Referrals.MoveCover cover = referrals.coverMove(appointment, target, appointment.getCardId(),
                appointment.getRegisterEntryId());
        claims.brokenRule(new BookingRequest(person, target, Channel.API, now, others).referred(cover.covered()))
                .ifPresent(rule -> {
                    throw refuse(caller, rule, appointmentId);
                });
        if (!claims.move(appointment, target)) {
            record(caller, AuditAction.APPOINTMENT_MOVED, AuditOutcome.SLOT_TAKEN, appointmentId, "slot " + slotId);
            throw claims.taken(target, Channel.API, now);
        }
        referrals.moved(cover, appointment);
        record(caller, AuditAction.APPOINTMENT_MOVED, AuditOutcome.SUCCESS, appointmentId,
                "slot " + old.getId() + " to " + slotId);
        if (appointment.getCardId() != null && appointment.getAccountId() != null) {
            cards.find(appointment.getCardId()).ifPresent(card ->
                    claims.tell(appointment.getAccountId(), card, MessageTopic.APPOINTMENT_BOOKED, target, now));
        }
        return appointment;
    }

    /**
     * The appointment locked (card file first), if the caller may change it and it has not started; else the
     * refusal is audited and thrown.
     */
    private Appointment lock(ApiCaller caller, long appointmentId, Predicate<Appointment> mine, AuditAction action,
                             Instant now) {
        appointments.accountOf(appointmentId).ifPresent(cards::lockCardFile);
        Appointment appointment = appointments.lock(appointmentId).filter(mine).orElseThrow(() -> {
            record(caller, action, AuditOutcome.NOT_OWNER, appointmentId, null);
            return new AppointmentNotFoundException(appointmentId);
        });
        if (appointment.getChannel() != Channel.API && !caller.mayChangeAnyChannel()) {
            record(caller, action, AuditOutcome.FORBIDDEN, appointmentId, "booked through " + appointment.getChannel());
            throw new ApiAccessDeniedException("appointment " + appointmentId + " of channel " + appointment.getChannel());
        }
        if (!appointment.cancellableAt(now)) {
            record(caller, action, AuditOutcome.RULE_BROKEN, appointmentId, BookingRule.NOT_CANCELLABLE.name());
            throw new BookingRefusedException(BookingRule.NOT_CANCELLABLE);
        }
        return appointment;
    }

    private BookingRefusedException refuse(ApiCaller caller, BookingRule rule, Long appointmentId) {
        record(caller, AuditAction.APPOINTMENT_BOOKED, AuditOutcome.RULE_BROKEN, appointmentId, rule.name());
        return new BookingRefusedException(rule);
    }

    private void record(ApiCaller caller, AuditAction action, AuditOutcome outcome, Long objectId, String detail) {
        audit.record(new AuditEvent(clock.instant(), action, outcome, null, caller.subject(), caller.remoteAddress(),
                null, objectId, detail));
    }
}
