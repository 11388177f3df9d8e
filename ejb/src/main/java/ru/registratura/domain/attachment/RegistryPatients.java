package ru.registratura.domain.attachment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import ru.registratura.domain.card.PatientCard;
import ru.registratura.domain.card.Snils;

/**
 * The people a registry operator's search finds, read a page at a time: the portal's cards of people who belong to
 * the operator's institutions (attached there by the card's search, or with an upcoming appointment there), then the
 * register's entries of those institutions that no such card already stands for.
 */
public interface RegistryPatients {

    /** Who is looked for: by policy number, by SNILS, or by surname (any case) and birth date; one way at a time. */
    record Match(String policyNumber, Snils snils, String lastName, LocalDate birthDate) {
    }

    /** Where: the operator's institutions, and the moment after which appointments are upcoming. */
    record Scope(Collection<Long> institutionIds, Instant now) {
    }

    long countCards(Match match, Scope scope);

    /** A page of the cards found, by name ({@code descending}: the other way). */
    List<PatientCard> cards(Match match, Scope scope, boolean descending, int first, int max);

    long countEntries(Match match, Scope scope);

    /** A page of the register's entries found, by name, with their institutions and districts. */
    List<RegisterEntry> entries(Match match, Scope scope, boolean descending, int first, int max);
}
