package ru.registratura.domain.card;

import java.io.Serializable;
import java.time.Instant;

/** An appointment as a card's tab «Записи на приём» lists it. */
public record CardAppointment(long id, Instant startsAt, String doctor, String specialty, String cabinet,
                              String institution, String address, String status) implements Serializable {
}
