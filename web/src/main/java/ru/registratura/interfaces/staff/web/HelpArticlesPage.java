package ru.registratura.interfaces.staff.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.registratura.application.HelpAdminService;
import ru.registratura.application.StaffAccessDeniedException;
import ru.registratura.domain.content.HelpArticle;
import ru.registratura.interfaces.shared.web.PageMessages;

/** «Помощь» of an admin: every article in its order, published or not, to change or delete. */
@Named
@RequestScoped
public class HelpArticlesPage {

    @Inject
    HelpAdminService admin;

    @Inject
    CurrentStaff current;

    private List<HelpArticle> articles;

    public List<HelpArticle> getArticles() {
        if (articles == null) {
            try {
                articles = admin.all(current.actor());
            } catch (StaffAccessDeniedException e) {
                articles = List.of();
                PageMessages.error(null, "staff.forbidden.admin");
            }
        }
        return articles;
    }

    public String delete(long id) {
        admin.delete(current.actor(), id);
        PageMessages.flash("staff.help.deleted");
        return "/staff/help?faces-redirect=true";
    }
}
