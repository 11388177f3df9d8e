package ru.registratura.interfaces.staff.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.registratura.application.HelpAdminService;
import ru.registratura.application.HelpAdminService.HelpForm;
import ru.registratura.application.StaffAccessDeniedException;
import ru.registratura.domain.content.HelpArticle;
import ru.registratura.interfaces.shared.web.Markdown;
import ru.registratura.interfaces.shared.web.PageMessages;

/**
 * An article of the help centre ({@code staff/help-article.xhtml}, {@code ?id=} to change one): title, address,
 * Markdown text, place, published, related articles; «Предпросмотр» shows the text as patients will see it.
 */
@Named
@ViewScoped
public class HelpArticlePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    HelpAdminService admin;

    @Inject
    CurrentStaff current;

    private Long id;
    private String slug;
    private String title;
    private String body;
    private Integer sortOrder;
    private boolean published;
    private List<Long> related = new ArrayList<>();
    private List<SelectItem> others = List.of();
    private boolean previewing;

    public void load() {
        try {
            List<HelpArticle> all = admin.all(current.actor());
            others = all.stream().filter(a -> !a.getId().equals(id))
                    .map(a -> new SelectItem(a.getId(), a.getTitle())).toList();
            if (id == null) {
                return;
            }
            Optional<HelpArticle> found = all.stream().filter(a -> a.getId().equals(id)).findFirst();
            if (found.isEmpty()) {
                PageMessages.notFound();
                return;
            }
            HelpArticle article = found.get();
            slug = article.getSlug();
            title = article.getTitle();
            body = article.getBody();
            sortOrder = article.getSortOrder();
            published = article.isPublished();
            related = new ArrayList<>(article.getRelated().stream().map(HelpArticle::getId).toList());
        } catch (StaffAccessDeniedException e) {
            PageMessages.notFound();
        }
    }

    public void preview() {
        previewing = true;
    }

    /** The text as the help centre will show it. */
    public String getPreviewHtml() {
        return Markdown.html(body);
    }

    public String save() {
        if (!DirectoryForms.saved("helpForm", () -> admin.save(current.actor(), id, new HelpForm(slug, title, body, sortOrder, published, new HashSet<>(related))))) {
            previewing = false;
            return null;
        }
        PageMessages.flash("staff.help.saved");
        return "/staff/help?faces-redirect=true";
    }

    public boolean isAdding() {
        return id == null;
    }

    public boolean isPreviewing() {
        return previewing;
    }

    public List<SelectItem> getOthers() {
        return others;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Integer getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(Integer sortOrder) {
        this.sortOrder = sortOrder;
    }

    public boolean isPublished() {
        return published;
    }

    public void setPublished(boolean published) {
        this.published = published;
    }

    public List<Long> getRelated() {
        return related;
    }

    public void setRelated(List<Long> related) {
        this.related = related;
    }
}
