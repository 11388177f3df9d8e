package ru.registratura.infrastructure.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ru.registratura.domain.directory.Doctor;
import ru.registratura.domain.directory.DoctorRepository;
import ru.registratura.domain.directory.Specialty;

@ApplicationScoped
public class JpaDoctorRepository implements DoctorRepository {

    @PersistenceContext(unitName = "registratura")
    private EntityManager em;

    @Override
    public Doctor find(long id) {
        return em.find(Doctor.class, id);
    }

    @Override
    public List<Long> findActiveIds() {
        return em.createQuery("select d.id from Doctor d where d.active = true order by d.id", Long.class)
                .getResultList();
    }

    @Override
    public List<Specialty> specialtiesWithDoctors() {
        return em.createQuery("select s from Specialty s where exists "
                + "(select d from Doctor d where d.specialty = s and d.active = true) order by s.name", Specialty.class)
                .getResultList();
    }

    @Override
    public List<Doctor> activeAt(Collection<Long> institutionIds) {
        if (institutionIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select d from Doctor d join fetch d.institution i join fetch d.specialty sp "
                + "where i.id in :institutions and d.active = true "
                + "order by i.shortName, sp.name, d.lastName, d.firstName", Doctor.class)
                .setParameter("institutions", institutionIds)
                .getResultList();
    }

    @Override
    public List<Doctor> activeOf(long specialtyId) {
        return em.createQuery("select d from Doctor d join fetch d.institution i join fetch d.specialty "
                + "where d.specialty.id = :specialty and d.active = true "
                + "order by i.shortName, d.lastName, d.firstName", Doctor.class)
                .setParameter("specialty", specialtyId)
                .getResultList();
    }

    @Override
    public Optional<Doctor> findWithInstitution(long id) {
        return em.createQuery("select d from Doctor d join fetch d.institution join fetch d.specialty "
                + "where d.id = :id", Doctor.class)
                .setParameter("id", id)
                .getResultStream().findFirst();
    }
}
