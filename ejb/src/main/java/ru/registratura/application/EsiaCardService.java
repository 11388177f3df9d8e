package ru.registratura.application;

import java.time.Clock;
import java.time.Instant;
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
import ru.registratura.domain.audit.AuditAction;
import ru.registratura.domain.audit.AuditEvent;
import ru.registratura.domain.audit.AuditOutcome;
import ru.registratura.domain.audit.AuditRepository;
import ru.registratura.domain.card.CardDetails;
import ru.registratura.domain.card.CardDraft;
import ru.registratura.domain.card.CardNotFoundException;
import ru.registratura.domain.card.CardRepository;
import ru.registratura.domain.card.InvalidCardException;
import ru.registratura.domain.card.InvalidValueException;
import ru.registratura.domain.card.Kinship;
import ru.registratura.domain.card.MobilePhone;
import ru.registratura.domain.card.PatientCard;
import ru.registratura.domain.card.PersonIdentity;
import ru.registratura.domain.directory.Sex;
import ru.registratura.infrastructure.config.RegionSettings;

/**
 * What ESIA says of the persons of a card file: the forms prefilled from the holder's record («О себе») and from
 * ESIA's «Данные детей», the identity ESIA verified of a card's person, and at each login the verified cards brought
 * up to date with it. A card ESIA vouches for shows its identity, it is not typed; {@link CardFileService} puts
 * this identity over whatever a form posts.
 */
@Stateless
public class EsiaCardService {

    private static final Logger LOG = Logger.getLogger(EsiaCardService.class.getName());

    @Inject
    CardRepository cards;

    @Inject
    AttachmentSearchRepository searches;

    @Inject
    PatientAccountRepository accounts;

    @Inject
    AuditRepository audit;

    @Inject
    RegionSettings region;

    @Inject
    Clock clock;

    @Inject
    Event<AttachmentSearchRequested> searchRequested;

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
            result.add(new EsiaChild(i, name, child.getBirthDate(), cardId,
                    region.tooOldForRelative(child.getBirthDate())));
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

    /**
     * What ESIA verified of the person a new card is for: the holder's own (kinship SELF) or ESIA's child with this
     * id; empty for a relative typed by hand.
     */
    public Optional<PersonIdentity> esiaIdentity(long accountId, Kinship kinship, String esiaChildId) {
        return identityOf(account(accountId), kinship == Kinship.SELF, esiaChildId);
    }

    /** What ESIA says today of a stored verified card's person; empty for a hand-typed one or a child ESIA dropped. */
    public Optional<PersonIdentity> esiaIdentity(long accountId, PatientCard card) {
        return card.isVerified()
                ? identityOf(account(accountId), card.getKinship() == Kinship.SELF, card.getEsiaChildId())
                : Optional.empty();
    }

    /** What ESIA verified of the account's holder ({@code self}) or of its child with this id, if it still lists it. */
    static Optional<PersonIdentity> identityOf(PatientAccount account, boolean self, String esiaChildId) {
        if (self) {
            return Optional.ofNullable(account.identity());
        }
        return esiaChildId == null ? Optional.empty() : account.getChildren().stream()
                .filter(c -> esiaChildId.equals(c.getEsiaId())).map(AccountChild::identity).findFirst();
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
                    ? identityOf(account, card.getKinship() == Kinship.SELF, card.getEsiaChildId())
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
                String refused = CardFileService.keys(e);
                LOG.warning("ESIA's data of card " + card.getId() + " are refused by the card's rules (" + refused
                        + "); the card keeps its previous data");
                record(actor, AuditAction.CARD_CHANGED, AuditOutcome.INVALID_INPUT, card.getId(), "esia:" + refused);
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

    private AccountChild esiaChild(long accountId, int index) {
        List<AccountChild> children = account(accountId).getChildren();
        if (index < 0 || index >= children.size()) {
            // An application exception (a system one would reach the page wrapped, as a 500): the page answers 404.
            throw new CardNotFoundException(index);
        }
        return children.get(index);
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

    private PatientAccount account(long accountId) {
        return accounts.find(accountId).orElseThrow(() -> new IllegalArgumentException("No account " + accountId));
    }

    private void record(Actor actor, AuditAction action, AuditOutcome outcome, Long cardId, String detail) {
        audit.record(new AuditEvent(clock.instant(), action, outcome, actor.accountId(), actor.esiaOid(),
                actor.remoteAddress(), actor.actingFor(), cardId, detail));
    }
}
