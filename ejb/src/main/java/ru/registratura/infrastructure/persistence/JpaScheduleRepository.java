package ru.registratura.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import ru.registratura.domain.scheduling.ScheduleException;
import ru.registratura.domain.scheduling.ScheduleRepository;
import ru.registratura.domain.scheduling.ScheduleTemplate;

@ApplicationScoped
public class JpaScheduleRepository implements ScheduleRepository {

    @PersistenceContext(unitName = "registratura")
    private EntityManager em;

    @Override
    public List<ScheduleTemplate> findTemplates(long doctorId, LocalDate from, LocalDate until) {
        return em.createQuery("""
                select t from ScheduleTemplate t
                where t.doctor.id = :doctor and t.validFrom <= :until
                  and (t.validUntil is null or t.validUntil >= :from)
                order by t.validFrom, t.id""", ScheduleTemplate.class)
                .setParameter("doctor", doctorId)
                .setParameter("from", from)
                .setParameter("until", until)
                .getResultList();
    }

    @Override
    public List<ScheduleException> findExceptions(long doctorId, LocalDate from, LocalDate until) {
        return em.createQuery("""
                select e from ScheduleException e
                where e.doctor.id = :doctor and e.firstDay <= :until and e.lastDay >= :from
                order by e.firstDay, e.id""", ScheduleException.class)
                .setParameter("doctor", doctorId)
                .setParameter("from", from)
                .setParameter("until", until)
                .getResultList();
    }
}
