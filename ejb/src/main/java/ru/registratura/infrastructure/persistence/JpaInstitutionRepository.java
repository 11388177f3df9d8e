package ru.registratura.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import ru.registratura.domain.directory.Institution;
import ru.registratura.domain.directory.InstitutionRepository;

@ApplicationScoped
public class JpaInstitutionRepository implements InstitutionRepository {

    @PersistenceContext(unitName = "registratura")
    private EntityManager em;

    @Override
    public List<Institution> findAllWithDivisions() {
        return em.createQuery(
                "select distinct i from Institution i left join fetch i.divisions order by i.name",
                Institution.class).getResultList();
    }

    @Override
    public Institution find(long id) {
        return em.find(Institution.class, id);
    }

    @Override
    public void store(Institution institution) {
        em.persist(institution);
    }
}
