package ru.registratura.infrastructure.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

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

    @Override
    public Optional<ScheduleTemplate> findTemplate(long id) {
        return em.createQuery("""
                select t from ScheduleTemplate t join fetch t.doctor d join fetch d.institution join fetch d.specialty
                where t.id = :id""", ScheduleTemplate.class)
                .setParameter("id", id)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<ScheduleException> findException(long id) {
        return em.createQuery("""
                select e from ScheduleException e join fetch e.doctor d join fetch d.institution join fetch d.specialty
                where e.id = :id""", ScheduleException.class)
                .setParameter("id", id)
                .getResultStream().findFirst();
    }

    @Override
    public List<ScheduleTemplate> currentTemplates(long doctorId, LocalDate today) {
        return em.createQuery("""
                select t from ScheduleTemplate t
                where t.doctor.id = :doctor and (t.validUntil is null or t.validUntil >= :today)
                order by t.validFrom, t.starts, t.id""", ScheduleTemplate.class)
                .setParameter("doctor", doctorId)
                .setParameter("today", today)
                .getResultList();
    }

    @Override
    public List<ScheduleException> currentExceptions(long doctorId, LocalDate today) {
        return em.createQuery("""
                select e from ScheduleException e
                where e.doctor.id = :doctor and e.lastDay >= :today
                order by e.firstDay, e.id""", ScheduleException.class)
                .setParameter("doctor", doctorId)
                .setParameter("today", today)
                .getResultList();
    }

    @Override
    public void add(ScheduleTemplate template) {
        em.persist(template);
    }

    @Override
    public void add(ScheduleException exception) {
        em.persist(exception);
    }

    @Override
    public void remove(ScheduleException exception) {
        em.remove(exception);
    }
}
