package ru.registratura.interfaces.publicsite.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import ru.registratura.application.HelpCentre;
import ru.registratura.application.HelpCentre.Page;
import ru.registratura.application.PublicContent;
import ru.registratura.interfaces.shared.web.Markdown;
import ru.registratura.interfaces.shared.web.PageMessages;

/**
 * The help centre's public pages ({@code help/index.xhtml}: the articles and the search, {@code ?q=};
 * {@code help/article.xhtml?a=<address>}: one article with its related ones). Read from {@link PublicContent}'s
 * copy: no database while nothing changes; stateless pages, no session.
 */
@Named("help")
@RequestScoped
public class HelpPages {

    /** The longest search the page takes; the rest of a longer query is not read. */
    static final int QUERY_MAX = 200;

    @Inject
    PublicContent content;

    @Inject
    HttpServletRequest request;

    private HelpCentre centre;
    private Page article;
    private List<Page> results;

    private HelpCentre centre() {
        if (centre == null) {
            centre = content.help();
        }
        return centre;
    }

    public List<Page> getArticles() {
        return centre().pages();
    }

    /** What the visitor searched for ({@code ?q=}), or "". */
    public String getQuery() {
        String query = request.getParameter("q");
        if (query == null) {
            return "";
        }
        query = query.strip();
        return query.length() > QUERY_MAX ? query.substring(0, QUERY_MAX) : query;
    }

    public boolean isSearching() {
        return !getQuery().isEmpty();
    }

    /** The search's results, found once per request (the page asks for them more than once). */
    public List<Page> getResults() {
        if (results == null) {
            results = centre().search(getQuery());
        }
        return results;
    }

    /** The view action of the article page: the article of {@code ?a=}, or 404 when none is published there. */
    public void loadArticle() {
        article = centre().page(request.getParameter("a")).orElse(null);
        if (article == null) {
            PageMessages.notFound();
        }
    }

    public Page getArticle() {
        return article;
    }

    /** The article's body as safe HTML ({@link Markdown}). */
    public String getArticleHtml() {
        return article == null ? "" : Markdown.html(article.body());
    }
}
