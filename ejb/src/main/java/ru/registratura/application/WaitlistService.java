package ru.registratura.application;

import java.io.Serializable;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import ru.registratura.application.WaitlistRefusedException.Reason;
import ru.registratura.domain.account.PatientAccountRepository;
import ru.registratura.domain.audit.AuditAction;
import ru.registratura.domain.audit.AuditEvent;
import ru.registratura.domain.audit.AuditOutcome;
import ru.registratura.domain.audit.AuditRepository;
import ru.registratura.domain.card.CardNotFoundException;
import ru.registratura.domain.card.CardRepository;
import ru.registratura.domain.card.PatientCard;
import ru.registratura.domain.directory.Doctor;
import ru.registratura.domain.directory.DoctorRepository;
import ru.registratura.domain.notification.MessageRepository;
import ru.registratura.domain.notification.MessageTopic;
import ru.registratura.domain.notification.PatientMessage;
import ru.registratura.domain.referral.Referral;
import ru.registratura.domain.scheduling.Appointment;
import ru.registratura.domain.scheduling.AppointmentRepository;
import ru.registratura.domain.scheduling.BookingRefusedException;
import ru.registratura.domain.scheduling.BookingRequest;
import ru.registratura.domain.scheduling.Channel;
import ru.registratura.domain.scheduling.Slot;
import ru.registratura.domain.scheduling.SlotRepository;
import ru.registratura.domain.waitlist.WaitRequest;
import ru.registratura.domain.waitlist.WaitStatus;
import ru.registratura.domain.waitlist.WaitlistRepository;
import ru.registratura.infrastructure.config.RegionSettings;
import ru.registratura.infrastructure.mail.OutgoingMail;

/**
 * The waitlist, «Сообщить о более раннем времени». A patient asks for a time with a doctor (or any doctor of the
 * specialty at the doctor's institution) before a date; with an upcoming appointment of that specialty, the request
 * is to move it earlier. The queue is served in the order of requests ({@code WaitlistTimer}, and soon after any
 * cancellation): the first request a free slot fits, under the booking rules, gets it held for
 * {@code registratura.waitlist.hold-minutes} (15 by default), with a notification and a mail carrying the link to
 * «Лист ожидания». Confirming books the held time (or moves the appointment to it); declining, or letting the time
 * pass, closes the request and frees the slot for the next. A held slot is offered to nobody else and claimed only
 * through its request, both by conditional updates of the slot's row; a card holds one offer at a time (its card
 * file is locked for each offer, as for a booking).
 */
@Stateless
public class WaitlistService {

    private static final String BUNDLE = "ru.registratura.application.waitlist";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    /** How far ahead a wanted date may be: past the horizon, since its new days are offered too. */
    public static final int MAX_DAYS_AHEAD = 90;
    /** How many open requests an account may have. */
    public static final int MAX_OPEN_PER_ACCOUNT = 10;
    /** How many of a request's earliest free slots an offer looks at for one the rules allow. */
    private static final int CANDIDATES = 20;

    @Inject
    WaitlistRepository waitlist;

    @Inject
    CardRepository cards;

    @Inject
    DoctorRepository doctors;

    @Inject
    SlotRepository slots;

    @Inject
    AppointmentRepository appointments;

    @Inject
    PatientAccountRepository accounts;

    @Inject
    MessageRepository messages;

    @Inject
    SlotClaims claims;

    @Inject
    Referrals referrals;

    @Inject
    ReferralService referralService;

    @Inject
    AuditRepository audit;

    @Inject
    RegionSettings region;

    @Inject
    Event<WaitlistNudge> nudge;

    @Inject
    Event<PatientMailRequested> patientMail;

    @Inject
    Event<OutgoingMail> outgoing;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "registratura.waitlist.hold-minutes", defaultValue = "15")
    int holdMinutes;

    @Inject
    @ConfigProperty(name = "registratura.esia.portal-url", defaultValue = "")
    String portalUrl;

    /** How long an offered time is held for the patient, in minutes. */
    public int holdMinutes() {
        return Math.max(1, holdMinutes);
    }

    /** A request as the patient's «Лист ожидания» shows it. */
    public record Entry(long id, long cardId, String person, String doctor, String specialty, String institution,
                        LocalDate wantedBefore, WaitStatus status, Instant createdAt, Long appointmentId,
                        Offer offer) implements Serializable {

        public boolean isOffered() {
            return status == WaitStatus.OFFERED && offer != null;
        }

        public boolean isOpen() {
            return status.isOpen();
        }
    }

    /** The time held for a request: when, with whom, where, until when. */
    public record Offer(Instant startsAt, String doctor, String specialty, String institution, String address,
                        String cabinet, Instant until) implements Serializable {
    }

    /** An open request as the registry's waitlist shows it. */
    public record Waiting(long id, String person, String doctor, String specialty, String institution,
                          LocalDate wantedBefore, WaitStatus status, Instant createdAt, boolean move,
                          Instant offeredAt, Instant offerUntil) implements Serializable {
    }

    /**
     * «Сообщить о более раннем времени» for the card: with the doctor (or, {@code anyDoctor}, any doctor of the
     * doctor's specialty at the doctor's institution), a time that starts before the date. With an appointment of
     * the card (given, or the card's upcoming one of that specialty), the request is to move it earlier.
     */
    public long ask(Actor actor, long cardId, long doctorId, boolean anyDoctor, LocalDate before, Long appointmentId) {
        cards.lockCardFile(actor.accountId());
        PatientCard card = cards.findOwned(actor.accountId(), cardId).orElseThrow(() -> {
            record(actor, AuditAction.WAITLIST_REQUESTED, AuditOutcome.NOT_OWNER, cardId, null);
            return new CardNotFoundException(cardId);
        });
        Instant now = clock.instant();
        LocalDate today = region.today();
        if (before == null || !before.isAfter(today) || before.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            throw refuse(actor, cardId, Reason.DATE);
        }
        Doctor doctor = doctors.findWithInstitution(doctorId).filter(Doctor::isActive)
                .orElseThrow(() -> refuse(actor, cardId, Reason.NO_DOCTOR));
        List<Appointment> upcoming = appointments.upcoming(cardId, now);
        Appointment toMove = null;
        if (appointmentId != null) {
            toMove = upcoming.stream().filter(a -> a.getId() == appointmentId.longValue()
                            && a.getAccountId() != null && a.getAccountId() == actor.accountId() && a.cancellableAt(now))
                    .findFirst().orElseThrow(() -> refuse(actor, cardId, Reason.APPOINTMENT));
            if (!toMove.getSlot().getDoctor().getId().equals(doctor.getId())) {
                throw refuse(actor, cardId, Reason.APPOINTMENT);
            }
        } else {
            // One appointment per specialty: an earlier time of a specialty the card is booked with is a move.
            String specialty = doctor.getSpecialty().getFederalCode();
            toMove = upcoming.stream()
                    .filter(a -> a.getSlot().getDoctor().getSpecialty().getFederalCode().equals(specialty)
                            && a.getAccountId() != null && a.getAccountId() == actor.accountId() && a.cancellableAt(now))
                    .findFirst().orElse(null);
        }
        // A doctor «по направлению» is waited for with a valid referral: no offer could be made without one.
        if (toMove == null && doctor.needsReferral()
                && referralService.validFor(cardId, doctor.getSpecialty().getId(), doctor.getInstitution().getId()).isEmpty()) {
            throw refuse(actor, cardId, Reason.REFERRAL);
        }
        Instant wanted = before.atStartOfDay(region.zone()).toInstant();
        if (toMove != null && toMove.getSlot().getStartsAt().isBefore(wanted)) {
            wanted = toMove.getSlot().getStartsAt();
        }
        Long moving = toMove == null ? null : toMove.getId();
        for (WaitRequest open : waitlist.openOf(cardId)) {
            boolean sameTarget = anyDoctor ? open.isAnyDoctor()
                    && open.getSpecialty().getId().equals(doctor.getSpecialty().getId())
                    && open.getInstitution().getId().equals(doctor.getInstitution().getId())
                    : !open.isAnyDoctor() && open.getDoctor().getId().equals(doctor.getId());
            if (sameTarget || moving != null && moving.equals(open.getAppointmentId())) {
                throw refuse(actor, cardId, Reason.DUPLICATE);
            }
        }
        if (waitlist.countOpenOfAccount(actor.accountId()) >= MAX_OPEN_PER_ACCOUNT) {
            throw refuse(actor, cardId, Reason.TOO_MANY);
        }
        WaitRequest request = new WaitRequest(actor.accountId(), cardId, card.getFullName(), doctor, anyDoctor, moving,
                wanted, now);
        waitlist.add(request);
        record(actor, AuditAction.WAITLIST_REQUESTED, AuditOutcome.SUCCESS, cardId, "request " + request.getId()
                + (moving == null ? "" : ", appointment " + moving));
        nudge.fire(new WaitlistNudge());
        return request.getId();
    }

    /** The account's requests, open ones first, then the latest closed ones. */
    public List<Entry> ofAccount(Actor actor) {
        List<Entry> entries = new ArrayList<>();
        for (WaitRequest w : waitlist.ofAccount(actor.accountId(), 30)) {
            Offer offer = null;
            if (w.getStatus() == WaitStatus.OFFERED && w.getSlotId() != null) {
                offer = slots.find(w.getSlotId()).map(s -> new Offer(s.getStartsAt(), s.getDoctor().getFullName(),
                        s.getDoctor().getSpecialty().getName(), s.getDoctor().getInstitution().getName(),
                        s.getDoctor().getInstitution().getAddress(), s.getCabinet(), w.getOfferUntil())).orElse(null);
            }
            entries.add(new Entry(w.getId(), w.getCardId(), w.getPatientName(),
                    w.isAnyDoctor() ? null : w.getDoctor().getFullName(), w.getSpecialty().getName(),
                    w.getInstitution().getName(), w.getWantedBefore().atZone(region.zone()).toLocalDate(),
                    w.getStatus(), w.getCreatedAt(), w.getAppointmentId(), offer));
        }
        return entries;
    }

    /** «Отозвать» a waiting request, or «Отказаться» from its offer: closed, and a held time goes to the next. */
    public void withdraw(Actor actor, long requestId) {
        cards.lockCardFile(actor.accountId());
        WaitRequest request = own(actor, requestId, AuditAction.WAITLIST_WITHDRAWN);
        Instant now = clock.instant();
        if (request.getStatus() == WaitStatus.OFFERED) {
            slots.releaseHold(request.getSlotId(), request.getId());
            request.close(WaitStatus.DECLINED, now);
            nudge.fire(new WaitlistNudge());
        } else if (request.getStatus() == WaitStatus.WAITING) {
            request.close(WaitStatus.WITHDRAWN, now);
        } else {
            throw new WaitlistRefusedException(Reason.CLOSED);
        }
        record(actor, AuditAction.WAITLIST_WITHDRAWN, AuditOutcome.SUCCESS, request.getCardId(),
                "request " + requestId + ": " + request.getStatus());
    }

    /**
     * «Записаться на это время»: books the held time for the card, or moves the request's appointment to it (the
     * same ticket; its old time is freed for the queue). The booking rules are those of any booking of the portal;
     * a refusal changes nothing, and an offer that is over says so.
     *
     * @return the appointment, booked or moved
     */
    public long confirm(Actor actor, long requestId) {
        cards.lockCardFile(actor.accountId());
        WaitRequest request = own(actor, requestId, AuditAction.WAITLIST_CONFIRMED);
        Instant now = clock.instant();
        if (!request.offerOpenAt(now)) {
            record(actor, AuditAction.WAITLIST_CONFIRMED, AuditOutcome.RULE_BROKEN, request.getCardId(), Reason.OFFER_ENDED.name());
            throw new WaitlistRefusedException(request.getStatus().isOpen() ? Reason.OFFER_ENDED : Reason.CLOSED);
        }
        long cardId = request.getCardId();
        PatientCard card = cards.findOwned(actor.accountId(), cardId).orElseThrow(() -> new CardNotFoundException(cardId));
        Slot slot = slots.find(request.getSlotId()).orElseThrow(() -> new WaitlistRefusedException(Reason.OFFER_ENDED));
        List<Appointment> ofAccount = appointments.upcomingOfAccount(actor.accountId(), now).stream()
                .filter(a -> request.getAppointmentId() == null || a.getId() != request.getAppointmentId().longValue())
                .toList();
        List<Appointment> upcoming = ofAccount.stream()
                .filter(a -> a.getCardId() != null && a.getCardId() == cardId).toList();
        Appointment appointment;
        if (request.getAppointmentId() != null) {
            appointment = appointments.lock(request.getAppointmentId()).filter(a -> a.cancellableAt(now)).orElse(null);
            if (appointment == null) {
                slots.releaseHold(slot.getId(), request.getId());
                request.close(WaitStatus.LAPSED, now);
                nudge.fire(new WaitlistNudge());
                throw new WaitlistRefusedException(Reason.APPOINTMENT);
            }
        } else {
            appointment = new Appointment(slot, cardId, actor.accountId(), card.getFullName(), Channel.PORTAL, now);
        }
        boolean moving = request.getAppointmentId() != null;
        Referrals.MoveCover cover = moving ? referrals.coverMove(appointment, slot, cardId, null) : null;
        Optional<Referral> referral = !moving && slot.getDoctor().needsReferral() ? referrals.forCard(cardId, slot)
                : Optional.empty();
        boolean referred = moving ? cover.covered() : referral.isPresent();
        claims.brokenRule(new BookingRequest(claims.personOf(card), slot, Channel.PORTAL, now, upcoming, ofAccount.size())
                        .referred(referred))
                .ifPresent(rule -> {
                    record(actor, AuditAction.WAITLIST_CONFIRMED, AuditOutcome.RULE_BROKEN, cardId, rule.name());
                    throw new BookingRefusedException(rule);
                });
        if (!moving) {
            appointments.add(appointment);
        }
        if (!slots.claimHeld(slot.getId(), request.getId(), appointment.getId(), now)) {
            // The time left the schedule meanwhile (the hold went with it): the request waits again, at its place.
            if (!moving) {
                appointments.discard(appointment);
            }
            request.requeue();
            nudge.fire(new WaitlistNudge());
            record(actor, AuditAction.WAITLIST_CONFIRMED, AuditOutcome.SLOT_TAKEN, cardId, "request " + requestId);
            throw new WaitlistRefusedException(Reason.OFFER_ENDED);
        }
        if (moving) {
            Slot old = appointment.getSlot();
            if (!slots.release(old.getId(), appointment.getId())) {
                throw new IllegalStateException("Booked appointment " + appointment.getId() + " did not hold its slot");
            }
            appointment.moveTo(slot);
            referrals.moved(cover, appointment);
            record(actor, AuditAction.APPOINTMENT_MOVED, AuditOutcome.SUCCESS, cardId, "appointment "
                    + appointment.getId() + ": slot " + old.getId() + " to " + slot.getId() + " (waitlist)");
            claims.tell(actor.accountId(), card, MessageTopic.APPOINTMENT_MOVED, slot, now);
            nudge.fire(new WaitlistNudge());
        } else {
            Appointment booked = appointment;
            referral.ifPresent(r -> referrals.use(r, booked));
            record(actor, AuditAction.APPOINTMENT_BOOKED, AuditOutcome.SUCCESS, cardId,
                    "appointment " + appointment.getId() + " (waitlist)");
            claims.tell(actor.accountId(), card, MessageTopic.APPOINTMENT_BOOKED, slot, now);
            patientMail.fire(new PatientMailRequested(appointment.getId(), PatientMailRequested.Kind.BOOKED));
        }
        request.close(WaitStatus.FULFILLED, now);
        record(actor, AuditAction.WAITLIST_CONFIRMED, AuditOutcome.SUCCESS, cardId,
                "request " + requestId + ", appointment " + appointment.getId());
        return appointment.getId();
    }

    /** The open requests for the doctors of the operator's institutions, in queue order, a page of them. */
    public List<Waiting> waitingAt(StaffActor staff, int first, int max) {
        requireRegistrar(staff);
        List<Waiting> rows = new ArrayList<>();
        for (WaitRequest w : waitlist.openOfInstitutions(staff.institutionIds(), first, max)) {
            Optional<Slot> offered = w.getStatus() == WaitStatus.OFFERED && w.getSlotId() != null
                    ? slots.find(w.getSlotId()) : Optional.empty();
            rows.add(new Waiting(w.getId(), w.getPatientName(), w.isAnyDoctor() ? null : w.getDoctor().getFullName(),
                    w.getSpecialty().getName(), w.getInstitution().getName(),
                    w.getWantedBefore().atZone(region.zone()).toLocalDate(), w.getStatus(), w.getCreatedAt(),
                    w.getAppointmentId() != null, offered.map(Slot::getStartsAt).orElse(null), w.getOfferUntil()));
        }
        return rows;
    }

    public long countWaitingAt(StaffActor staff) {
        requireRegistrar(staff);
        return waitlist.countOpenOfInstitutions(staff.institutionIds());
    }

    // The queue's run (WaitlistTimer): offers that ended, then the requests a free slot may serve, in order.

    /** The requests whose offer has ended. */
    public List<Long> offersEnded() {
        return waitlist.offersEnded(clock.instant());
    }

    /** The waiting requests some free slot may serve now, in queue order. */
    public List<Long> dueForOffer() {
        return waitlist.dueForOffer(clock.instant(), region.horizonEnd());
    }

    /** Closes the requests whose date has come and ends holds that outlived their request. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void sweep() {
        Instant now = clock.instant();
        waitlist.lapse(now);
        slots.releaseEndedHolds(now);
    }

    /**
     * Ends an offer not confirmed in time: the slot is free again (for the next request in the queue) and the
     * request is closed as missed, with a notification. In a transaction of its own; returns whether it ended now.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean endOffer(long requestId) {
        Optional<Long> account = waitlist.accountOf(requestId);
        if (account.isEmpty()) {
            return false;
        }
        cards.lockCardFile(account.get());
        WaitRequest request = waitlist.lock(requestId).orElse(null);
        Instant now = clock.instant();
        if (request == null || request.getStatus() != WaitStatus.OFFERED || request.offerOpenAt(now)) {
            return false;
        }
        slots.releaseHold(request.getSlotId(), request.getId());
        request.close(WaitStatus.MISSED, now);
        Optional<Slot> slot = slots.find(request.getSlotId());
        messages.add(new PatientMessage(request.getAccountId(), request.getCardId(), MessageTopic.WAITLIST_MISSED,
                request.getPatientName(), List.of(slot.map(claims::when).orElse(""), request.getSpecialty().getName()),
                now));
        return true;
    }

    /**
     * Offers the waiting request the earliest free slot that fits it and the booking rules, if any: the slot is held
     * for it, the account notified and mailed. In a transaction of its own; returns whether an offer was made.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean offer(long requestId) {
        Optional<Long> account = waitlist.accountOf(requestId);
        if (account.isEmpty()) {
            return false;
        }
        cards.lockCardFile(account.get());
        WaitRequest request = waitlist.lock(requestId).orElse(null);
        if (request == null || request.getStatus() != WaitStatus.WAITING || waitlist.hasOffer(request.getCardId())) {
            return false;
        }
        Instant now = clock.instant();
        PatientCard card = cards.find(request.getCardId()).orElse(null);
        if (card == null) {
            request.close(WaitStatus.LAPSED, now);
            return false;
        }
        Instant before = request.getWantedBefore();
        if (region.horizonEnd().isBefore(before)) {
            before = region.horizonEnd();
        }
        List<Appointment> ofAccount = appointments.upcomingOfAccount(request.getAccountId(), now);
        Appointment toMove = null;
        if (request.getAppointmentId() != null) {
            Appointment found = ofAccount.stream().filter(a -> a.getId() == request.getAppointmentId().longValue())
                    .filter(a -> a.cancellableAt(now)).findFirst().orElse(null);
            if (found == null) {
                request.close(WaitStatus.LAPSED, now);
                return false;
            }
            if (found.getSlot().getStartsAt().isBefore(before)) {
                before = found.getSlot().getStartsAt();
            }
            ofAccount = ofAccount.stream().filter(a -> a != found).toList();
            toMove = found;
        }
        List<Appointment> upcoming = ofAccount.stream()
                .filter(a -> a.getCardId() != null && a.getCardId() == card.getId().longValue()).toList();
        BookingRequest.Person person = claims.personOf(card);
        Long doctorId = request.isAnyDoctor() ? null : request.getDoctor().getId();
        for (Slot slot : slots.freeForWaitlist(doctorId, request.getSpecialty().getId(), request.getInstitution().getId(),
                now, before, CANDIDATES)) {
            boolean referred = !slot.getDoctor().needsReferral() || (toMove != null
                    ? referrals.coverMove(toMove, slot, card.getId(), null).covered()
                    : referrals.forCard(card.getId(), slot).isPresent());
            if (claims.brokenRule(new BookingRequest(person, slot, Channel.PORTAL, now, upcoming, ofAccount.size())
                    .referred(referred)).isPresent()) {
                continue;
            }
            Instant until = now.plus(Duration.ofMinutes(holdMinutes()));
            if (slots.hold(slot.getId(), request.getId(), until)) {
                request.offer(slot.getId(), until);
                tellOffer(request, card, slot, until, now);
                return true;
            }
        }
        return false;
    }

    private void tellOffer(WaitRequest request, PatientCard card, Slot slot, Instant until, Instant now) {
        Doctor doctor = slot.getDoctor();
        String untilText = WHEN.format(until.atZone(region.zone()));
        messages.add(new PatientMessage(request.getAccountId(), card.getId(), MessageTopic.WAITLIST_OFFER,
                card.getFullName(), List.of(claims.when(slot), doctor.getSpecialty().getName(), doctor.getFullName(),
                        doctor.getInstitution().getName(), slot.getCabinet(), untilText), now));
        accounts.find(request.getAccountId())
                .map(a -> a.getEmail())
                .filter(email -> email != null && !email.isBlank())
                .ifPresent(email -> mail(email, card, slot, untilText, request.getId()));
    }

    /** The offer's mail, sent after the offer's commit (a rolled-back offer mails nothing). */
    private void mail(String email, PatientCard card, Slot slot, String until, long requestId) {
        Doctor doctor = slot.getDoctor();
        Locale ru = Locale.forLanguageTag("ru");
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, ru);
        String link = stripSlash(portalUrl) + "/cabinet/waitlist.xhtml#request-" + requestId;
        Object[] arguments = {card.getFullName(), claims.when(slot), doctor.getSpecialty().getName(), doctor.getFullName(),
                doctor.getInstitution().getName(), doctor.getInstitution().getAddress(), slot.getCabinet(), until, link,
                region.name()};
        outgoing.fire(new OutgoingMail(List.of(new OutgoingMail.Mail(email,
                new MessageFormat(texts.getString("subject"), ru).format(arguments),
                new MessageFormat(texts.getString("body"), ru).format(arguments), null,
                "waitlist offer of request " + requestId))));
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private WaitRequest own(Actor actor, long requestId, AuditAction action) {
        return waitlist.lock(requestId).filter(w -> w.getAccountId() == actor.accountId()).orElseThrow(() -> {
            record(actor, action, AuditOutcome.NOT_OWNER, null, "request " + requestId);
            return new WaitRequestNotFoundException(requestId);
        });
    }

    private void requireRegistrar(StaffActor actor) {
        if (!actor.registrar() || actor.institutionIds().isEmpty()) {
            throw new StaffAccessDeniedException("waitlist");
        }
    }

    private WaitlistRefusedException refuse(Actor actor, long cardId, Reason reason) {
        record(actor, AuditAction.WAITLIST_REQUESTED, AuditOutcome.RULE_BROKEN, cardId, reason.name());
        return new WaitlistRefusedException(reason);
    }

    private void record(Actor actor, AuditAction action, AuditOutcome outcome, Long cardId, String detail) {
        audit.record(new AuditEvent(clock.instant(), action, outcome, actor.accountId(), actor.esiaOid(),
                actor.remoteAddress(), actor.actingFor(), cardId, detail));
    }
}
