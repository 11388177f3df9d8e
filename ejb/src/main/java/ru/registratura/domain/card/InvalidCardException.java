package ru.registratura.domain.card;

import java.util.List;

import jakarta.ejb.ApplicationException;

/**
 * A card was refused: each field error goes next to its field. An application exception that does not
 * roll back: nothing has been written when it is thrown, and the refusal's audit line is kept.
 */
@ApplicationException(rollback = false)
public class InvalidCardException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<FieldError> errors;

    public InvalidCardException(List<FieldError> errors) {
        super("Card refused: " + errors.stream().map(e -> e.field() + "=" + e.key()).toList());
        this.errors = List.copyOf(errors);
    }

    public InvalidCardException(FieldError error) {
        this(List.of(error));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
