package ru.registratura.domain.card;

import java.io.Serializable;
import java.time.LocalDate;

import ru.registratura.domain.directory.Sex;

/** A card's validated details: every value object has accepted its input. */
public record CardDetails(FullName name, Sex sex, LocalDate birthDate, OmsPolicy policy, Snils snils,
                          MobilePhone phone, Kinship kinship) implements Serializable {
}
