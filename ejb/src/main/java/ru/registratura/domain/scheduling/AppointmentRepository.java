package ru.registratura.domain.scheduling;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface AppointmentRepository {

    /** The appointment with its slot, doctor, specialty and institution loaded. */
    Optional<Appointment> find(long id);

    /** The appointments with these ids, with their slots, doctors, specialties and institutions, by id; one query. */
    List<Appointment> findAll(Collection<Long> ids);

    /** Persists a new appointment and writes it at once: the slot's claim refers to its id. */
    void add(Appointment appointment);

    /** Deletes an appointment that never held its slot (the claim failed), in the same transaction. */
    void discard(Appointment appointment);

    /** The card's BOOKED appointments that start after {@code now}, with their slots and doctors. */
    List<Appointment> upcoming(long cardId, Instant now);

    /** The booked, future appointments of all the cards of one account, soonest first. */
    List<Appointment> upcomingOfAccount(long accountId, Instant now);

    /** Ids of the BOOKED appointments not yet reminded whose slots start in [from, until). */
    List<Long> dueForReminder(Instant from, Instant until);

    /** A page of the day's appointments selected, with their slots, doctors, specialties and institutions; one query. */
    List<Appointment> ofDay(DaySelection selection, int first, int max);

    /** How many of the day's appointments are selected. */
    long countOfDay(DaySelection selection);

    /** The doctors of the selection's institutions with appointments (not cancelled) in its period, by name. */
    List<DaySelection.DoctorOfDay> doctorsOfDay(DaySelection selection);

    /** The booked, future appointments of a register person without a card (registry bookings). */
    List<Appointment> upcomingOfEntry(long registerEntryId, Instant now);

    /**
     * A register person's appointments starting from {@code since}, by time: booked for the entry (registry, API)
     * or for a portal card whose attachment is that entry.
     */
    List<Appointment> ofEntry(long registerEntryId, Instant since);

    /** The account an appointment belongs to (null for one without), read without loading or locking it. */
    Optional<Long> accountOf(long id);

    /** The appointment, its row locked for update (its slot and doctor load lazily). */
    Optional<Appointment> lock(long id);
}
