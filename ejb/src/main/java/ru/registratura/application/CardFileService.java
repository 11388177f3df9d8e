package ru.registratura.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import ru.registratura.domain.account.AccountChild;
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
import ru.registratura.domain.card.InvalidValueException;
import ru.registratura.domain.card.Kinship;
import ru.registratura.domain.card.MobilePhone;
import ru.registratura.domain.card.PatientCard;
import ru.registratura.domain.card.PersonIdentity;
import ru.registratura.domain.directory.Sex;
import ru.registratura.domain.notification.MessageRepository;
import ru.registratura.domain.notification.MessageTopic;
import ru.registratura.domain.notification.PatientMessage;
import ru.registratura.infrastructure.config.RegionSettings;

/**
 * The card file's use cases: list, add (with consent), change and delete cards, prefill them from ESIA,
 * act for a person of the card file, retry a failed attachment search. Every card is looked up together
 * with its owner account, so another account's card id is simply not found (and the attempt is audited);
 * every change of a card is audited with who acted, for whom, on which card, and the outcome.
 */
@Stateless
public class CardFileService {

    private static final Logger LOG = Logger.getLogger(CardFileService.class.getName());

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

    /** «О себе»: the form prefilled with what ESIA reported about the account holder at the last login. */
    public CardDraft selfDraft(long accountId) {
        PatientAccount account = account(accountId);
        CardDraft draft = new CardDraft();
        draft.takeIdentity(account.identity());
        draft.setPhone(displayed(account.getMobile()));
        draft.setKinship(Kinship.SELF);
        return draft;
    }

    /** «Данные детей»: ESIA's children of the account, each with its card if one was added from it. */
    public List<EsiaChild> esiaChildren(long accountId) {
        List<AccountChild> children = account(accountId).getChildren();
        List<PatientCard> file = cards.cardsOf(accountId);
        List<EsiaChild> result = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            AccountChild child = children.get(i);
            Long cardId = file.stream()
                    .filter(c -> child.getEsiaId() != null && child.getEsiaId().equals(c.getEsiaChildId()))
                    .map(PatientCard::getId).findFirst().orElse(null);
            String name = String.join(" ", nonNull(child.getLastName()), nonNull(child.getFirstName()),
                    nonNull(child.getMiddleName())).trim();
            result.add(new EsiaChild(i, name, child.getBirthDate(), cardId, tooOld(child.getBirthDate())));
        }
        return result;
    }

    /** The form prefilled with ESIA's data of the account's child at this index. */
    public CardDraft childDraft(long accountId, int index) {
        AccountChild child = esiaChild(accountId, index);
        CardDraft draft = new CardDraft();
        draft.takeIdentity(child.identity());
        draft.setKinship(child.getSex() == Sex.F ? Kinship.DAUGHTER : child.getSex() == Sex.M ? Kinship.SON : null);
        return draft;
    }

    /** ESIA's id of the account's child at this index (the card made from it remembers it). */
    public String esiaChildId(long accountId, int index) {
        return esiaChild(accountId, index).getEsiaId();
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
     * What ESIA verified of the person a new card is for: the holder's own (kinship SELF) or ESIA's child with this
     * id; empty for a relative typed by hand.
     */
    public Optional<PersonIdentity> esiaIdentity(long accountId, Kinship kinship, String esiaChildId) {
        return esiaIdentity(account(accountId), kinship == Kinship.SELF, esiaChildId);
    }

    /** What ESIA says today of a stored verified card's person; empty for a hand-typed one or a child ESIA dropped. */
    public Optional<PersonIdentity> esiaIdentity(long accountId, PatientCard card) {
        return card.isVerified()
                ? esiaIdentity(account(accountId), card.getKinship() == Kinship.SELF, card.getEsiaChildId())
                : Optional.empty();
    }

    private static Optional<PersonIdentity> esiaIdentity(PatientAccount account, boolean self, String esiaChildId) {
        if (self) {
            return Optional.ofNullable(account.identity());
        }
        return esiaChildId == null ? Optional.empty() : account.getChildren().stream()
                .filter(c -> esiaChildId.equals(c.getEsiaId())).map(AccountChild::identity).findFirst();
    }

    /**
     * A new card's verified identity put over the draft (what was posted for it is ignored). A child that ESIA no
     * longer lists for the account (a login in another tab since the form was opened) is refused.
     */
    private Optional<PersonIdentity> verify(PatientAccount account, CardDraft draft, String esiaChildId) {
        Optional<PersonIdentity> esia = esiaIdentity(account, draft.getKinship() == Kinship.SELF, esiaChildId);
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
            draft.takeIdentity(esiaIdentity(account, card.getKinship() == Kinship.SELF, card.getEsiaChildId())
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
     * At a login: the verified cards take what ESIA says of their persons now (the holder's own card the holder's
     * record, a child's card the child's), and those that changed are searched in the register again. ESIA data that
     * the card's rules refuse leave the card as it was (logged by card id and refused fields, without values).
     */
    public void refreshFromEsia(Actor actor, PatientAccount account) {
        Instant now = clock.instant();
        for (PatientCard card : cards.cardsOf(account.getId())) {
            Optional<PersonIdentity> esia = card.isVerified()
                    ? esiaIdentity(account, card.getKinship() == Kinship.SELF, card.getEsiaChildId())
                    : Optional.empty();
            if (esia.isEmpty()) {
                continue;
            }
            CardDraft draft = CardDraft.of(card);
            draft.takeIdentity(esia.get());
            CardDetails details;
            try {
                details = draft.validate(region.today());
            } catch (InvalidCardException e) {
                LOG.warning("ESIA's data of card " + card.getId() + " are refused by the card's rules (" + keys(e)
                        + "); the card keeps its previous data");
                record(actor, AuditAction.CARD_CHANGED, AuditOutcome.INVALID_INPUT, card.getId(), "esia:" + keys(e));
                continue;
            }
            // Compared as the card stores them (names capitalised, SNILS formatted): ESIA's spelling of the same
            // values is no change, and the card is not searched again at every login.
            if (PersonIdentity.of(details).equals(card.identity())) {
                continue;
            }
            card.change(details, now);
            AttachmentSearch search = searches.find(card.getId()).orElseGet(() -> new AttachmentSearch(card.getId(), now));
            search.restart(now);
            searches.store(search);
            record(actor, AuditAction.CARD_CHANGED, AuditOutcome.SUCCESS, card.getId(), "esia");
            searchRequested.fire(new AttachmentSearchRequested(card.getId()));
        }
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
                && tooOld(draft.getBirthDate())) {
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

    private boolean tooOld(LocalDate birthDate) {
        return birthDate != null && Period.between(birthDate, region.today()).getYears() >= region.relativeMaxAge();
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
    private static String keys(InvalidCardException e) {
        return String.join(",", e.errors().stream().map(f -> f.field() + ":" + f.key()).toList());
    }

    private AccountChild esiaChild(long accountId, int index) {
        List<AccountChild> children = account(accountId).getChildren();
        if (index < 0 || index >= children.size()) {
            // An application exception (a system one would reach the page wrapped, as a 500): the page answers 404.
            throw new CardNotFoundException(index);
        }
        return children.get(index);
    }

    private PatientAccount account(long accountId) {
        return accounts.find(accountId).orElseThrow(() -> new IllegalArgumentException("No account " + accountId));
    }

    /** ESIA's «+7(914)1000001» as the form shows numbers; anything else as ESIA gave it, for the patient to fix. */
    private static String displayed(String mobile) {
        try {
            return mobile == null ? null : MobilePhone.parse(mobile).value();
        } catch (InvalidValueException e) {
            return mobile;
        }
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
