package ru.registratura.domain.card;

import java.io.Serializable;
import java.util.List;

/**
 * A refused field: the form field's name, the message key ({@code card.error.<key>}) and the message's
 * arguments. No personal data: the message tells what is wrong, not what was entered.
 */
public record FieldError(String field, String key, List<Object> arguments) implements Serializable {

    public FieldError {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    public FieldError(String field, String key) {
        this(field, key, List.of());
    }
}
