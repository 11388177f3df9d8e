package ru.registratura.domain.card;

import java.time.Instant;
import java.util.List;

/** The appointments of a card, as far as the card file needs them. */
public interface CardAppointments {

    /** Whether the card has booked appointments that start after {@code now}: such a card is not deleted. */
    boolean hasFutureBookings(long cardId, Instant now);

    /** The card's appointments, the latest first. */
    List<CardAppointment> of(long cardId);
}
