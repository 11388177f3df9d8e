package ru.registratura.interfaces.cabinet.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.registratura.application.CardFileService;
import ru.registratura.application.EsiaCardService;
import ru.registratura.domain.card.CardDraft;
import ru.registratura.domain.card.CardNotFoundException;
import ru.registratura.domain.card.FieldError;
import ru.registratura.domain.card.InvalidCardException;
import ru.registratura.domain.card.Kinship;
import ru.registratura.domain.card.PatientCard;
import ru.registratura.domain.directory.Sex;
import ru.registratura.interfaces.shared.web.Shared;

/**
 * «Добавление карточки» and «Изменение карточки»: prefilled from ESIA («О себе», a child of «Данные детей»),
 * empty for a card typed by hand or for «Добавить родственника», or holding a stored card. Adding takes two
 * steps: the details, checked by every rule, then the consent to the processing of personal data.
 */
@Named
@ViewScoped
public class CardFormPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The form, then (adding only) the consent. */
    public enum Step { FORM, CONSENT }

    @Inject
    CabinetSession cabinet;

    @Inject
    @Shared
    CardFileService cards;

    @Inject
    @Shared
    EsiaCardService esia;

    /** The fields a verified card shows without an input. */
    private static final Set<String> IDENTITY_FIELDS =
            Set.of("lastName", "firstName", "middleName", "sex", "birthDate", "snils");

    private Long card;
    private String from;
    private Integer child;
    private boolean relative;

    private CardDraft draft = new CardDraft();
    /** ESIA vouches for the person (own card, ESIA's child): the identity is shown, not typed. */
    private boolean verified;
    /** ESIA gave the verified person's policy: shown, not typed. */
    private boolean policyFromEsia;
    private String esiaChildId;
    private Step step = Step.FORM;
    private List<Kinship> kinships;

    /**
     * On the first request only: what the form starts with. «О себе» when the patient's own card exists
     * already goes to that card instead (a navigation, so that the flash message survives the redirect).
     */
    public String load() {
        long accountId = cabinet.accountId();
        if (card != null) {
            try {
                PatientCard stored = cards.card(cabinet.actor(), card);
                draft = CardDraft.of(stored);
                kinships = stored.isRelative() ? relativeKinships() : List.of(Kinship.SELF);
                verified = stored.isVerified();
                policyFromEsia = verified && (esia.esiaIdentity(accountId, stored).map(i -> i.policy() != null)
                        .orElse(stored.getPolicy() != null));
            } catch (CardNotFoundException e) {
                CabinetPages.notFound();
            }
            return null;
        }
        var self = cards.selfCard(accountId);
        if ("self".equals(from)) {
            if (self.isPresent()) {
                CabinetPages.flash("card.self.exists");
                return "/cabinet/card?faces-redirect=true&card=" + self.get().getId();
            }
            draft = esia.selfDraft(accountId);
            verified = true;
            policyFromEsia = esia.esiaIdentity(accountId, Kinship.SELF, null).map(i -> i.policy() != null).orElse(false);
            kinships = List.of(Kinship.SELF);
        } else if ("child".equals(from) && child != null) {
            try {
                draft = esia.childDraft(accountId, child);
                esiaChildId = esia.esiaChildId(accountId, child);
            } catch (CardNotFoundException e) {
                // No such child of ESIA's («Данные детей» has fewer): the same 404 as another account's card.
                CabinetPages.notFound();
                return null;
            }
            verified = true;
            policyFromEsia = draft.getPolicyNumber() != null;
            kinships = relativeKinships();
        } else {
            // Typed by hand: a relative only. The holder's own card comes from ESIA («О себе»).
            kinships = relativeKinships();
        }
        if (draft.getKinship() == null && kinships.size() == 1) {
            draft.setKinship(kinships.get(0));
        }
        return null;
    }

    private static List<Kinship> relativeKinships() {
        return List.of(Kinship.SON, Kinship.DAUGHTER, Kinship.WARD);
    }

    /** «Добавить карточку» / «Сохранить»: every rule; adding then asks for the consent. */
    public String review() {
        try {
            cards.check(cabinet.actor(), draft, card, esiaChildId);
        } catch (InvalidCardException e) {
            showErrors(e.errors());
            return null;
        } catch (CardNotFoundException e) {
            CabinetPages.notFound();
            return null;
        }
        if (card != null) {
            return save();
        }
        step = Step.CONSENT;
        return null;
    }

    /** «Согласен»: the card is added with the consent given now; its attachment search starts. */
    public String confirm() {
        try {
            cards.add(cabinet.actor(), draft, esiaChildId);
        } catch (InvalidCardException e) {
            step = Step.FORM;
            showErrors(e.errors());
            return null;
        }
        CabinetPages.flash("card.added");
        return relative ? "/cabinet/relatives?faces-redirect=true" : "/cabinet/cards?faces-redirect=true";
    }

    /**
     * The refused fields beside their inputs; for a verified card the identity has no inputs, so what ESIA gave
     * and the rules refuse is said above the form.
     */
    private void showErrors(List<FieldError> errors) {
        List<FieldError> beside = new ArrayList<>();
        List<String> esia = new ArrayList<>();
        for (FieldError error : errors) {
            boolean shownOnly = verified && (IDENTITY_FIELDS.contains(error.field())
                    || policyFromEsia && "policyNumber".equals(error.field()));
            if (shownOnly) {
                esia.add(CabinetPages.text("card.error." + error.key(), error.arguments().toArray()));
            } else {
                beside.add(error);
            }
        }
        CabinetPages.fieldErrors("cardForm", beside);
        if (!esia.isEmpty()) {
            CabinetPages.error("card.error.esiaData", String.join(" ", esia));
        }
    }

    public String back() {
        step = Step.FORM;
        return null;
    }

    private String save() {
        try {
            cards.change(cabinet.actor(), card, draft);
        } catch (InvalidCardException e) {
            showErrors(e.errors());
            return null;
        } catch (CardNotFoundException e) {
            CabinetPages.notFound();
            return null;
        }
        CabinetPages.flash("card.changed");
        return "/cabinet/card?faces-redirect=true&card=" + card;
    }

    public boolean isAdding() {
        return card == null;
    }

    public Sex[] getSexes() {
        return Sex.values();
    }

    public List<Kinship> getKinships() {
        return kinships;
    }

    public CardDraft getDraft() {
        return draft;
    }

    public Step getStep() {
        return step;
    }

    /** The person's identity comes from ESIA and is shown read-only («О себе», ESIA's child, a verified card). */
    public boolean isVerified() {
        return verified;
    }

    /** The verified person's policy comes from ESIA too; without one the patient may give it. */
    public boolean isPolicyFromEsia() {
        return policyFromEsia;
    }

    public Long getCard() {
        return card;
    }

    public void setCard(Long card) {
        this.card = card;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public Integer getChild() {
        return child;
    }

    public void setChild(Integer child) {
        this.child = child;
    }

    public boolean isRelative() {
        return relative;
    }

    public void setRelative(boolean relative) {
        this.relative = relative;
    }
}
