package ru.registratura.domain.attachment;

import java.io.Serializable;

/**
 * A line of the import file that was not taken: its number and why, as a message key of the report
 * ({@code card.error.*} for the rules a card's fields share, {@code register.reject.*} for the others) with one
 * argument at most. Never the line's content: it is personal data.
 */
public record RegisterRejection(int line, String reason, String argument) implements Serializable {
}
