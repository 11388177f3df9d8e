package ru.registratura.application;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import ru.registratura.domain.attachment.AttachmentMatcher;
import ru.registratura.domain.attachment.AttachmentRegister;
import ru.registratura.domain.attachment.AttachmentSearch;
import ru.registratura.domain.attachment.AttachmentSearchRepository;
import ru.registratura.domain.attachment.RegisterEntry;
import ru.registratura.domain.attachment.SearchStatus;
import ru.registratura.domain.card.CardRepository;
import ru.registratura.domain.card.PatientCard;
import ru.registratura.domain.directory.District;
import ru.registratura.domain.notification.MessageRepository;
import ru.registratura.domain.notification.MessageTopic;
import ru.registratura.domain.notification.PatientMessage;

/**
 * The attachment search in the background. A card's change fires {@link AttachmentSearchRequested}; once
 * that transaction has committed, the search runs asynchronously in a transaction of its own: the card is
 * matched against the register and the search becomes FOUND or NOT_FOUND. When the search itself fails,
 * a further transaction marks it FAILED, and the patient may retry.
 */
@Stateless
public class AttachmentSearchService {

    private static final Logger LOG = Logger.getLogger(AttachmentSearchService.class.getName());

    private static final Set<SearchStatus> UNRESOLVED =
            EnumSet.of(SearchStatus.PENDING, SearchStatus.NOT_FOUND, SearchStatus.NAME_ONLY);

    @EJB
    AttachmentSearchService self;

    @Inject
    CardRepository cards;

    @Inject
    AttachmentSearchRepository searches;

    @Inject
    AttachmentRegister register;

    @Inject
    MessageRepository messages;

    @Inject
    Clock clock;

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void runLater(long cardId) {
        try {
            self.search(cardId);
        } catch (RuntimeException e) {
            // The card id only: the card's data are personal.
            LOG.log(Level.WARNING, "Attachment search of card " + cardId + " failed", e);
            self.markFailed(cardId);
        }
    }

    /** Matches the card against the register; a card deleted meanwhile needs no search. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void search(long cardId) {
        AttachmentSearch search = searches.find(cardId).orElse(null);
        PatientCard card = cards.find(cardId).orElse(null);
        if (search == null || card == null || search.getStatus() != SearchStatus.PENDING) {
            return;
        }
        settle(search, card, new AttachmentMatcher(register).match(card));
    }

    /** Records the register's answer and tells the patient: attached, or not (a name-only match of a hand-typed card is not). */
    private boolean settle(AttachmentSearch search, PatientCard card, Optional<AttachmentMatcher.Match> match) {
        if (search.settle(match, card.isVerified(), clock.instant()) == SearchStatus.FOUND) {
            RegisterEntry entry = match.get().entry();
            District district = entry.getDistrict();
            notify(card, MessageTopic.ATTACHMENT_FOUND, List.of(entry.getInstitution().getName(),
                    district == null ? "—" : district.getNumber()));
            return true;
        }
        notify(card, MessageTopic.ATTACHMENT_NOT_FOUND, List.of());
        return false;
    }

    /** The cards whose search is PENDING, NOT_FOUND or NAME_ONLY: searched again after a register import. */
    public List<Long> unresolved() {
        return searches.unresolved();
    }

    /**
     * Searches a PENDING, NOT_FOUND or NAME_ONLY card again (after a register import). Found (and trusted): the card
     * is attached and the patient notified; a pending one not found becomes NOT_FOUND or NAME_ONLY (and is
     * notified); an unresolved one not found stays unresolved, without a second notification. Returns whether it
     * was found now.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean research(long cardId) {
        AttachmentSearch search = searches.find(cardId).orElse(null);
        PatientCard card = cards.find(cardId).orElse(null);
        if (search == null || card == null || !UNRESOLVED.contains(search.getStatus())) {
            return false;
        }
        var match = new AttachmentMatcher(register).match(card);
        boolean attaches = match.isPresent() && AttachmentSearch.trusted(match.get(), card.isVerified());
        if (attaches || search.getStatus() == SearchStatus.PENDING) {
            return settle(search, card, match);
        }
        return false;
    }

    private void notify(PatientCard card, MessageTopic topic, List<String> arguments) {
        messages.add(new PatientMessage(card.getAccountId(), card.getId(), topic, card.getFullName(), arguments,
                clock.instant()));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void markFailed(long cardId) {
        searches.find(cardId).filter(s -> s.getStatus() == SearchStatus.PENDING).ifPresent(s -> {
            s.failed(clock.instant());
            cards.find(cardId).ifPresent(card -> notify(card, MessageTopic.ATTACHMENT_FAILED, List.of()));
        });
    }
}
