package ru.registratura.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Starts a card's attachment search once the transaction that asked for it has committed: never inside
 * it, so that a rolled-back change starts no search and the search always sees the committed card.
 */
@ApplicationScoped
public class AttachmentSearchTrigger {

    @EJB
    AttachmentSearchService searches;

    void requested(@Observes(during = TransactionPhase.AFTER_SUCCESS) AttachmentSearchRequested request) {
        searches.runLater(request.cardId());
    }
}
