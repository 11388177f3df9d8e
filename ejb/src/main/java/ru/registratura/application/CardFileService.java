package ru.registratura.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import ru.registratura.domain.account.PatientAccount;
import ru.registratura.domain.account.PatientAccountRepository;
import ru.registratura.domain.attachment.AttachmentSearch;
import ru.registratura.domain.attachment.AttachmentSearchRepository;
import ru.registratura.domain.attachment.SearchStatus;
import ru.registratura.domain.audit.AuditAction;
import ru.registratura.domain.audit.AuditEvent;
import ru.registratura.domain.audit.AuditOutcome;
import ru.registratura.domain.audit.AuditRepository;
import ru.registratura.domain.card.CardAppointments;
import ru.registratura.domain.card.CardDetails;
import ru.registratura.domain.card.CardDraft;
import ru.registratura.domain.card.CardHasAppointmentsException;
import ru.registratura.domain.card.CardNotFoundException;
import ru.registratura.domain.card.CardRepository;
import ru.registratura.domain.card.CardSource;
import ru.registratura.domain.card.FieldError;
import ru.registratura.domain.card.InvalidCardException;
import ru.registratura.domain.card.Kinship;
import ru.registratura.domain.card.PatientCard;
import ru.registratura.domain.card.PersonIdentity;
import ru.registratura.domain.notification.MessageRepository;
import ru.registratura.domain.notification.MessageTopic;
import ru.registratura.domain.notification.PatientMessage;
import ru.registratura.infrastructure.config.RegionSettings;

/**
 * The card file's use cases: list, add (with consent), change and delete cards (what ESIA says of their persons
 * is {@link EsiaCardService}'s), act for a person of the card file, retry a failed attachment search. Every card is looked up together
 * with its owner account, so another account's card id is simply not found (and the attempt is audited);
 * every change of a card is audited with who acted, for whom, on which card, and the outcome.
 */
@Stateless
public class CardFileService {

    /** The version of the consent text («card.consent.text») a patient agrees to when adding a card. */
    public static final String CONSENT_VERSION = "pd-2026-11";

    @Inject
    CardRepository cards;

    @Inject
    AttachmentSearchRepository searches;

    @Inject
    CardAppointments appointments;

    @Inject
    PatientAccountRepository accounts;

    @Inject
    AuditRepository audit;

    @Inject
    MessageRepository messages;

    @Inject
    RegionSettings region;

    @Inject
    Clock clock;

    @Inject
    Event<AttachmentSearchRequested> searchRequested;

    /** The account's card file (the header's people menu on every cabinet page): a read, no transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<PatientCard> cards(long accountId) {
        return cards.cardsOf(accountId);
    }

    /** The card, if it is in the actor's card file; otherwise the attempt is audited and the card not found. */
    public PatientCard card(Actor actor, long cardId) {
        return owned(actor, cardId, AuditAction.CARD_VIEWED);
    }

    public Optional<PatientCard> selfCard(long accountId) {
        return cards.cardsOf(accountId).stream().filter(c -> c.getKinship() == Kinship.SELF).findFirst();
    }

    /** The card's attachment search with its register entry, institution, district and doctor loaded. */
    public Optional<AttachmentSearch> attachment(Actor actor, long cardId) {
        owned(actor, cardId, AuditAction.CARD_VIEWED);
        return searches.find(cardId);
    }

    /** A card's page, in one transaction: the card, its attachment search and its appointments. */
    public CardOverview overview(Actor actor, long cardId) {
        PatientCard card = owned(actor, cardId, AuditAction.CARD_VIEWED);
        return new CardOverview(card, searches.find(cardId).orElse(null), appointments.of(cardId));
    }

    /** Checks a draft against every rule without saving: the form asks for consent only after this. */
    public void check(Actor actor, CardDraft draft, Long cardId, String esiaChildId) {
        if (cardId != null) {
            PatientCard card = owned(actor, cardId, AuditAction.CARD_CHANGED);
            List<FieldError> kinship = verify(account(actor.accountId()), card, draft);
            validate(actor.accountId(), draft, cardId, kinship);
        } else {
            verify(account(actor.accountId()), draft, esiaChildId);
            List<FieldError> limit = manualLimit(actor.accountId(), draft, esiaChildId);
            if (!limit.isEmpty()) {
                record(actor, AuditAction.CARD_ADDED, AuditOutcome.INVALID_INPUT, null, "kinship:relatives.limit");
            }
            validate(actor.accountId(), draft, null, limit);
        }
    }

    /**
     * A new card's verified identity put over the draft (what was posted for it is ignored). A child that ESIA no
     * longer lists for the account (a login in another tab since the form was opened) is refused.
     */
    private Optional<PersonIdentity> verify(PatientAccount account, CardDraft draft, String esiaChildId) {
        Optional<PersonIdentity> esia = EsiaCardService.identityOf(account, draft.getKinship() == Kinship.SELF, esiaChildId);
        if (esiaChildId != null && draft.getKinship() != Kinship.SELF && esia.isEmpty()) {
            throw new InvalidCardException(new FieldError("kinship", "esiaChild.gone"));
        }
        esia.ifPresent(draft::takeIdentity);
        return esia;
    }

    /**
     * A stored card's identity kept over the draft: ESIA's for a verified card (the card's last known one when ESIA
     * no longer lists the child), the posted one for a hand-typed relative. The holder's own card stays SELF and a
     * relative's cannot become it; the refusal is returned as a field error.
     */
    private List<FieldError> verify(PatientAccount account, PatientCard card, CardDraft draft) {
        if (card.isVerified()) {
            draft.takeIdentity(EsiaCardService.identityOf(account, card.getKinship() == Kinship.SELF, card.getEsiaChildId())
                    .orElse(card.identity()));
        }
        if (card.getKinship() == Kinship.SELF) {
            draft.setKinship(Kinship.SELF);
        } else if (draft.getKinship() == Kinship.SELF) {
            return List.of(new FieldError("kinship", "kinship.relativeStays"));
        }
        return List.of();
    }

    /** A relative typed by hand beyond the region's number per account is refused. */
    private List<FieldError> manualLimit(long accountId, CardDraft draft, String esiaChildId) {
        if (draft.getKinship() == Kinship.SELF || esiaChildId != null) {
            return List.of();
        }
        long typed = cards.cardsOf(accountId).stream().filter(c -> !c.isVerified()).count();
        return typed >= region.maxManualRelatives()
                ? List.of(new FieldError("kinship", "relatives.limit", List.of(region.maxManualRelatives())))
                : List.of();
    }

    /**
     * Adds a card to the actor's card file, with the consent given now, and starts its attachment search. The
     * holder's own card and a card of ESIA's child ({@code esiaChildId}) take ESIA's identity and are verified;
     * any other is a relative typed by hand, within the region's number of them.
     */
    public PatientCard add(Actor actor, CardDraft draft, String esiaChildId) {
        cards.lockCardFile(actor.accountId());
        CardDetails details;
        boolean verified;
        try {
            verified = verify(account(actor.accountId()), draft, esiaChildId).isPresent();
            List<FieldError> limit = manualLimit(actor.accountId(), draft, esiaChildId);
            details = validate(actor.accountId(), draft, null, limit);
        } catch (InvalidCardException e) {
            record(actor, AuditAction.CARD_ADDED, AuditOutcome.INVALID_INPUT, null, keys(e));
            throw e;
        }
        Instant now = clock.instant();
        PatientCard card = new PatientCard(actor.accountId(), details, verified ? CardSource.ESIA : CardSource.MANUAL,
                draft.getKinship() == Kinship.SELF ? null : esiaChildId, CONSENT_VERSION, now);
        cards.store(card);
        searches.store(new AttachmentSearch(card.getId(), now));
        record(actor, AuditAction.CARD_ADDED, AuditOutcome.SUCCESS, card.getId(), details.kinship().name());
        messages.add(new PatientMessage(actor.accountId(), card.getId(), MessageTopic.CARD_ADDED, card.getFullName(),
                List.of(), now));
        searchRequested.fire(new AttachmentSearchRequested(card.getId()));
        return card;
    }

    /** Changes a card of the actor's card file and searches its attachment again. */
    public PatientCard change(Actor actor, long cardId, CardDraft draft) {
        cards.lockCardFile(actor.accountId());
        PatientCard card = owned(actor, cardId, AuditAction.CARD_CHANGED);
        CardDetails details;
        try {
            details = validate(actor.accountId(), draft, cardId, verify(account(actor.accountId()), card, draft));
        } catch (InvalidCardException e) {
            record(actor, AuditAction.CARD_CHANGED, AuditOutcome.INVALID_INPUT, cardId, keys(e));
            throw e;
        }
        Instant now = clock.instant();
        card.change(details, now);
        AttachmentSearch search = searches.find(cardId).orElseGet(() -> new AttachmentSearch(cardId, now));
        search.restart(now);
        searches.store(search);
        record(actor, AuditAction.CARD_CHANGED, AuditOutcome.SUCCESS, cardId, null);
        messages.add(new PatientMessage(actor.accountId(), cardId, MessageTopic.CARD_CHANGED, card.getFullName(),
                List.of(), now));
        searchRequested.fire(new AttachmentSearchRequested(cardId));
        return card;
    }

    /** Deletes a card unless it has booked future appointments. */
    public void delete(Actor actor, long cardId) {
        cards.lockCardFile(actor.accountId());
        PatientCard card = owned(actor, cardId, AuditAction.CARD_DELETED);
        if (appointments.hasFutureBookings(cardId, clock.instant())) {
            record(actor, AuditAction.CARD_DELETED, AuditOutcome.HAS_FUTURE_APPOINTMENTS, cardId, null);
            throw new CardHasAppointmentsException(cardId);
        }
        cards.remove(card);
        record(actor, AuditAction.CARD_DELETED, AuditOutcome.SUCCESS, cardId, null);
        messages.add(new PatientMessage(actor.accountId(), null, MessageTopic.CARD_DELETED, card.getFullName(),
                List.of(), clock.instant()));
    }

    /** Checks that the portal may act for this card's person; audits the switch. */
    public PatientCard actFor(Actor actor, long cardId) {
        PatientCard card = owned(actor, cardId, AuditAction.ACTING_FOR_CHANGED);
        record(new Actor(actor.accountId(), actor.esiaOid(), cardId, actor.remoteAddress()),
                AuditAction.ACTING_FOR_CHANGED, AuditOutcome.SUCCESS, cardId, null);
        return card;
    }

    /** Runs a FAILED attachment search again. */
    public void retrySearch(Actor actor, long cardId) {
        owned(actor, cardId, AuditAction.ATTACHMENT_SEARCH_RETRIED);
        AttachmentSearch search = searches.find(cardId).orElseThrow(() -> new CardNotFoundException(cardId));
        if (search.getStatus() != SearchStatus.FAILED) {
            record(actor, AuditAction.ATTACHMENT_SEARCH_RETRIED, AuditOutcome.NOT_APPLICABLE, cardId, null);
            return;
        }
        search.restart(clock.instant());
        record(actor, AuditAction.ATTACHMENT_SEARCH_RETRIED, AuditOutcome.SUCCESS, cardId, null);
        searchRequested.fire(new AttachmentSearchRequested(cardId));
    }

    private CardDetails validate(long accountId, CardDraft draft, Long cardId, List<FieldError> refused) {
        List<FieldError> errors = new ArrayList<>(refused);
        CardDetails details = null;
        try {
            details = draft.validate(region.today());
        } catch (InvalidCardException e) {
            errors.addAll(e.errors());
        }
        List<PatientCard> file = cards.cardsOf(accountId);
        if (draft.getKinship() == Kinship.SELF && file.stream()
                .anyMatch(c -> c.getKinship() == Kinship.SELF && !c.getId().equals(cardId))) {
            errors.add(new FieldError("kinship", "self.exists"));
        }
        if (draft.getKinship() != null && draft.getKinship().relative() && draft.getBirthDate() != null
                && region.tooOldForRelative(draft.getBirthDate())) {
            errors.add(new FieldError("birthDate", "relative.tooOld", List.of(region.relativeMaxAge())));
        }
        // The whole card file is at hand (and, when saving, locked): the same policy twice is found here.
        String policy = details == null || details.policy() == null ? null : details.policy().number();
        if (policy != null && file.stream().anyMatch(c -> !c.getId().equals(cardId) && c.getPolicy() != null
                && c.getPolicy().number().equals(policy))) {
            errors.add(new FieldError("policyNumber", "policy.duplicate"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidCardException(errors);
        }
        return details;
    }

    private PatientCard owned(Actor actor, long cardId, AuditAction action) {
        return cards.findOwned(actor.accountId(), cardId).orElseThrow(() -> {
            record(actor, action, AuditOutcome.NOT_OWNER, cardId, null);
            return new CardNotFoundException(cardId);
        });
    }

    private void record(Actor actor, AuditAction action, AuditOutcome outcome, Long cardId, String detail) {
        audit.record(new AuditEvent(clock.instant(), action, outcome, actor.accountId(), actor.esiaOid(),
                actor.remoteAddress(), actor.actingFor(), cardId, detail));
    }

    /** The refused fields and rules, for the audit line: no values, only which rule refused which field. */
    static String keys(InvalidCardException e) {
        return String.join(",", e.errors().stream().map(f -> f.field() + ":" + f.key()).toList());
    }

    private PatientAccount account(long accountId) {
        return accounts.find(accountId).orElseThrow(() -> new IllegalArgumentException("No account " + accountId));
    }
}
