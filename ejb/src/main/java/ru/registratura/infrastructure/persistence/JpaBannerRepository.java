package ru.registratura.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import ru.registratura.domain.content.Banner;
import ru.registratura.domain.content.BannerRepository;

@ApplicationScoped
public class JpaBannerRepository implements BannerRepository {

    @PersistenceContext(unitName = "registratura")
    private EntityManager em;

    @Override
    public List<Banner> findShownOn(LocalDate day) {
        return em.createQuery("""
                select b from Banner b
                where b.shownFrom <= :day and (b.shownUntil is null or b.shownUntil >= :day)
                order by b.sortOrder, b.id""", Banner.class)
                .setParameter("day", day)
                .getResultList();
    }

    @Override
    public void store(Banner banner) {
        em.persist(banner);
    }
}
