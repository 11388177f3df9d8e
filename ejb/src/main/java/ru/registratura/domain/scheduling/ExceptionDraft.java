package ru.registratura.domain.scheduling;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import ru.registratura.domain.card.FieldError;
import ru.registratura.domain.directory.Doctor;

/**
 * A day off, a shortened day or a doctor's absence as the registry operator typed it. The reason is required:
 * the patients whose appointments it cancels are told it («Приём отменён по причине…»).
 */
public record ExceptionDraft(ExceptionKind kind, LocalDate firstDay, LocalDate lastDay, LocalTime starts,
                             LocalTime ends, String reason) implements Serializable {

    public static final int MAX_REASON = 300;

    public ExceptionDraft {
        reason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    public List<FieldError> validate(LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (kind == null) {
            errors.add(new FieldError("kind", "kind.required"));
        }
        if (firstDay == null) {
            errors.add(new FieldError("firstDay", "date.required"));
        }
        if (lastDay == null) {
            errors.add(new FieldError("lastDay", "date.required"));
        } else if (lastDay.isBefore(today)) {
            errors.add(new FieldError("lastDay", "date.past"));
        } else if (firstDay != null && lastDay.isBefore(firstDay)) {
            errors.add(new FieldError("lastDay", "until.beforeFrom"));
        }
        if (kind == ExceptionKind.SHORTENED) {
            TemplateDraft.hours(starts, ends, errors);
        }
        if (reason == null) {
            errors.add(new FieldError("reason", "reason.required"));
        } else if (reason.length() > MAX_REASON) {
            errors.add(new FieldError("reason", "tooLong", List.of(MAX_REASON)));
        }
        return errors;
    }

    public ScheduleException toException(Doctor doctor) {
        return kind == ExceptionKind.SHORTENED
                ? ScheduleException.shortened(doctor, firstDay, lastDay, starts, ends, reason)
                : ScheduleException.noReception(doctor, kind, firstDay, lastDay, reason);
    }
}
