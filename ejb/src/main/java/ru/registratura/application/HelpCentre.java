package ru.registratura.application;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ru.registratura.domain.content.HelpArticle;
import ru.registratura.domain.content.HelpSearch;

/**
 * The help centre as patients see it: the published articles in their order, each with its published related
 * articles, and the search over them. Values only (no entity), kept by {@link PublicContent} until an admin's
 * change.
 */
public final class HelpCentre {

    /** An article named by another: its address and title. */
    public record Link(String slug, String title) implements Serializable {
    }

    /** A published article: its body is Markdown, rendered and sanitised by the page that shows it. */
    public record Page(String slug, String title, String body, List<Link> related) implements Serializable {
    }

    private final List<Page> pages;
    private final Map<String, Page> bySlug = new LinkedHashMap<>();
    private final HelpSearch<Page> search;

    HelpCentre(List<HelpArticle> articles) {
        pages = articles.stream().filter(HelpArticle::isPublished)
                .map(a -> new Page(a.getSlug(), a.getTitle(), a.getBody(), a.publishedRelated().stream()
                        .map(r -> new Link(r.getSlug(), r.getTitle())).toList()))
                .toList();
        pages.forEach(p -> bySlug.put(p.slug(), p));
        search = new HelpSearch<>(pages, Page::title, Page::body);
    }

    public List<Page> pages() {
        return pages;
    }

    public Optional<Page> page(String slug) {
        return Optional.ofNullable(slug == null ? null : bySlug.get(slug));
    }

    /** The published articles that match the query, best first. */
    public List<Page> search(String query) {
        return search.find(query);
    }
}
