package ru.registratura.domain.referral;

import java.util.List;
import java.util.Optional;

public interface ReferralRepository {

    /** Stores the referral and gives it its number, {@code yyyy-NNNNNN} of the year and its id. */
    void add(Referral referral, int year);

    /** The referrals of a card's person: issued for the card, or for its register entry (null: none). */
    List<Referral> ofPerson(long cardId, Long registerEntryId);

    /** The referrals of a register entry's person. */
    List<Referral> ofEntry(long registerEntryId);

    /** The referral with this number, its row locked for the booking that uses it. */
    Optional<Referral> lockByNumber(String number);

    /** The referral, its row locked. */
    Optional<Referral> lock(long id);

    /** The referral the appointment was booked with. */
    Optional<Referral> ofAppointment(long appointmentId);

    /** Returns the referral the appointment used, if any (its cancellation): ISSUED again, no appointment. */
    int giveBack(long appointmentId);
}
