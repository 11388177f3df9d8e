package ru.registratura.domain.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface BannerRepository {

    /** The banners shown on that day, in their order. */
    List<Banner> findShownOn(LocalDate day);

    /** All banners, shown or not, in their order. */
    List<Banner> all();

    Optional<Banner> find(long id);

    void store(Banner banner);

    void remove(Banner banner);
}
