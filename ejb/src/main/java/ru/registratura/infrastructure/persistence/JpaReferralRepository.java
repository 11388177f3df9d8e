package ru.registratura.infrastructure.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import ru.registratura.domain.referral.Referral;
import ru.registratura.domain.referral.ReferralRepository;
import ru.registratura.domain.referral.ReferralStatus;

/** Referrals. */
@ApplicationScoped
public class JpaReferralRepository implements ReferralRepository {

    private static final String WITH_DIRECTORY = "select r from Referral r join fetch r.specialty left join fetch r.institution ";

    @PersistenceContext(unitName = "registratura")
    private EntityManager em;

    @Override
    public void add(Referral referral, int year) {
        em.persist(referral);
        em.flush();
        referral.numbered(year);
        em.flush();
    }

    @Override
    public List<Referral> ofPerson(long cardId, Long registerEntryId) {
        String entry = registerEntryId == null ? "" : " or r.registerEntryId = :entry";
        var query = em.createQuery(WITH_DIRECTORY + "where r.cardId = :card" + entry
                        + " order by r.validUntil desc, r.id desc", Referral.class)
                .setParameter("card", cardId);
        if (registerEntryId != null) {
            query.setParameter("entry", registerEntryId);
        }
        return query.getResultList();
    }

    @Override
    public List<Referral> ofEntry(long registerEntryId) {
        return em.createQuery(WITH_DIRECTORY + "where r.registerEntryId = :entry order by r.validUntil desc, r.id desc",
                        Referral.class)
                .setParameter("entry", registerEntryId)
                .getResultList();
    }

    @Override
    public Optional<Referral> lockByNumber(String number) {
        return em.createQuery("select r from Referral r where r.number = :number", Referral.class)
                .setParameter("number", number)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Referral> lock(long id) {
        return Optional.ofNullable(em.find(Referral.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<Referral> ofAppointment(long appointmentId) {
        return em.createQuery(WITH_DIRECTORY + "where r.appointmentId = :appointment", Referral.class)
                .setParameter("appointment", appointmentId)
                .getResultStream().findFirst();
    }

    @Override
    public int giveBack(long appointmentId) {
        return em.createQuery("update Referral r set r.status = :issued, r.appointmentId = null, r.version = r.version + 1 "
                        + "where r.appointmentId = :appointment and r.status = :used")
                .setParameter("issued", ReferralStatus.ISSUED)
                .setParameter("used", ReferralStatus.USED)
                .setParameter("appointment", appointmentId)
                .executeUpdate();
    }
}
