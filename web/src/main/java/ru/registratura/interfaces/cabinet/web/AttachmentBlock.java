package ru.registratura.interfaces.cabinet.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.registratura.application.CardFileService;
import ru.registratura.domain.attachment.AttachmentSearch;
import ru.registratura.domain.card.PatientCard;
import ru.registratura.interfaces.shared.web.Shared;

/**
 * The home page's block of the person the portal acts for: their district doctor, district, doctor's
 * cabinet and institution, or where the attachment search stands, or the way to add a card.
 */
@Named
@RequestScoped
public class AttachmentBlock {

    @Inject
    PeopleMenu people;

    @Inject
    CabinetSession cabinet;

    @Inject
    @Shared
    CardFileService cards;

    private boolean loaded;
    private PatientCard card;
    private AttachmentSearch search;

    private void load() {
        if (!loaded) {
            loaded = true;
            card = people.currentCard();
            if (card != null) {
                search = cards.attachment(cabinet.actor(), card.getId()).orElse(null);
            }
        }
    }

    /** The card of the person acted for; null when the patient has no card of their own yet. */
    public PatientCard getCard() {
        load();
        return card;
    }

    public AttachmentSearch getSearch() {
        load();
        return search;
    }
}
