package ru.registratura.domain.card;

import jakarta.ejb.ApplicationException;

/** A card with booked future appointments is not deleted until they are cancelled. */
@ApplicationException(rollback = false)
public class CardHasAppointmentsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CardHasAppointmentsException(long cardId) {
        super("Card " + cardId + " has future appointments");
    }
}
