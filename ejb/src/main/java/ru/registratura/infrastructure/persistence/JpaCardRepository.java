package ru.registratura.infrastructure.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import ru.registratura.domain.account.PatientAccount;
import ru.registratura.domain.card.CardRepository;
import ru.registratura.domain.card.CardSummary;
import ru.registratura.domain.card.PatientCard;

@ApplicationScoped
public class JpaCardRepository implements CardRepository {

    private static final String CARD_FILE_ORDER = "order by case when c.kinship = "
            + "ru.registratura.domain.card.Kinship.SELF then 0 else 1 end, c.identity.birthDate, c.id";

    private static final String SUMMARY = "select new ru.registratura.domain.card.CardSummary(c.id, c.kinship, "
            + "c.identity.lastName, c.identity.firstName, c.identity.middleName, c.identity.birthDate, "
            + "c.identity.sex) from PatientCard c ";

    @PersistenceContext(unitName = "registratura")
    private EntityManager em;

    /** The holder's own card first, then relatives by birth date, then by id. */
    @Override
    public List<PatientCard> cardsOf(long accountId) {
        return em.createQuery("select c from PatientCard c where c.accountId = :account " + CARD_FILE_ORDER,
                        PatientCard.class)
                .setParameter("account", accountId)
                .getResultList();
    }

    @Override
    public List<CardSummary> summariesOf(long accountId) {
        return em.createQuery(SUMMARY + "where c.accountId = :account " + CARD_FILE_ORDER, CardSummary.class)
                .setParameter("account", accountId)
                .getResultList();
    }

    @Override
    public Optional<CardSummary> ownedSummary(long accountId, long cardId) {
        return em.createQuery(SUMMARY + "where c.id = :card and c.accountId = :account", CardSummary.class)
                .setParameter("card", cardId)
                .setParameter("account", accountId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<PatientCard> findOwned(long accountId, long cardId) {
        return find(cardId).filter(c -> c.ownedBy(accountId));
    }

    @Override
    public Optional<PatientCard> find(long cardId) {
        return Optional.ofNullable(em.find(PatientCard.class, cardId));
    }

    /** A new card is written at once: its attachment search refers to it by id. */
    @Override
    public void store(PatientCard card) {
        if (card.getId() == null) {
            em.persist(card);
            em.flush();
        }
    }

    @Override
    public void remove(PatientCard card) {
        em.remove(card);
    }

    @Override
    public void lockCardFile(long accountId) {
        em.find(PatientAccount.class, accountId, LockModeType.PESSIMISTIC_WRITE);
    }
}
