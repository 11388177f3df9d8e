package ru.registratura.infrastructure.persistence;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import ru.registratura.domain.attachment.RegisterEntry;
import ru.registratura.domain.attachment.RegistryPatients;
import ru.registratura.domain.attachment.SearchStatus;
import ru.registratura.domain.card.PatientCard;
import ru.registratura.domain.scheduling.AppointmentStatus;

/**
 * The registry's search in JPQL: a count and a page of each source, so that a results table reads only the rows it
 * shows. Each query names the identity's columns that the card and register indexes cover (policy, SNILS, birth date).
 */
@ApplicationScoped
public class JpaRegistryPatients implements RegistryPatients {

    /** Of the operator's people: attached to their institutions by the card's search, or with an appointment there. */
    private static final String CARD_THERE = "(exists (select x from AttachmentSearch x join x.entry xe where "
            + "x.cardId = c.id and x.status = :found and xe.institution.id in :institutions) or exists (select a from "
            + "Appointment a join a.slot s join s.doctor d where a.cardId = c.id and a.status = :booked and "
            + "s.startsAt > :now and d.institution.id in :institutions))";

    /** An entry of the operator's institutions that no card found by the same search is attached to. */
    private static final String ENTRY_THERE = "e.institution.id in :institutions and not exists (select x from "
            + "AttachmentSearch x, PatientCard c where x.entry = e and x.status = :found and x.cardId = c.id and ";

    @PersistenceContext(unitName = "registratura")
    private EntityManager em;

    @Override
    public long countCards(Match match, Scope scope) {
        return cardQuery("select count(c) from PatientCard c ", "", Long.class, match, scope).getSingleResult();
    }

    @Override
    public List<PatientCard> cards(Match match, Scope scope, boolean descending, int first, int max) {
        String direction = descending ? " desc" : "";
        return cardQuery("select c from PatientCard c ", "order by lower(c.identity.lastName)" + direction
                        + ", lower(c.identity.firstName)" + direction + ", c.id" + direction, PatientCard.class, match, scope)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long countEntries(Match match, Scope scope) {
        return entryQuery("select count(e) from RegisterEntry e ", "", Long.class, match, scope).getSingleResult();
    }

    @Override
    public List<RegisterEntry> entries(Match match, Scope scope, boolean descending, int first, int max) {
        String direction = descending ? " desc" : "";
        return entryQuery("select e from RegisterEntry e join fetch e.institution left join fetch e.district ",
                "order by lower(e.identity.lastName)" + direction + ", lower(e.identity.firstName)" + direction + ", e.id"
                        + direction, RegisterEntry.class, match, scope)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    private <T> TypedQuery<T> cardQuery(String select, String orderBy, Class<T> type, Match match, Scope scope) {
        TypedQuery<T> query = em.createQuery(select + "where " + identity("c", match) + " and " + CARD_THERE + " "
                + orderBy, type);
        return bound(query, match, scope).setParameter("booked", AppointmentStatus.BOOKED)
                .setParameter("now", scope.now().atOffset(ZoneOffset.UTC));
    }

    private <T> TypedQuery<T> entryQuery(String select, String orderBy, Class<T> type, Match match, Scope scope) {
        TypedQuery<T> query = em.createQuery(select + "where " + identity("e", match) + " and " + ENTRY_THERE
                + identity("c", match) + ") " + orderBy, type);
        return bound(query, match, scope);
    }

    /** The identity's condition on the card or entry {@code alias}. */
    private static String identity(String alias, Match match) {
        if (match.policyNumber() != null) {
            return alias + ".identity.policyNumber = :number";
        }
        if (match.snils() != null) {
            return alias + ".identity.snils = :snils";
        }
        return alias + ".identity.birthDate = :birth and lower(" + alias + ".identity.lastName) = :name";
    }

    private static <T> TypedQuery<T> bound(TypedQuery<T> query, Match match, Scope scope) {
        query.setParameter("institutions", scope.institutionIds()).setParameter("found", SearchStatus.FOUND);
        if (match.policyNumber() != null) {
            return query.setParameter("number", match.policyNumber());
        }
        if (match.snils() != null) {
            return query.setParameter("snils", match.snils());
        }
        return query.setParameter("birth", match.birthDate())
                .setParameter("name", match.lastName().strip().toLowerCase(Locale.ROOT));
    }
}
