package ru.registratura.domain.content;

import java.time.LocalDate;
import java.util.List;

public interface BannerRepository {

    /** The banners shown on that day, in their order. */
    List<Banner> findShownOn(LocalDate day);

    void store(Banner banner);
}
