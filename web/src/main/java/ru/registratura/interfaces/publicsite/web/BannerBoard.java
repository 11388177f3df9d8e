package ru.registratura.interfaces.publicsite.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.registratura.application.PublicContent;
import ru.registratura.domain.content.Banner;

/** The banners of the home page. */
@Named
@RequestScoped
public class BannerBoard {

    @Inject
    private PublicContent content;

    private List<Banner> banners;

    public List<Banner> getBanners() {
        if (banners == null) {
            banners = content.banners();
        }
        return banners;
    }
}
