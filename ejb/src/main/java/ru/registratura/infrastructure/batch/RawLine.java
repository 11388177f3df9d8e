package ru.registratura.infrastructure.batch;

import java.io.Serializable;

/** A line of the register file and its number (the header is line 1). */
public record RawLine(int number, String text) implements Serializable {
}
