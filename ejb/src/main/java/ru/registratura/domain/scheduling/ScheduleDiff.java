package ru.registratura.domain.scheduling;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a schedule change does to a doctor's future slots: the slots the schedule now gives that do not exist yet
 * ({@code add}), existing ones that change (cabinet, length, access) or come back after a withdrawal ({@code change},
 * of which {@code revived} were withdrawn), free ones the schedule no longer gives ({@code withdraw}), and the
 * appointments booked on slots it no longer gives, which the change would cancel. Slots are matched by their start;
 * slots that have started are left as they are.
 */
public record ScheduleDiff(List<Slot> add, Map<Slot, Slot> change, List<Slot> withdraw,
                           List<Long> bookedAppointmentIds, int revived) {

    /** The difference between the slots the schedule gives ({@code planned}) and those that exist. */
    public static ScheduleDiff between(List<Slot> planned, List<Slot> existing, Instant now) {
        Map<Instant, Slot> plannedByStart = new HashMap<>();
        planned.forEach(slot -> plannedByStart.put(slot.getStartsAt(), slot));
        List<Slot> withdraw = new ArrayList<>();
        List<Long> booked = new ArrayList<>();
        Map<Slot, Slot> change = new HashMap<>();
        int revived = 0;
        for (Slot slot : existing) {
            if (!slot.getStartsAt().isAfter(now)) {
                continue;
            }
            Slot wanted = plannedByStart.remove(slot.getStartsAt());
            if (wanted == null) {
                if (slot.isWithdrawn()) {
                    continue;
                }
                if (slot.isFree()) {
                    withdraw.add(slot);
                } else {
                    booked.add(slot.getAppointmentId());
                }
            } else if (!slot.sameAs(wanted)) {
                if (slot.isWithdrawn()) {
                    revived++;
                }
                change.put(slot, wanted);
            }
        }
        List<Slot> add = planned.stream().filter(slot -> plannedByStart.containsKey(slot.getStartsAt())).toList();
        return new ScheduleDiff(add, change, withdraw, booked, revived);
    }
}
