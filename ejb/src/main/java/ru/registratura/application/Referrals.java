package ru.registratura.application;

import java.util.Comparator;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import ru.registratura.domain.attachment.AttachmentSearchRepository;
import ru.registratura.domain.attachment.SearchStatus;
import ru.registratura.domain.referral.Referral;
import ru.registratura.domain.referral.ReferralRepository;
import ru.registratura.domain.scheduling.Appointment;
import ru.registratura.domain.scheduling.Slot;
import ru.registratura.infrastructure.config.RegionSettings;

/**
 * What the booking services of every channel do alike with referrals: find the one a booking of a slot «по
 * направлению» uses (the person's valid referral that expires first; for the API, the one it names), mark it used by
 * the appointment, and give it back when the appointment is cancelled. Inside the caller's transaction.
 */
@ApplicationScoped
public class Referrals {

    @Inject
    ReferralRepository referrals;

    @Inject
    AttachmentSearchRepository searches;

    @Inject
    RegionSettings region;

    /** The card's person's register entry, when the card's attachment search found one. */
    public Long entryOf(long cardId) {
        return searches.find(cardId)
                .filter(s -> s.getStatus() == SearchStatus.FOUND && s.getEntry() != null)
                .map(s -> s.getEntry().getId())
                .orElse(null);
    }

    /** The card's valid referral that books the slot (the first to expire), locked; empty if none. */
    public Optional<Referral> forCard(long cardId, Slot slot) {
        return referrals.ofPerson(cardId, entryOf(cardId)).stream()
                .filter(r -> r.books(slot, region.zone()))
                .min(Comparator.comparing(Referral::getValidUntil).thenComparing(Referral::getId))
                .flatMap(r -> referrals.lock(r.getId()))
                .filter(r -> r.books(slot, region.zone()));
    }

    /** The referral of this number if it is the register entry's (or its card's) and books the slot, locked. */
    public Optional<Referral> byNumber(String number, long registerEntryId, Slot slot) {
        if (number == null || number.isBlank()) {
            return Optional.empty();
        }
        return referrals.lockByNumber(number.strip())
                .filter(r -> r.getRegisterEntryId() != null && r.getRegisterEntryId() == registerEntryId)
                .filter(r -> r.books(slot, region.zone()));
    }

    /** The referral the appointment was booked with, if it fits the other slot too (a move keeps it). */
    public Optional<Referral> keptFor(Appointment appointment, Slot target) {
        return referrals.ofAppointment(appointment.getId()).filter(r -> r.fits(target, region.zone()));
    }

    /** The booking made with the referral uses it up. */
    public void use(Referral referral, Appointment appointment) {
        referral.use(appointment.getId());
    }

    /**
     * How a move to the target stands with referrals: covered when the target needs none, or the appointment's own
     * referral fits it, or the person has another valid one that books it ({@code fresh}, to switch to once moved).
     */
    public record MoveCover(boolean covered, Referral fresh) {
    }

    /** What covers a move of the appointment to the target (nothing changes until {@link #moved}). */
    public MoveCover coverMove(Appointment appointment, Slot target, Long cardId, Long registerEntryId) {
        if (!target.getDoctor().needsReferral() || keptFor(appointment, target).isPresent()) {
            return new MoveCover(true, null);
        }
        Optional<Referral> fresh = cardId != null ? forCard(cardId, target)
                : referrals.ofEntry(registerEntryId).stream().filter(r -> r.books(target, region.zone())).findFirst()
                        .flatMap(r -> referrals.lock(r.getId()));
        return new MoveCover(fresh.isPresent(), fresh.orElse(null));
    }

    /** After the move: the appointment's old referral given back and the fresh one used, when it switched. */
    public void moved(MoveCover cover, Appointment appointment) {
        if (cover.fresh() != null) {
            referrals.giveBack(appointment.getId());
            cover.fresh().use(appointment.getId());
        }
    }

    /** The cancelled appointment gives its referral back: valid again until its date. */
    public void giveBack(Appointment appointment) {
        referrals.giveBack(appointment.getId());
    }
}
