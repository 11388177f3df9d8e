package ru.registratura.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import ru.registratura.domain.directory.Doctor;
import ru.registratura.domain.directory.DoctorRepository;

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
}
