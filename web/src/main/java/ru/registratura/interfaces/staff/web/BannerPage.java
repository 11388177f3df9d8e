package ru.registratura.interfaces.staff.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.registratura.application.BannerAdminService;
import ru.registratura.application.BannerAdminService.BannerForm;
import ru.registratura.application.StaffAccessDeniedException;
import ru.registratura.domain.content.Banner;
import ru.registratura.infrastructure.config.RegionSettings;
import ru.registratura.interfaces.shared.web.PageMessages;

/**
 * A banner of an admin ({@code staff/banner.xhtml}, {@code ?id=} to change one): title, text, link, shown
 * from / until; «Предпросмотр» shows it as the home page will, before saving.
 */
@Named
@ViewScoped
public class BannerPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BannerAdminService admin;

    @Inject
    CurrentStaff current;

    @Inject
    RegionSettings region;

    private Long id;
    private String title;
    private String body;
    private String linkUrl;
    private String linkText;
    private LocalDate shownFrom;
    private LocalDate shownUntil;
    private boolean previewing;

    public void load() {
        try {
            if (id == null) {
                shownFrom = region.today();
                return;
            }
            Optional<Banner> banner = admin.find(current.actor(), id);
            if (banner.isEmpty()) {
                PageMessages.notFound();
                return;
            }
            Banner b = banner.get();
            title = b.getTitle();
            body = b.getBody();
            linkUrl = b.getLinkUrl();
            linkText = b.getLinkText();
            shownFrom = b.getShownFrom();
            shownUntil = b.getShownUntil();
        } catch (StaffAccessDeniedException e) {
            PageMessages.notFound();
        }
    }

    private BannerForm form() {
        return new BannerForm(title, body, linkUrl, linkText, shownFrom, shownUntil);
    }

    public void preview() {
        previewing = true;
    }

    /** The banner as the form has it now, for the preview. */
    public List<Banner> getPreview() {
        return List.of(form().preview());
    }

    public String save() {
        if (!DirectoryForms.saved("bannerForm", () -> admin.save(current.actor(), id, form()))) {
            previewing = false;
            return null;
        }
        PageMessages.flash("staff.user.saved");
        return "/staff/banners?faces-redirect=true";
    }

    public boolean isAdding() {
        return id == null;
    }

    public boolean isPreviewing() {
        return previewing;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
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

    public String getLinkUrl() {
        return linkUrl;
    }

    public void setLinkUrl(String linkUrl) {
        this.linkUrl = linkUrl;
    }

    public String getLinkText() {
        return linkText;
    }

    public void setLinkText(String linkText) {
        this.linkText = linkText;
    }

    public LocalDate getShownFrom() {
        return shownFrom;
    }

    public void setShownFrom(LocalDate shownFrom) {
        this.shownFrom = shownFrom;
    }

    public LocalDate getShownUntil() {
        return shownUntil;
    }

    public void setShownUntil(LocalDate shownUntil) {
        this.shownUntil = shownUntil;
    }
}
