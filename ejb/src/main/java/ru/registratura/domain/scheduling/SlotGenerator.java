package ru.registratura.domain.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import ru.registratura.domain.directory.Doctor;

/**
 * Turns a doctor's templates and exceptions into the slots of the booking horizon: the days from
 * today (in the region's time zone) for {@code horizonDays} days. Only slots that start after now
 * and are not among the existing ones are returned, so that running it twice adds nothing.
 * Where two templates overlap, the first one listed wins the shared start times.
 */
public final class SlotGenerator {

    private final ZoneId zone;
    private final int horizonDays;

    public SlotGenerator(ZoneId zone, int horizonDays) {
        if (horizonDays < 1) {
            throw new IllegalArgumentException("the booking horizon must be at least one day");
        }
        this.zone = Objects.requireNonNull(zone);
        this.horizonDays = horizonDays;
    }

    /** The first day of the horizon: today in the region. */
    public LocalDate firstDay(Instant now) {
        return now.atZone(zone).toLocalDate();
    }

    /** The first instant after the horizon: midnight (region time) after its last day. */
    public Instant horizonEnd(Instant now) {
        return firstDay(now).plusDays(horizonDays).atStartOfDay(zone).toInstant();
    }

    public List<Slot> missingSlots(Doctor doctor, List<ScheduleTemplate> templates,
            Collection<ScheduleException> exceptions, Instant now, Set<Instant> existingStarts) {
        return slots(doctor, templates, exceptions, now, new HashSet<>(existingStarts));
    }

    /**
     * Every slot the templates and exceptions give from now to the end of the horizon, by start time: what the
     * doctor's slots should be after a change of the schedule.
     */
    public List<Slot> plannedSlots(Doctor doctor, List<ScheduleTemplate> templates,
            Collection<ScheduleException> exceptions, Instant now) {
        return slots(doctor, templates, exceptions, now, new HashSet<>());
    }

    private List<Slot> slots(Doctor doctor, List<ScheduleTemplate> templates,
            Collection<ScheduleException> exceptions, Instant now, Set<Instant> taken) {
        List<Slot> slots = new ArrayList<>();
        LocalDate first = firstDay(now);
        for (int offset = 0; offset < horizonDays; offset++) {
            LocalDate date = first.plusDays(offset);
            if (exceptions.stream().anyMatch(e -> e.covers(date) && e.getKind().cancelsReception())) {
                continue;
            }
            ScheduleException shortened = exceptions.stream()
                    .filter(e -> e.covers(date) && e.getKind() == ExceptionKind.SHORTENED)
                    .findFirst().orElse(null);
            for (ScheduleTemplate template : templates) {
                if (template.appliesOn(date)) {
                    addSlotsOfDay(doctor, template, date, shortened, now, taken, slots);
                }
            }
        }
        return slots;
    }

    private void addSlotsOfDay(Doctor doctor, ScheduleTemplate template, LocalDate date,
            ScheduleException shortened, Instant now, Set<Instant> taken, List<Slot> slots) {
        LocalTime from = template.getStarts();
        LocalTime until = template.getEnds();
        if (shortened != null) {
            from = later(from, shortened.getStarts());
            until = earlier(until, shortened.getEnds());
        }
        ZonedDateTime start = ZonedDateTime.of(date, template.getStarts(), zone);
        ZonedDateTime dayEnd = ZonedDateTime.of(date, until, zone);
        ZonedDateTime windowStart = ZonedDateTime.of(date, from, zone);
        while (!start.plusMinutes(template.getSlotMinutes()).isAfter(dayEnd)) {
            ZonedDateTime end = start.plusMinutes(template.getSlotMinutes());
            Instant startInstant = start.toInstant();
            // Slots keep the template's grid; a shortened day only drops the slots outside its hours.
            if (!start.isBefore(windowStart) && startInstant.isAfter(now) && taken.add(startInstant)) {
                slots.add(new Slot(doctor, startInstant, end.toInstant(), template.effectiveCabinet(),
                        template.getAccess(), template));
            }
            start = end;
        }
    }

    private static LocalTime later(LocalTime a, LocalTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalTime earlier(LocalTime a, LocalTime b) {
        return a.isBefore(b) ? a : b;
    }
}
