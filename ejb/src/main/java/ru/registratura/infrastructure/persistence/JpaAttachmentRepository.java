package ru.registratura.infrastructure.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import ru.registratura.domain.attachment.AttachmentRegister;
import ru.registratura.domain.attachment.AttachmentSearch;
import ru.registratura.domain.attachment.AttachmentSearchRepository;
import ru.registratura.domain.attachment.RegisterEntry;
import ru.registratura.domain.attachment.SearchStatus;
import ru.registratura.domain.card.Snils;

/** The attachment register and the cards' searches in it. */
@ApplicationScoped
public class JpaAttachmentRepository implements AttachmentRegister, AttachmentSearchRepository {

    private static final String ENTRY = "select e from RegisterEntry e join fetch e.institution "
            + "left join fetch e.district d left join fetch d.doctor ";

    @PersistenceContext(unitName = "registratura")
    private EntityManager em;

    @Override
    public List<RegisterEntry> byPolicyNumber(String policyNumber) {
        return em.createQuery(ENTRY + "where e.identity.policyNumber = :number", RegisterEntry.class)
                .setParameter("number", policyNumber).getResultList();
    }

    @Override
    public List<RegisterEntry> bySnils(String snils) {
        return em.createQuery(ENTRY + "where e.identity.snils = :snils", RegisterEntry.class)
                .setParameter("snils", Snils.parse(snils)).getResultList();
    }

    @Override
    public Optional<RegisterEntry> entry(long id) {
        return Optional.ofNullable(em.find(RegisterEntry.class, id));
    }

    @Override
    public Optional<RegisterEntry> lockEntry(long id) {
        return Optional.ofNullable(em.find(RegisterEntry.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<RegisterEntry> byBirthDate(LocalDate birthDate) {
        return em.createQuery(ENTRY + "where e.identity.birthDate = :birth", RegisterEntry.class)
                .setParameter("birth", birthDate).getResultList();
    }

    /** The search with its entry, institution, district and district doctor: what the card page shows. */
    @Override
    public Optional<AttachmentSearch> find(long cardId) {
        return em.createQuery("select s from AttachmentSearch s left join fetch s.entry e "
                        + "left join fetch e.institution left join fetch e.district d left join fetch d.doctor "
                        + "where s.cardId = :card", AttachmentSearch.class)
                .setParameter("card", cardId)
                .getResultStream().findFirst();
    }

    @Override
    public void store(AttachmentSearch search) {
        if (!em.contains(search)) {
            em.persist(search);
        }
    }

    @Override
    public List<Long> unresolved() {
        return em.createQuery("select s.cardId from AttachmentSearch s where s.status in :statuses order by s.cardId",
                        Long.class)
                .setParameter("statuses", List.of(SearchStatus.PENDING, SearchStatus.NOT_FOUND, SearchStatus.NAME_ONLY))
                .getResultList();
    }
}
