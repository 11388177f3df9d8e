package ru.registratura.application;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import ru.registratura.domain.attachment.AttachmentSearchRepository;
import ru.registratura.domain.attachment.RegisterEntry;
import ru.registratura.domain.attachment.SearchStatus;
import ru.registratura.domain.card.CardRepository;
import ru.registratura.domain.card.PatientCard;
import ru.registratura.domain.directory.Doctor;
import ru.registratura.domain.notification.MessageRepository;
import ru.registratura.domain.notification.MessageTopic;
import ru.registratura.domain.notification.PatientMessage;
import ru.registratura.domain.scheduling.Appointment;
import ru.registratura.domain.scheduling.AppointmentRepository;
import ru.registratura.domain.scheduling.BookingPolicy;
import ru.registratura.domain.scheduling.BookingRefusedException;
import ru.registratura.domain.scheduling.BookingRequest;
import ru.registratura.domain.scheduling.BookingRule;
import ru.registratura.domain.scheduling.Canceller;
import ru.registratura.domain.scheduling.Channel;
import ru.registratura.domain.scheduling.Slot;
import ru.registratura.domain.scheduling.SlotRepository;
import ru.registratura.infrastructure.config.RegionSettings;

/**
 * What the booking services of every channel ({@link PortalBookingService}, {@link RegistryBookingService},
 * {@link ApiBookingService}) do alike: ask the region's {@link BookingPolicy}, claim a slot by the one conditional
 * update that makes it bookable once, free it (and nudge the waitlist to offer it), and tell the card's account in
 * «Сообщения». It runs inside the
 * caller's transaction and starts none of its own.
 */
@ApplicationScoped
public class SlotClaims {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    @Inject
    SlotRepository slots;

    @Inject
    AppointmentRepository appointments;

    @Inject
    CardRepository cards;

    @Inject
    MessageRepository messages;

    @Inject
    AttachmentSearchRepository searches;

    @Inject
    RegionSettings region;

    @Inject
    Event<AppointmentBooked> booked;

    @Inject
    Event<WaitlistNudge> waitlistNudge;

    @Inject
    Referrals referrals;

    @Inject
    FreeTimeOffers offers;

    /** The rule the request breaks under the region's policy of the moment, if any. */
    public Optional<BookingRule> brokenRule(BookingRequest request) {
        return region.bookingPolicy().firstBroken(request);
    }

    /** The person of a portal card: their district doctor is the one of the card's attachment, if found. */
    public BookingRequest.Person personOf(PatientCard card) {
        long cardId = card.getId();
        return new BookingRequest.Person(card.getBirthDate(), card.getSex(), doctor -> isDistrictDoctor(cardId, doctor));
    }

    /** The person of an attachment register entry: their district doctor is the one of their district. */
    public static BookingRequest.Person personOf(RegisterEntry entry) {
        return new BookingRequest.Person(entry.getBirthDate(), entry.getSex(), doctor -> entry.getDistrict() != null
                && entry.getDistrict().getDoctor() != null
                && entry.getDistrict().getDoctor().getId().equals(doctor.getId()));
    }

    /** The appointment of these that holds the slot already (the same request again: a double click), if any. */
    public static Optional<Appointment> holding(List<Appointment> upcoming, long slotId) {
        return upcoming.stream().filter(a -> a.getSlot().getId() == slotId).findFirst();
    }

    /**
     * Stores the appointment and claims its slot with the one conditional update; when someone was first, the
     * appointment is discarded, {@code recordTaken} runs and the refusal offers the doctor's next free times.
     *
     * <p>A slot this transaction has read as not claimable (booked, withdrawn or held for a waitlist offer: what the
     * update's condition refuses) is refused at once, with nothing stored and discarded. In a rush most refusals are
     * of times taken seconds before, and each cost an insert and a delete of the appointment with their key checks
     * (bench/RESULTS.md, issue 17). A slot read as free still goes to the update, which alone decides a race.
     */
    public void claim(Appointment appointment, Channel channel, Instant now, Runnable recordTaken) {
        Slot slot = appointment.getSlot();
        if (!slot.isFree() || slot.isWithdrawn() || slot.isHeld()) {
            recordTaken.run();
            throw taken(slot, channel, now);
        }
        appointments.add(appointment);
        if (!slots.claim(slot.getId(), appointment.getId())) {
            appointments.discard(appointment);
            recordTaken.run();
            throw taken(slot, channel, now);
        }
        booked.fire(new AppointmentBooked(channel));
    }

    /** The refusal for a slot someone else claimed first, with some of the doctor's next free times instead. */
    public BookingRefusedException taken(Slot slot, Channel channel, Instant now) {
        return new BookingRefusedException(BookingRule.SLOT_TAKEN, offers.afterRefusal(slot.getDoctor().getId(), channel, now));
    }

    /**
     * Moves a booked appointment to another slot: the target is claimed for the same appointment by the one
     * conditional update, and only then is the old slot freed. Returns false, with nothing changed, when someone
     * was first to the target.
     */
    public boolean move(Appointment appointment, Slot target) {
        Slot old = appointment.getSlot();
        if (!slots.claim(target.getId(), appointment.getId())) {
            return false;
        }
        if (!slots.release(old.getId(), appointment.getId())) {
            throw new IllegalStateException("Booked appointment " + appointment.getId() + " did not hold its slot");
        }
        appointment.moveTo(target);
        waitlistNudge.fire(new WaitlistNudge());
        return true;
    }

    /** Frees the appointment's slot at once and cancels it (its referral given back), without telling anyone. */
    public void free(Appointment appointment, Instant now, Canceller by, String reason) {
        Slot slot = appointment.getSlot();
        if (!slots.release(slot.getId(), appointment.getId())) {
            throw new IllegalStateException("Booked appointment " + appointment.getId() + " did not hold its slot");
        }
        appointment.cancel(now, by, reason);
        referrals.giveBack(appointment);
        waitlistNudge.fire(new WaitlistNudge());
    }

    /** Frees the appointment's slot at once, cancels it, and tells the card's account in «Сообщения». */
    public void release(Appointment appointment, Instant now, Canceller by) {
        free(appointment, now, by, null);
        if (appointment.getCardId() != null && appointment.getAccountId() != null) {
            cards.find(appointment.getCardId()).ifPresent(card -> tell(appointment.getAccountId(), card,
                    MessageTopic.APPOINTMENT_CANCELLED, appointment.getSlot(), now));
        }
    }

    /** A message of the topic about the slot to the account, for the card. */
    public void tell(long accountId, PatientCard card, MessageTopic topic, Slot slot, Instant now) {
        Doctor doctor = slot.getDoctor();
        messages.add(new PatientMessage(accountId, card.getId(), topic, card.getFullName(),
                List.of(when(slot), doctor.getSpecialty().getName(), doctor.getFullName(),
                        doctor.getInstitution().getName(), slot.getCabinet()), now));
    }

    /** When the slot starts, as the messages and mails say it: dd.MM.yyyy HH:mm in the region's zone. */
    public String when(Slot slot) {
        return WHEN.format(slot.getStartsAt().atZone(region.zone()));
    }

    /** Whether the doctor is the district doctor of the card's attachment (district specialties). */
    private boolean isDistrictDoctor(long cardId, Doctor doctor) {
        return searches.find(cardId)
                .filter(s -> s.getStatus() == SearchStatus.FOUND && s.getEntry() != null
                        && s.getEntry().getDistrict() != null)
                .map(s -> s.getEntry().getDistrict().getDoctor())
                .filter(d -> d != null && d.getId().equals(doctor.getId()))
                .isPresent();
    }
}
