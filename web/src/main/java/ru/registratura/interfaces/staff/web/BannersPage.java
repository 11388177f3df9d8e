package ru.registratura.interfaces.staff.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.registratura.application.BannerAdminService;
import ru.registratura.application.StaffAccessDeniedException;
import ru.registratura.domain.content.Banner;
import ru.registratura.infrastructure.config.RegionSettings;
import ru.registratura.interfaces.shared.web.PageMessages;

/** «Баннеры» of an admin: all banners in their order, shown today or not, to move, change or delete. */
@Named
@RequestScoped
public class BannersPage {

    @Inject
    BannerAdminService admin;

    @Inject
    CurrentStaff current;

    @Inject
    RegionSettings region;

    private List<Banner> banners;

    public List<Banner> getBanners() {
        if (banners == null) {
            try {
                banners = admin.all(current.actor());
            } catch (StaffAccessDeniedException e) {
                banners = List.of();
                PageMessages.error(null, "staff.forbidden.admin");
            }
        }
        return banners;
    }

    public boolean shownToday(Banner banner) {
        return banner.isShownOn(region.today());
    }

    public String up(long id) {
        admin.move(current.actor(), id, true);
        return "/staff/banners?faces-redirect=true";
    }

    public String down(long id) {
        admin.move(current.actor(), id, false);
        return "/staff/banners?faces-redirect=true";
    }

    public String delete(long id) {
        admin.delete(current.actor(), id);
        PageMessages.flash("staff.banner.deleted");
        return "/staff/banners?faces-redirect=true";
    }
}
