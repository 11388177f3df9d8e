package ru.registratura.infrastructure.persistence;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ru.registratura.domain.directory.Institution;
import ru.registratura.domain.directory.InstitutionRepository;

@ApplicationScoped
public class JpaInstitutionRepository implements InstitutionRepository {

    @PersistenceContext(unitName = "registratura")
    private EntityManager em;

    @Override
    public List<Institution> findAllWithDivisions() {
        // @OrderBy is not applied to a fetch-joined collection: the query orders the divisions itself,
        // and the join's repeated rows are folded here (DISTINCT would clash with ORDER BY d.name).
        List<Institution> rows = em.createQuery(
                "select i from Institution i left join fetch i.divisions d order by i.name, d.name",
                Institution.class).getResultList();
        return new ArrayList<>(new LinkedHashSet<>(rows));
    }
}
