package ru.registratura.domain.scheduling;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** The days of the week a template applies on; stored as a bit mask (bit 0 is Monday). */
public final class Weekdays implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int mask;

    private Weekdays(int mask) {
        if (mask <= 0 || mask >= 1 << 7) {
            throw new IllegalArgumentException("weekdays must name at least one day of the week");
        }
        this.mask = mask;
    }

    public static Weekdays of(DayOfWeek first, DayOfWeek... rest) {
        return of(EnumSet.of(first, rest));
    }

    public static Weekdays of(Set<DayOfWeek> days) {
        int mask = 0;
        for (DayOfWeek day : days) {
            mask |= bit(day);
        }
        return new Weekdays(mask);
    }

    public static Weekdays fromMask(int mask) {
        return new Weekdays(mask);
    }

    public static Weekdays mondayToFriday() {
        return of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    }

    public boolean includes(DayOfWeek day) {
        return (mask & bit(day)) != 0;
    }

    public Set<DayOfWeek> days() {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (includes(day)) {
                days.add(day);
            }
        }
        return days;
    }

    public int mask() {
        return mask;
    }

    private static int bit(DayOfWeek day) {
        return 1 << (day.getValue() - 1);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Weekdays w && w.mask == mask;
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(mask);
    }

    @Override
    public String toString() {
        return days().toString();
    }
}
