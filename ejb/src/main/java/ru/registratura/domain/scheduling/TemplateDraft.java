package ru.registratura.domain.scheduling;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import ru.registratura.domain.card.FieldError;

/**
 * A weekly template as the registry operator typed it, before it becomes or changes a {@link ScheduleTemplate}.
 * {@link #validate} names each wrong field (message keys {@code schedule.error.<key>}); only a draft without
 * errors is applied.
 */
public record TemplateDraft(Set<DayOfWeek> days, LocalTime starts, LocalTime ends, Integer slotMinutes,
                            String cabinet, BookingAccess access, LocalDate validFrom, LocalDate validUntil)
        implements Serializable {

    public static final int MAX_CABINET = 20;

    public TemplateDraft {
        days = days == null ? Set.of() : Set.copyOf(days);
        cabinet = cabinet == null || cabinet.isBlank() ? null : cabinet.strip();
    }

    /**
     * The wrong fields. A new template may not start before {@code today} (its days would be history); a changed
     * one keeps its start as it was.
     */
    public List<FieldError> validate(LocalDate today, LocalDate currentValidFrom) {
        List<FieldError> errors = new ArrayList<>();
        if (days.isEmpty()) {
            errors.add(new FieldError("days", "days.required"));
        }
        hours(starts, ends, errors);
        if (slotMinutes == null) {
            errors.add(new FieldError("slotMinutes", "slotMinutes.required"));
        } else if (slotMinutes < 5 || slotMinutes > 240) {
            errors.add(new FieldError("slotMinutes", "slotMinutes.range", List.of(5, 240)));
        } else if (starts != null && ends != null && starts.isBefore(ends)
                && starts.plusMinutes(slotMinutes).isAfter(ends)) {
            errors.add(new FieldError("slotMinutes", "slotMinutes.longerThanDay"));
        }
        if (cabinet != null && cabinet.length() > MAX_CABINET) {
            errors.add(new FieldError("cabinet", "tooLong", List.of(MAX_CABINET)));
        }
        if (access == null) {
            errors.add(new FieldError("access", "access.required"));
        }
        if (validFrom == null) {
            errors.add(new FieldError("validFrom", "date.required"));
        } else if (validFrom.isBefore(today) && !validFrom.equals(currentValidFrom)) {
            errors.add(new FieldError("validFrom", "date.past"));
        }
        if (validUntil != null) {
            if (validUntil.isBefore(today)) {
                errors.add(new FieldError("validUntil", "date.past"));
            } else if (validFrom != null && validUntil.isBefore(validFrom)) {
                errors.add(new FieldError("validUntil", "until.beforeFrom"));
            }
        }
        return errors;
    }

    /** Both hours given, the end after the start (fields {@code starts} and {@code ends}). */
    static void hours(LocalTime starts, LocalTime ends, List<FieldError> errors) {
        if (starts == null) {
            errors.add(new FieldError("starts", "time.required"));
        }
        if (ends == null) {
            errors.add(new FieldError("ends", "time.required"));
        } else if (starts != null && !starts.isBefore(ends)) {
            errors.add(new FieldError("ends", "ends.beforeStarts"));
        }
    }

    public Weekdays weekdays() {
        return Weekdays.of(days);
    }
}
