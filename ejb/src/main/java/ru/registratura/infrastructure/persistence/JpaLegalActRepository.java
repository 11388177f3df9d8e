package ru.registratura.infrastructure.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ru.registratura.domain.content.LegalAct;
import ru.registratura.domain.content.LegalActRepository;

@ApplicationScoped
public class JpaLegalActRepository implements LegalActRepository {

    @PersistenceContext(unitName = "registratura")
    private EntityManager em;

    @Override
    public List<LegalAct> all() {
        return em.createQuery("select a from LegalAct a order by a.level, a.sortOrder, a.id", LegalAct.class)
                .getResultList();
    }

    @Override
    public Optional<LegalAct> find(long id) {
        return Optional.ofNullable(em.find(LegalAct.class, id));
    }

    @Override
    public void store(LegalAct act) {
        if (act.getId() == null) {
            em.persist(act);
        }
    }

    @Override
    public void remove(LegalAct act) {
        em.remove(act);
    }
}
