package ru.registratura.interfaces.cabinet.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import ru.registratura.application.CabinetHeaderService;
import ru.registratura.application.CardFileService;
import ru.registratura.domain.card.CardSummary;
import ru.registratura.domain.card.PatientCard;
import ru.registratura.interfaces.shared.web.RequestMemo;
import ru.registratura.interfaces.shared.web.Shared;

/**
 * The header's dropdown under the patient's name: the patient and the relatives of the card file, the one
 * the portal acts for marked, and whom it acts for when that is a relative.
 *
 * <p>The card file is read once a request: the header and the booking wizard use each card's id, names and birth
 * date ({@link #cards()}, a projection), the card file's pages the cards themselves ({@link #file()}). It is not
 * kept in the session: a card written by another session or process (a second browser, the registry) must show on
 * the next page.
 *
 * <p>Application-scoped: what it reads is kept for the rest of the request in the request's attributes, so that no
 * instance is made for every page (bench/RESULTS.md, issue 17).
 */
@Named
@ApplicationScoped
public class PeopleMenu {

    private static final String FILE = PeopleMenu.class.getName() + ".file";
    private static final String CARDS = PeopleMenu.class.getName() + ".cards";
    private static final String HEADER = PeopleMenu.class.getName() + ".header";

    /** One entry of the dropdown; {@code cardId} null is the patient without a card of their own. */
    public record Person(Long cardId, String name, boolean relative, boolean active) implements Serializable {
    }

    /** A card of the file as the header and the booking wizard show it. */
    public record Card(long id, boolean relative, String shortName, String fullName, LocalDate birthDate)
            implements Serializable {

        static Card of(PatientCard card) {
            return new Card(card.getId(), card.isRelative(), card.getShortName(), card.getFullName(),
                    card.getBirthDate());
        }

        static Card of(CardSummary card) {
            return new Card(card.id(), card.relative(), card.shortName(), card.fullName(), card.birthDate());
        }
    }

    @Inject
    CurrentPatient currentPatient;

    @Inject
    CabinetSession cabinet;

    @Inject
    @Shared
    CardFileService cards;

    @Inject
    @Shared
    CabinetHeaderService headers;

    @Inject
    HttpServletRequest request;

    /** The account's cards as entities, read once a request: for the pages that show or change the cards. */
    List<PatientCard> file() {
        return RequestMemo.get(request, FILE,
                () -> currentPatient.isSignedIn() ? cards.cards(cabinet.accountId()) : List.<PatientCard>of());
    }

    /** The account's cards as the header and the wizard show them. */
    @SuppressWarnings("unchecked")
    List<Card> cards() {
        return RequestMemo.get(request, CARDS, () -> {
            // A page that read the cards themselves (the card file's pages) has them already; the others (the
            // wizard, the home page) read what the header shows only, with the tabs' unread counts in the same call
            // (kept for UnreadCounts in the request).
            List<PatientCard> read = (List<PatientCard>) request.getAttribute(FILE);
            if (read != null) {
                return read.stream().map(Card::of).toList();
            }
            if (!currentPatient.isSignedIn()) {
                return List.<Card>of();
            }
            CabinetHeaderService.Header header = headers.header(cabinet.accountId());
            request.setAttribute(UnreadCounts.COUNTS, header.unread());
            request.setAttribute(HEADER, header);
            return header.cards().stream().map(Card::of).toList();
        });
    }

    /**
     * The header as read for the account in this request (its cards and unread counts), for the booking wizard's
     * services to take the page's card from; null when the page read the cards themselves, or no one is signed in.
     */
    CabinetHeaderService.Header header() {
        cards();
        return (CabinetHeaderService.Header) request.getAttribute(HEADER);
    }

    public List<Person> getPeople() {
        Long acting = acting().map(Card::id).orElse(null);
        List<Person> people = new ArrayList<>();
        Card self = self().orElse(null);
        people.add(new Person(self == null ? null : self.id(),
                self == null ? currentPatient.getShortName() : self.shortName(), false, acting == null));
        cards().stream().filter(Card::relative)
                .forEach(c -> people.add(new Person(c.id(), c.shortName(), true, acting != null && c.id() == acting)));
        return people;
    }

    private Optional<Card> self() {
        return cards().stream().filter(c -> !c.relative()).findFirst();
    }

    /**
     * The relative's card the portal acts for, if any. A card deleted since it was chosen, or the patient's own card,
     * counts as acting for the patient.
     */
    private Optional<Card> acting() {
        Long id = currentPatient.isSignedIn() ? cabinet.actingFor() : null;
        return id == null ? Optional.empty()
                : cards().stream().filter(c -> c.id() == id && c.relative()).findFirst();
    }

    /** The card of the person acted for: the relative's, else the patient's own (empty if there is none yet). */
    Optional<Card> current() {
        return acting().or(this::self);
    }

    /** The card of this account with this id, if there is one. */
    Optional<Card> card(long id) {
        return cards().stream().filter(c -> c.id() == id).findFirst();
    }

    /** The card of the person acted for as an entity (null when the patient has no card of their own yet). */
    public PatientCard currentCard() {
        Long id = current().map(Card::id).orElse(null);
        return id == null ? null : file().stream().filter(c -> c.getId().equals(id)).findFirst().orElse(null);
    }

    /** «ИВАНОВ А.» while acting for a relative, else empty. */
    public String getActingName() {
        return acting().map(Card::shortName).orElse("");
    }
}
