package ru.registratura.interfaces.staff.web;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.registratura.application.LegalActAdminService;
import ru.registratura.application.LegalActAdminService.LegalActForm;
import ru.registratura.application.StaffAccessDeniedException;
import ru.registratura.domain.content.LegalAct;
import ru.registratura.interfaces.shared.web.PageMessages;

/** A legal act of an admin ({@code staff/legal-act.xhtml}, {@code ?id=} to change one). */
@Named
@ViewScoped
public class LegalActPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LegalActAdminService admin;

    @Inject
    CurrentStaff current;

    private Long id;
    private LegalAct.Level level = LegalAct.Level.FEDERAL;
    private String title;
    private String number;
    private LocalDate adoptedOn;
    private String url;
    private Integer sortOrder;

    public void load() {
        if (id == null) {
            return;
        }
        try {
            admin.find(current.actor(), id).ifPresentOrElse(act -> {
                level = act.getLevel();
                title = act.getTitle();
                number = act.getNumber();
                adoptedOn = act.getAdoptedOn();
                url = act.getUrl();
                sortOrder = act.getSortOrder();
            }, PageMessages::notFound);
        } catch (StaffAccessDeniedException e) {
            PageMessages.notFound();
        }
    }

    public String save() {
        if (!DirectoryForms.saved("legalForm", () -> admin.save(current.actor(), id, new LegalActForm(level, title, number, adoptedOn, url, sortOrder)))) {
            return null;
        }
        PageMessages.flash("staff.legal.saved");
        return "/staff/legal-acts?faces-redirect=true";
    }

    public boolean isAdding() {
        return id == null;
    }

    public LegalAct.Level[] getLevels() {
        return LegalAct.Level.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public LegalAct.Level getLevel() {
        return level;
    }

    public void setLevel(LegalAct.Level level) {
        this.level = level;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public LocalDate getAdoptedOn() {
        return adoptedOn;
    }

    public void setAdoptedOn(LocalDate adoptedOn) {
        this.adoptedOn = adoptedOn;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public Integer getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(Integer sortOrder) {
        this.sortOrder = sortOrder;
    }
}
