package ru.registratura.interfaces.cabinet.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.registratura.application.EsiaCardService;
import ru.registratura.application.EsiaChild;
import ru.registratura.domain.card.PatientCard;
import ru.registratura.infrastructure.config.RegionSettings;
import ru.registratura.interfaces.shared.web.Shared;

/** «Картотека»: the cards of the patient's card file, and «Данные детей» from ESIA. */
@Named
@RequestScoped
public class CardFile {

    @Inject
    CabinetSession cabinet;

    @Inject
    @Shared
    EsiaCardService esia;

    @Inject
    RegionSettings region;

    @Inject
    PeopleMenu people;

    private List<EsiaChild> children;

    /**
     * The view action of the pages that list the cards: reads the card file (entities) before anything renders, so
     * that the header's dropdown uses the same read instead of a projection of its own first (PeopleMenu#cards).
     */
    public void load() {
        people.file();
    }

    public List<PatientCard> getCards() {
        return people.file();
    }

    public List<PatientCard> getRelatives() {
        return getCards().stream().filter(PatientCard::isRelative).toList();
    }

    /** From this age a child uses the portal with an ESIA account of their own. */
    public int getRelativeMaxAge() {
        return region.relativeMaxAge();
    }

    public List<EsiaChild> getEsiaChildren() {
        if (children == null) {
            children = esia.esiaChildren(cabinet.accountId());
        }
        return children;
    }
}
