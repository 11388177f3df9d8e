package ru.registratura.interfaces.cabinet.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.registratura.application.CardFileService;
import ru.registratura.domain.card.PatientCard;
import ru.registratura.interfaces.shared.web.Shared;

/**
 * The header's dropdown under the patient's name: the patient and the relatives of the card file, the one
 * the portal acts for marked, and whom it acts for when that is a relative.
 */
@Named
@RequestScoped
public class PeopleMenu {

    /** One entry of the dropdown; {@code cardId} null is the patient without a card of their own. */
    public record Person(Long cardId, String name, boolean relative, boolean active) implements Serializable {
    }

    @Inject
    CurrentPatient currentPatient;

    @Inject
    CabinetSession cabinet;

    @Inject
    @Shared
    CardFileService cards;

    private List<PatientCard> file;

    /** The account's card file, read once a request for the header, the lists and the home page. */
    List<PatientCard> file() {
        if (file == null) {
            file = currentPatient.isSignedIn() ? cards.cards(cabinet.accountId()) : List.of();
        }
        return file;
    }

    public List<Person> getPeople() {
        Long acting = actingCard() == null ? null : actingCard().getId();
        List<Person> people = new ArrayList<>();
        PatientCard self = file().stream().filter(c -> !c.isRelative()).findFirst().orElse(null);
        people.add(new Person(self == null ? null : self.getId(),
                self == null ? currentPatient.getShortName() : self.getShortName(), false, acting == null));
        file().stream().filter(PatientCard::isRelative)
                .forEach(c -> people.add(new Person(c.getId(), c.getShortName(), true, c.getId().equals(acting))));
        return people;
    }

    /**
     * The relative's card the portal acts for, or null when it acts for the patient. A card deleted since it
     * was chosen, or the patient's own card, counts as acting for the patient.
     */
    public PatientCard actingCard() {
        Long id = currentPatient.isSignedIn() ? cabinet.actingFor() : null;
        return id == null ? null : file().stream().filter(c -> c.getId().equals(id) && c.isRelative()).findFirst()
                .orElse(null);
    }

    /** The card of the person acted for: the relative's, else the patient's own (null if there is none yet). */
    public PatientCard currentCard() {
        PatientCard relative = actingCard();
        return relative != null ? relative : file().stream().filter(c -> !c.isRelative()).findFirst().orElse(null);
    }

    /** «ИВАНОВ А.» while acting for a relative, else empty. */
    public String getActingName() {
        PatientCard card = actingCard();
        return card == null ? "" : card.getShortName();
    }
}
