package ru.registratura.domain.content;

import java.util.List;
import java.util.Optional;

public interface HelpArticleRepository {

    /** Every article, published or not, in the help centre's order, with its related articles. */
    List<HelpArticle> all();

    Optional<HelpArticle> find(long id);

    Optional<HelpArticle> findBySlug(String slug);

    void store(HelpArticle article);

    void remove(HelpArticle article);
}
