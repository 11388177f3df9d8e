package ru.registratura.domain.card;

import java.util.List;
import java.util.Optional;

/** The card files of all accounts. Every lookup by id names the owner: a card of another account is not found. */
public interface CardRepository {

    List<PatientCard> cardsOf(long accountId);

    /** The account's cards as the header shows them, in the order of {@link #cardsOf}. */
    List<CardSummary> summariesOf(long accountId);

    /** The card, if it is the account's, as the booking wizard needs it. */
    Optional<CardSummary> ownedSummary(long accountId, long cardId);

    Optional<PatientCard> findOwned(long accountId, long cardId);

    /** Any card by id, whoever owns it: only for the background attachment search, never for a request. */
    Optional<PatientCard> find(long cardId);

    void store(PatientCard card);

    void remove(PatientCard card);

    /** Locks the account's card file for the rest of the transaction: changes of one account never interleave. */
    void lockCardFile(long accountId);
}
