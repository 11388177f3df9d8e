package ru.registratura.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import ru.registratura.domain.audit.AuditAction;
import ru.registratura.domain.audit.AuditEvent;
import ru.registratura.domain.audit.AuditOutcome;
import ru.registratura.domain.audit.AuditRepository;
import ru.registratura.domain.card.CardNotFoundException;
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
 * Booking and cancelling on the portal, for a card of the actor's card file. The rules of the
 * {@link ru.registratura.domain.scheduling.BookingPolicy} are checked first, under the card file's lock, so
 * that one account's requests (a double click) never interleave; the slot itself is claimed by the one
 * conditional update of {@link SlotClaims}, and the loser of a race is offered the doctor's next free times.
 * Every booking and cancellation, refused or not, is audited; a booking and a cancellation are mailed to the account
 * after the commit ({@link PatientMails}).
 */
@Stateless
public class PortalBookingService {

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
    Event<PatientMailRequested> mail;

    @Inject
    AuditRepository audit;

    @Inject
    Clock clock;

    /**
     * Books the slot for the card through the channel (the portal's; the rules of the others are the same
     * policy's). Booking the same slot again for the same card (a double click) returns the appointment made.
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
        List<Appointment> upcoming = ofAccount.stream()
                .filter(a -> a.getCardId() != null && a.getCardId() == cardId).toList();
        Optional<Appointment> made = SlotClaims.holding(upcoming, slotId);
        if (made.isPresent()) {
            return made.get();
        }
        Optional<Referral> referral = slot.getDoctor().needsReferral() ? referrals.forCard(cardId, slot) : Optional.empty();
        BookingRequest request = new BookingRequest(claims.personOf(card), slot, channel, now, upcoming,
                ofAccount.size()).referred(referral.isPresent());
        claims.brokenRule(request).ifPresent(rule -> {
            throw refuse(actor, cardId, rule);
        });
        Appointment appointment = new Appointment(slot, cardId, actor.accountId(), card.getFullName(), channel, now);
        claims.claim(appointment, channel, now,
                () -> record(actor, AuditAction.APPOINTMENT_BOOKED, AuditOutcome.SLOT_TAKEN, cardId, "slot " + slotId));
        referral.ifPresent(r -> referrals.use(r, appointment));
        record(actor, AuditAction.APPOINTMENT_BOOKED, AuditOutcome.SUCCESS, cardId, "appointment " + appointment.getId());
        claims.tell(actor.accountId(), card, MessageTopic.APPOINTMENT_BOOKED, slot, now);
        mail.fire(new PatientMailRequested(appointment.getId(), PatientMailRequested.Kind.BOOKED));
        return appointment;
    }

    /**
     * «Перенести»: moves a booked, future appointment of the actor's account to another free time, the same
     * appointment and ticket. The new time is judged by the rules as for a booking with the appointment itself set
     * aside, and claimed before the old one is freed (as the API's and the registry's moves); a refusal, or someone
     * first to the time, changes nothing. The account is told in «Сообщения»; audited as APPOINTMENT_MOVED.
     */
    public Appointment move(Actor actor, long appointmentId, long slotId) {
        cards.lockCardFile(actor.accountId());
        Appointment appointment = appointments.lock(appointmentId)
                .filter(a -> a.getAccountId() != null && a.getAccountId() == actor.accountId() && a.getCardId() != null)
                .orElseThrow(() -> {
                    record(actor, AuditAction.APPOINTMENT_MOVED, AuditOutcome.NOT_OWNER, null, "appointment " + appointmentId);
                    return new AppointmentNotFoundException(appointmentId);
                });
        long cardId = appointment.getCardId();
        Instant now = clock.instant();
        if (!appointment.cancellableAt(now)) {
            throw refuseMove(actor, cardId, BookingRule.NOT_CANCELLABLE);
        }
        Slot old = appointment.getSlot();
        if (old.getId() == slotId) {
            return appointment;
        }
        PatientCard card = cards.findOwned(actor.accountId(), cardId).orElseThrow(() -> new CardNotFoundException(cardId));
        Slot target = slots.find(slotId).orElseThrow(() -> refuseMove(actor, cardId, BookingRule.NO_SUCH_SLOT));
        List<Appointment> ofAccount = appointments.upcomingOfAccount(actor.accountId(), now).stream()
                .filter(a -> a.getId() != appointmentId).toList();
        List<Appointment> upcoming = ofAccount.stream().filter(a -> a.getCardId() != null && a.getCardId() == cardId).toList();
        Referrals.MoveCover cover = referrals.coverMove(appointment, target, cardId, null);
        claims.brokenRule(new BookingRequest(claims.personOf(card), target, Channel.PORTAL, now, upcoming, ofAccount.size())
                        .referred(cover.covered()))
                .ifPresent(rule -> {
                    throw refuseMove(actor, cardId, rule);
                });
        if (!claims.move(appointment, target)) {
            record(actor, AuditAction.APPOINTMENT_MOVED, AuditOutcome.SLOT_TAKEN, cardId, "slot " + slotId);
            throw claims.taken(target, Channel.PORTAL, now);
        }
        referrals.moved(cover, appointment);
        record(actor, AuditAction.APPOINTMENT_MOVED, AuditOutcome.SUCCESS, cardId,
                "appointment " + appointmentId + ": slot " + old.getId() + " to " + slotId);
        claims.tell(actor.accountId(), card, MessageTopic.APPOINTMENT_MOVED, target, now);
        return appointment;
    }

    private BookingRefusedException refuseMove(Actor actor, long cardId, BookingRule rule) {
        record(actor, AuditAction.APPOINTMENT_MOVED, AuditOutcome.RULE_BROKEN, cardId, rule.name());
        return new BookingRefusedException(rule);
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
        claims.release(appointment, now, Canceller.PATIENT);
        record(actor, AuditAction.APPOINTMENT_CANCELLED, AuditOutcome.SUCCESS, appointment.getCardId(),
                "appointment " + appointmentId);
        mail.fire(new PatientMailRequested(appointmentId, PatientMailRequested.Kind.CANCELLED));
    }

    private BookingRefusedException refuse(Actor actor, long cardId, BookingRule rule) {
        record(actor, AuditAction.APPOINTMENT_BOOKED, AuditOutcome.RULE_BROKEN, cardId, rule.name());
        return new BookingRefusedException(rule);
    }

    private void record(Actor actor, AuditAction action, AuditOutcome outcome, Long cardId, String detail) {
        audit.record(new AuditEvent(clock.instant(), action, outcome, actor.accountId(), actor.esiaOid(),
                actor.remoteAddress(), actor.actingFor(), cardId, detail));
    }
}
