package ru.registratura.application;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import ru.registratura.domain.audit.AuditAction;
import ru.registratura.domain.audit.AuditEvent;
import ru.registratura.domain.audit.AuditOutcome;
import ru.registratura.domain.audit.AuditRepository;
import ru.registratura.domain.card.CardNotFoundException;
import ru.registratura.domain.card.CardRepository;
import ru.registratura.domain.card.FieldError;
import ru.registratura.domain.card.InvalidCardException;
import ru.registratura.domain.directory.DirectoryRepository;
import ru.registratura.domain.directory.Institution;
import ru.registratura.domain.directory.Specialty;
import ru.registratura.domain.referral.Referral;
import ru.registratura.domain.referral.ReferralRepository;
import ru.registratura.domain.referral.ReferralStatus;
import ru.registratura.domain.scheduling.AppointmentRepository;
import ru.registratura.infrastructure.config.RegionSettings;

/**
 * Referrals (направления): a registry operator issues one for a person they serve (a portal card or a person of the
 * attachment register of their institutions): a specialty, an institution or any, valid until a date. The patient
 * sees them in the card and books with them ({@link Referrals}); the API books with the number.
 */
@Stateless
public class ReferralService {

    /** How long ahead a referral may be valid. */
    public static final int MAX_VALID_DAYS = 365;

    @Inject
    ReferralRepository referrals;

    @Inject
    Referrals booking;

    @Inject
    RegistryService registry;

    @Inject
    DirectoryRepository directory;

    @Inject
    CardRepository cards;

    @Inject
    AppointmentRepository appointments;

    @Inject
    AuditRepository audit;

    @Inject
    RegionSettings region;

    @Inject
    Clock clock;

    /** A referral as the card and the registry show it. */
    public record Shown(long id, String number, String specialty, String institution, LocalDate validUntil,
                        String state, Long appointmentId) implements Serializable {

        /** The last day it is valid on, dd.MM.yyyy. */
        public String validUntilText() {
            return java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy").format(validUntil);
        }

        /** Whether it can still book: issued and valid today. */
        public boolean isUsable() {
            return "VALID".equals(state);
        }
    }

    /**
     * Issues a referral for the person (a card, or a register entry) the operator serves. Refused, with the fields'
     * messages, for a missing specialty or a date that is not from today to a year ahead; nothing stored then.
     *
     * @return its number
     */
    public String issue(StaffActor staff, Long cardId, Long registerEntryId, Long specialtyId, Long institutionId,
                        LocalDate validUntil) {
        RegistryService.Person person = registry.person(staff, cardId, registerEntryId)
                .orElseThrow(() -> new StaffAccessDeniedException("referral"));
        List<FieldError> errors = new ArrayList<>();
        Specialty specialty = specialtyId == null ? null : directory.specialty(specialtyId).orElse(null);
        if (specialty == null) {
            errors.add(new FieldError("specialty", "referral.error.specialty"));
        }
        Institution institution = null;
        if (institutionId != null) {
            institution = directory.institution(institutionId).orElse(null);
            if (institution == null) {
                errors.add(new FieldError("institution", "referral.error.institution"));
            }
        }
        LocalDate today = region.today();
        if (validUntil == null || validUntil.isBefore(today) || validUntil.isAfter(today.plusDays(MAX_VALID_DAYS))) {
            errors.add(new FieldError("validUntil", "referral.error.validUntil", List.of(MAX_VALID_DAYS)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidCardException(errors);
        }
        Long entry = registerEntryId != null ? registerEntryId : booking.entryOf(person.cardId());
        Referral referral = new Referral(person.cardId(), entry, person.fullName(), specialty, institution, validUntil,
                staff.userId(), clock.instant());
        referrals.add(referral, today.getYear());
        audit.record(AuditEvent.ofStaff(clock.instant(), AuditAction.REFERRAL_ISSUED, AuditOutcome.SUCCESS,
                staff.userId(), staff.username(), staff.remoteAddress(), referral.getId(),
                "referral " + referral.getNumber() + " to specialty " + specialty.getId()));
        return referral.getNumber();
    }

    /** The person a referral page is about, with their referrals. */
    public record PersonReferrals(RegistryService.Person person, List<Shown> referrals) implements Serializable {
    }

    /** The person the operator serves, with their referrals, for the registry's page of the person; looking is audited. */
    public Optional<PersonReferrals> ofPerson(StaffActor staff, Long cardId, Long registerEntryId) {
        return registry.person(staff, cardId, registerEntryId).map(person -> new PersonReferrals(person,
                shown(person.cardId() != null ? referrals.ofPerson(person.cardId(), booking.entryOf(person.cardId()))
                        : referrals.ofEntry(person.registerEntryId()))));
    }

    /** The card's referrals (its own, and its register person's), for the card's page. */
    public List<Shown> ofCard(Actor actor, long cardId) {
        cards.findOwned(actor.accountId(), cardId).orElseThrow(() -> new CardNotFoundException(cardId));
        return shown(referrals.ofPerson(cardId, booking.entryOf(cardId)));
    }

    /** The specialties a referral can be issued to: those marked «по направлению» first, then the others, by name. */
    public List<Specialty> specialties(StaffActor staff) {
        if (!staff.registrar()) {
            throw new StaffAccessDeniedException("referral");
        }
        return directory.specialties().stream()
                .sorted(Comparator.comparing((Specialty s) -> !s.isReferralRequired()).thenComparing(Specialty::getName))
                .toList();
    }

    private List<Shown> shown(List<Referral> found) {
        LocalDate today = region.today();
        return found.stream().map(r -> new Shown(r.getId(), r.getNumber(), r.getSpecialty().getName(),
                r.getInstitution() == null ? null : r.getInstitution().getName(), r.getValidUntil(),
                r.getStatus() == ReferralStatus.ISSUED ? (r.getValidUntil().isBefore(today) ? "EXPIRED" : "VALID")
                        : r.getStatus().name(), r.getAppointmentId())).toList();
    }

    /** The valid referral of the card for the specialty (any institution or this one), if any: the wizard's check. */
    public Optional<Shown> validFor(long cardId, long specialtyId, long institutionId) {
        LocalDate today = region.today();
        return shown(referrals.ofPerson(cardId, booking.entryOf(cardId)).stream()
                .filter(r -> r.getStatus() == ReferralStatus.ISSUED && !r.getValidUntil().isBefore(today)
                        && r.getSpecialty().getId() == specialtyId
                        && (r.getInstitution() == null || r.getInstitution().getId() == institutionId))
                .toList()).stream().findFirst();
    }
}
