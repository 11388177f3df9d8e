package ru.registratura.application;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import ru.registratura.domain.card.CardRepository;
import ru.registratura.domain.card.CardSummary;
import ru.registratura.domain.notification.MessageKind;
import ru.registratura.domain.notification.MessageRepository;

/**
 * What every cabinet page shows around its content, in one call: the account's cards for the header's people menu,
 * and the unread counts of «Сообщения» and «Уведомления» for the tabs. A page asked the container for each in turn
 * (issue 17).
 *
 * <p>Only reads, so no transaction of its own ({@code SUPPORTS}). A page that reads the card file's entities itself
 * ({@link CardFileService#cards}) takes the counts from {@link MessageService#unread}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CabinetHeaderService {

    /**
     * The account's cards (projections) and its unread counts per box (a box without any is missing), as read for the
     * account in this request. The booking wizard's services take the card of a page from it ({@link #card}) instead
     * of reading the card's ownership again (issue 17).
     */
    public record Header(long accountId, List<CardSummary> cards, Map<MessageKind, Long> unread) implements Serializable {

        /** The account's card with this id, if the account has it. */
        public Optional<CardSummary> card(long cardId) {
            return cards.stream().filter(c -> c.id() == cardId).findFirst();
        }
    }

    @Inject
    CardRepository cards;

    @Inject
    MessageRepository messages;

    /** The header of the account's cabinet pages. */
    public Header header(long accountId) {
        return new Header(accountId, cards.summariesOf(accountId), messages.unread(accountId));
    }
}
