package ru.registratura.domain.attachment;

import jakarta.ejb.ApplicationException;

/**
 * The file cannot be imported at all (no header, a required column missing, not a text file): refused before
 * the import starts, with a message key {@code register.file.<key>} and an argument.
 */
@ApplicationException(rollback = true)
public class InvalidRegisterFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final String argument;

    public InvalidRegisterFileException(String key, String argument) {
        super("Register file refused: " + key + (argument == null ? "" : " " + argument));
        this.key = key;
        this.argument = argument;
    }

    public String key() {
        return key;
    }

    public String argument() {
        return argument;
    }
}
