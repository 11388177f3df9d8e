package ru.registratura.domain.card;

import jakarta.ejb.ApplicationException;

/**
 * No such card in this account's card file: it does not exist, or it belongs to another account. The two
 * are told apart only in the audit trail, never to the caller.
 */
@ApplicationException(rollback = false)
public class CardNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CardNotFoundException(long cardId) {
        super("No card " + cardId + " in this card file");
    }
}
