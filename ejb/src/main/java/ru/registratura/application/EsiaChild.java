package ru.registratura.application;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A child ESIA lists for the account, as «Данные детей» shows it: whether a card for the child is in the
 * card file already, and whether the child is young enough to be added as a relative.
 */
public record EsiaChild(int index, String fullName, LocalDate birthDate, Long cardId, boolean tooOld)
        implements Serializable {

    public boolean isAdded() {
        return cardId != null;
    }
}
