package ru.registratura.application;

import java.util.List;

import jakarta.ejb.ApplicationException;

import ru.registratura.domain.card.FieldError;

/** A schedule change was refused: each field error goes next to its field ({@code schedule.error.<key>}). Nothing changed. */
@ApplicationException(rollback = true)
public class InvalidScheduleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<FieldError> errors;

    public InvalidScheduleException(List<FieldError> errors) {
        super("Schedule change refused: " + errors.stream().map(e -> e.field() + "=" + e.key()).toList());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
