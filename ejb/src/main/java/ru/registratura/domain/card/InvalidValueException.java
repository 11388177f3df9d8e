package ru.registratura.domain.card;

/**
 * A value object refused its input. The key names the message the form shows next to the field
 * ({@code card.error.<key>} in the web module's bundles); the exception carries no personal data.
 */
public class InvalidValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String key;

    public InvalidValueException(String key) {
        super(key);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
