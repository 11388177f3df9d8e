package ru.registratura.infrastructure.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

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
    public List<Banner> all() {
        return em.createQuery("select b from Banner b order by b.sortOrder, b.id", Banner.class).getResultList();
    }

    @Override
    public Optional<Banner> find(long id) {
        return Optional.ofNullable(em.find(Banner.class, id));
    }

    @Override
    public void store(Banner banner) {
        if (banner.getId() == null) {
            em.persist(banner);
        }
    }

    @Override
    public void remove(Banner banner) {
        em.remove(banner);
    }
}
