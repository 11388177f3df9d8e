package ru.registratura.infrastructure.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ru.registratura.domain.content.HelpArticle;
import ru.registratura.domain.content.HelpArticleRepository;

@ApplicationScoped
public class JpaHelpArticleRepository implements HelpArticleRepository {

    @PersistenceContext(unitName = "registratura")
    private EntityManager em;

    @Override
    public List<HelpArticle> all() {
        return em.createQuery("select distinct a from HelpArticle a left join fetch a.related"
                + " order by a.sortOrder, a.title", HelpArticle.class).getResultList();
    }

    @Override
    public Optional<HelpArticle> find(long id) {
        return Optional.ofNullable(em.find(HelpArticle.class, id));
    }

    @Override
    public Optional<HelpArticle> findBySlug(String slug) {
        return em.createQuery("select a from HelpArticle a where a.slug = :slug", HelpArticle.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    @Override
    public void store(HelpArticle article) {
        if (article.getId() == null) {
            em.persist(article);
        }
    }

    @Override
    public void remove(HelpArticle article) {
        em.remove(article);
    }
}
