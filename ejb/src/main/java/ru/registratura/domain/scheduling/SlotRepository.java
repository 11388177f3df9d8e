package ru.registratura.domain.scheduling;

import java.time.Instant;
import java.util.List;
import java.util.Set;

public interface SlotRepository {

    /** Start times of the doctor's slots in [from, until). */
    Set<Instant> findStartTimes(long doctorId, Instant from, Instant until);

    /** The doctor's slots in [from, until), by start time. */
    List<Slot> findSlots(long doctorId, Instant from, Instant until);

    /**
     * Stores the slots that do not exist yet; a slot whose doctor and start time are already taken
     * (say, by a concurrent run) is skipped by the database, not by a check in Java.
     *
     * @return how many were stored
     */
    int addAbsent(List<Slot> slots);
}
