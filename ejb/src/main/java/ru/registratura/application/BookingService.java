package ru.registratura.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import ru.registratura.domain.attachment.AttachmentSearchRepository;
import ru.registratura.domain.attachment.SearchStatus;
import ru.registratura.domain.audit.AuditAction;
import ru.registratura.domain.audit.AuditEvent;
import ru.registratura.domain.audit.AuditOutcome;
import ru.registratura.domain.audit.AuditRepository;
import ru.registratura.domain.card.CardNotFoundException;
import ru.registratura.domain.card.CardRepository;
import ru.registratura.domain.card.PatientCard;
import ru.registratura.domain.directory.Doctor;
import ru.registratura.domain.directory.Specialty;
import ru.registratura.domain.notification.MessageRepository;
import ru.registratura.domain.notification.MessageTopic;
import ru.registratura.domain.notification.PatientMessage;
import ru.registratura.domain.scheduling.Appointment;
import ru.registratura.domain.scheduling.AppointmentRepository;
import ru.registratura.domain.scheduling.BookingRefusedException;
import ru.registratura.domain.scheduling.BookingRefusedException.FreeTime;
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
        List<Appointment> upcoming = appointments.upcoming(cardId, now);
        for (Appointment existing : upcoming) {
            if (existing.getSlot().getId().equals(slotId)) {
                return existing;
            }
        }
        check(actor, card, slot, channel, upcoming, now);

        Appointment appointment = new Appointment(slot, cardId, actor.accountId(), card.getFullName(), channel, now);
        appointments.add(appointment);
        if (!slots.claim(slotId, appointment.getId())) {
            appointments.discard(appointment);
            record(actor, AuditAction.APPOINTMENT_BOOKED, AuditOutcome.SLOT_TAKEN, cardId, "slot " + slotId);
            List<FreeTime> offered = FreeTimeOffer.drawFrom(
                    slots.nextFree(slot.getDoctor().getId(), channel, now, horizonEnd(), FreeTimeOffer.WINDOW));
            throw new BookingRefusedException(BookingRule.SLOT_TAKEN, offered);
        }
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
        Slot slot = appointment.getSlot();
        if (!appointment.isBooked() || !slot.getStartsAt().isAfter(now)) {
            record(actor, AuditAction.APPOINTMENT_CANCELLED, AuditOutcome.RULE_BROKEN, appointment.getCardId(),
                    BookingRule.NOT_CANCELLABLE.name());
            throw new BookingRefusedException(BookingRule.NOT_CANCELLABLE);
        }
        if (!slots.release(slot.getId(), appointmentId)) {
            throw new IllegalStateException("Booked appointment " + appointmentId + " did not hold its slot");
        }
        appointment.cancel(now);
        record(actor, AuditAction.APPOINTMENT_CANCELLED, AuditOutcome.SUCCESS, appointment.getCardId(),
                "appointment " + appointmentId);
        if (appointment.getCardId() != null) {
            cards.find(appointment.getCardId())
                    .ifPresent(card -> message(actor.accountId(), card, MessageTopic.APPOINTMENT_CANCELLED, slot, now));
        }
    }

    private void check(Actor actor, PatientCard card, Slot slot, Channel channel, List<Appointment> upcoming,
                       Instant now) {
        Doctor doctor = slot.getDoctor();
        Specialty specialty = doctor.getSpecialty();
        BookingRule broken = null;
        if (!slot.getStartsAt().isAfter(now)) {
            broken = BookingRule.SLOT_PAST;
        } else if (!slot.getStartsAt().isBefore(horizonEnd())) {
            broken = BookingRule.BEYOND_HORIZON;
        } else if (!channel.mayBook(slot.getAccess())) {
            broken = BookingRule.NOT_OPEN_TO_CHANNEL;
        } else if (!specialty.servesAge(ageOn(card.getBirthDate(), slot))) {
            broken = BookingRule.AGE;
        } else if (!specialty.servesSex(card.getSex())) {
            broken = BookingRule.SEX;
        } else if (specialty.getDistrictKind() != null && channel != Channel.REGISTRY
                && !isDistrictDoctor(card.getId(), doctor)) {
            broken = BookingRule.NOT_YOUR_DISTRICT;
        } else if (region.onePerSpecialty() && upcoming.stream()
                .anyMatch(a -> a.getSlot().getDoctor().getSpecialty().getId().equals(specialty.getId()))) {
            broken = BookingRule.ONE_PER_SPECIALTY;
        }
        if (broken != null) {
            throw refuse(actor, card.getId(), broken);
        }
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
