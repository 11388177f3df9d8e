package ru.registratura.application;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import ru.registratura.domain.content.Banner;
import ru.registratura.domain.content.BannerRepository;
import ru.registratura.domain.content.HelpArticleRepository;
import ru.registratura.domain.content.LegalAct;
import ru.registratura.domain.content.LegalActRepository;
import ru.registratura.infrastructure.config.RegionSettings;

/** The home page's information banners, the help centre's articles and the legal acts. */
@Stateless
public class ContentService {

    @Inject
    private BannerRepository banners;

    @Inject
    private RegionSettings region;

    @Inject
    private HelpArticleRepository help;

    @Inject
    private LegalActRepository legalActs;

    /** The banners shown today (in the region's time zone), in their order. */
    public List<Banner> currentBanners() {
        return banners.findShownOn(region.today());
    }

    /** The help centre as patients see it, read in one transaction. */
    public HelpCentre helpCentre() {
        return new HelpCentre(help.all());
    }

    /** The legal acts: federal first, then the region's, each in its order. */
    public List<LegalAct> legalActs() {
        return legalActs.all();
    }
}
