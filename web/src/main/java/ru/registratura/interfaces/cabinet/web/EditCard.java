package ru.registratura.interfaces.cabinet.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.registratura.application.CardFileService;
import ru.registratura.domain.card.CardDraft;
import ru.registratura.domain.card.CardNotFoundException;
import ru.registratura.domain.card.CardSource;
import ru.registratura.domain.card.InvalidCardException;
import ru.registratura.domain.card.Kinship;
import ru.registratura.domain.card.PatientCard;
import ru.registratura.domain.directory.Sex;

/**
 * «Добавление карточки» and «Изменение карточки»: prefilled from ESIA («О себе», a child of «Данные детей»),
 * empty for a card typed by hand or for «Добавить родственника», or holding a stored card. Adding takes two
 * steps: the details, checked by every rule, then the consent to the processing of personal data.
 */
@Named
@ViewScoped
public class EditCard implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The form, then (adding only) the consent. */
    public enum Step { FORM, CONSENT }

    @Inject
    CabinetSession cabinet;

    @Inject
    CardFileService cards;

    private Long card;
    private String from;
    private Integer child;
    private boolean relative;

    private CardDraft draft = new CardDraft();
    private CardSource source = CardSource.MANUAL;
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
            draft = cards.selfDraft(accountId);
            source = CardSource.ESIA;
            kinships = List.of(Kinship.SELF);
        } else if ("child".equals(from) && child != null) {
            try {
                draft = cards.childDraft(accountId, child);
                esiaChildId = cards.esiaChildId(accountId, child);
            } catch (IllegalArgumentException e) {
                CabinetPages.notFound();
                return null;
            }
            source = CardSource.ESIA;
            kinships = relativeKinships();
        } else if (relative || self.isPresent()) {
            kinships = relativeKinships();
        } else {
            kinships = List.of(Kinship.SELF, Kinship.SON, Kinship.DAUGHTER, Kinship.WARD);
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
            cards.check(cabinet.actor(), draft, card);
        } catch (InvalidCardException e) {
            CabinetPages.fieldErrors("cardForm", e.errors());
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
            cards.add(cabinet.actor(), draft, source, esiaChildId);
        } catch (InvalidCardException e) {
            step = Step.FORM;
            CabinetPages.fieldErrors("cardForm", e.errors());
            return null;
        }
        CabinetPages.flash("card.added");
        return relative ? "/cabinet/relatives?faces-redirect=true" : "/cabinet/cards?faces-redirect=true";
    }

    public String back() {
        step = Step.FORM;
        return null;
    }

    private String save() {
        try {
            cards.change(cabinet.actor(), card, draft);
        } catch (InvalidCardException e) {
            CabinetPages.fieldErrors("cardForm", e.errors());
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

    public boolean isFromEsia() {
        return source == CardSource.ESIA;
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
