package ru.registratura.domain.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;

public interface SlotRepository {

    /** Start times of the doctor's slots in [from, until). */
    Set<Instant> findStartTimes(long doctorId, Instant from, Instant until);

    /** The doctor's slots in [from, until), by start time, withdrawn ones too. */
    List<Slot> findSlots(long doctorId, Instant from, Instant until);

    /**
     * Stores the slots that do not exist yet; a slot whose doctor and start time are already taken
     * (say, by a concurrent run) is skipped by the database, not by a check in Java.
     *
     * @return how many were stored
     */
    int addAbsent(List<Slot> slots);

    /** The slot with its doctor, specialty and institution loaded. */
    Optional<Slot> find(long slotId);

    /**
     * Claims a free slot for the appointment: one conditional update, atomic in the database.
     *
     * @return whether this appointment got the slot (false: it was taken, by now or before)
     */
    boolean claim(long slotId, long appointmentId);

    /**
     * Withdraws the slot from the schedule if it is free: one conditional update, like the claim, so that a
     * concurrent booking either comes first (and the slot stays) or finds it withdrawn.
     *
     * @return whether it was withdrawn
     */
    boolean withdrawIfFree(long slotId);

    /** Frees the slot if this appointment holds it; returns whether it did. */
    boolean release(long slotId, long appointmentId);

    /**
     * The doctor's next free times (slot id and start) open to this channel, starting after {@code after} and
     * before {@code until}, earliest first.
     */
    List<BookingRefusedException.FreeTime> nextFree(long doctorId, Channel channel, Instant after, Instant until,
                                                    int limit);

    /**
     * For each day (in the zone) between {@code after} and {@code until}, how many of the doctor's free slots open to
     * this channel start on it; days without one are missing. Counted by the database: a busy doctor's horizon
     * holds hundreds of free slots, and the calendar needs only the numbers.
     */
    SortedMap<LocalDate, Integer> freeDays(long doctorId, Channel channel, Instant after,
                                                             Instant until, ZoneId zone);

    /**
     * For each of the doctors, the start of their first free slot open to the channel in (after, until);
     * doctors without one are missing from the map.
     */
    Map<Long, Instant> nearestFree(Collection<Long> doctorIds, Channel channel, Instant after,
                                             Instant until);

    /**
     * Holds a free slot for a waitlist request until the moment: one conditional update, so that a booking racing
     * the hold either comes first (and nothing is held) or finds the slot held.
     *
     * @return whether the slot is now held for the request
     */
    boolean hold(long slotId, long requestId, Instant until);

    /**
     * Claims a slot held for the request for the appointment, while the hold lasts: the one conditional update of a
     * confirmed offer, which clears the hold.
     */
    boolean claimHeld(long slotId, long requestId, long appointmentId, Instant now);

    /** Ends the request's hold of the slot, if it still holds it; returns whether it did. */
    boolean releaseHold(long slotId, long requestId);

    /** Ends every hold that ran out at or before the moment (a request closed or deleted with it); returns how many. */
    int releaseEndedHolds(Instant now);

    /**
     * The earliest free, unheld slots open to the internet that start in (after, before) of the doctor, or (doctor
     * null) of any doctor of the specialty at the institution; with doctor, specialty and institution loaded.
     */
    List<Slot> freeForWaitlist(Long doctorId, long specialtyId, long institutionId, Instant after, Instant before,
                               int limit);

    /** A free slot of one of several doctors. */
    record DoctorFreeTime(long doctorId, long slotId, Instant startsAt) {
    }

    /**
     * The free slots of these doctors open to the channel that start in (after, until), by doctor and start: one
     * read for a screen of several doctors' next days.
     */
    List<DoctorFreeTime> freeOf(Collection<Long> doctorIds, Channel channel, Instant after, Instant until);
}
