package ru.registratura.interfaces.cabinet.web;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.registratura.application.CardFileService;
import ru.registratura.domain.card.CardHasAppointmentsException;
import ru.registratura.domain.card.CardNotFoundException;
import ru.registratura.domain.card.PatientCard;
import ru.registratura.interfaces.shared.web.Shared;

/** «Удалить»: asks for confirmation; a card with booked future appointments stays until they are cancelled. */
@Named
@ViewScoped
public class CardDeletePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CabinetSession cabinet;

    @Inject
    @Shared
    CardFileService cards;

    private Long card;
    private PatientCard loaded;

    public void load() {
        if (card == null) {
            CabinetPages.notFound();
            return;
        }
        try {
            loaded = cards.card(cabinet.actor(), card);
        } catch (CardNotFoundException e) {
            CabinetPages.notFound();
        }
    }

    public String delete() {
        try {
            cards.delete(cabinet.actor(), card);
        } catch (CardNotFoundException e) {
            CabinetPages.notFound();
            return null;
        } catch (CardHasAppointmentsException e) {
            CabinetPages.error("card.delete.hasAppointments");
            return null;
        }
        if (card.equals(cabinet.actingFor())) {
            cabinet.actFor(null);
        }
        CabinetPages.flash("card.deleted");
        return "/cabinet/cards?faces-redirect=true";
    }

    public PatientCard getLoaded() {
        return loaded;
    }

    public Long getCard() {
        return card;
    }

    public void setCard(Long card) {
        this.card = card;
    }
}
