package ru.registratura.application;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import ru.registratura.domain.content.Banner;
import ru.registratura.domain.content.LegalAct;
import ru.registratura.domain.directory.Institution;
import ru.registratura.domain.directory.Municipality;
import ru.registratura.infrastructure.config.RegionSettings;

/**
 * What the public pages show, kept in memory between admins' changes: the institutions with their divisions, the
 * municipal districts, the doctors, today's banners, the help centre and the legal acts. The home page and the directory page read no database while nothing changes. An admin's
 * change ({@link PublicContentChanged}) drops the copy as soon as its transaction has committed, so the next
 * visitor sees it; the banners are also read again when the region's day changes. A copy loaded while a change
 * was committing is not kept (the generation count tells), so a stale list never outlives the change. The lists
 * hold detached entities that the pages only read. The other instances of a cluster are told through the data grid
 * ({@code ClusterContentBus}) and drop their copies too.
 */
@ApplicationScoped
public class PublicContent {

    @Inject
    DirectoryService directory;

    @Inject
    ContentService content;

    @Inject
    RegionSettings region;

    private final AtomicLong directoryGeneration = new AtomicLong();
    private final AtomicLong bannerGeneration = new AtomicLong();
    private final AtomicLong helpGeneration = new AtomicLong();
    private volatile HelpCentre help;
    private final AtomicLong legalGeneration = new AtomicLong();
    private volatile List<LegalAct> legalActs;
    private volatile List<Institution> institutions;
    private volatile DirectoryCopy copy;
    private volatile DayBanners banners;

    private record DayBanners(LocalDate day, List<Banner> banners) {
    }

    private record DirectoryCopy(List<Municipality> municipalities, List<PublicDoctor> doctors) {
    }

    /** The region's institutions by name, each with its divisions. */
    public List<Institution> institutions() {
        List<Institution> cached = institutions;
        if (cached == null) {
            long generation = directoryGeneration.get();
            cached = List.copyOf(directory.institutions());
            if (directoryGeneration.get() == generation) {
                institutions = cached;
            }
        }
        return cached;
    }

    /** The region's municipal districts in their order. */
    public List<Municipality> municipalities() {
        return directoryCopy().municipalities();
    }

    /** The doctors who receive patients, by name. */
    public List<PublicDoctor> doctors() {
        return directoryCopy().doctors();
    }

    private DirectoryCopy directoryCopy() {
        DirectoryCopy cached = copy;
        if (cached == null) {
            long generation = directoryGeneration.get();
            cached = new DirectoryCopy(List.copyOf(directory.municipalities()), List.copyOf(directory.doctors()));
            if (directoryGeneration.get() == generation) {
                copy = cached;
            }
        }
        return cached;
    }

    /** The banners shown today in the region, in their order. */
    public List<Banner> banners() {
        LocalDate today = region.today();
        DayBanners cached = banners;
        if (cached == null || !cached.day().equals(today)) {
            long generation = bannerGeneration.get();
            cached = new DayBanners(today, List.copyOf(content.currentBanners()));
            if (bannerGeneration.get() == generation) {
                banners = cached;
            }
        }
        return cached.banners();
    }

    /** The help centre's published articles and their search. */
    public HelpCentre help() {
        HelpCentre cached = help;
        if (cached == null) {
            long generation = helpGeneration.get();
            cached = content.helpCentre();
            if (helpGeneration.get() == generation) {
                help = cached;
            }
        }
        return cached;
    }

    /** The legal acts, federal first, then the region's. */
    public List<LegalAct> legalActs() {
        List<LegalAct> cached = legalActs;
        if (cached == null) {
            long generation = legalGeneration.get();
            cached = List.copyOf(content.legalActs());
            if (legalGeneration.get() == generation) {
                legalActs = cached;
            }
        }
        return cached;
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublicContentChanged change) {
        drop(change.what());
    }

    /** Drops the copy of what changed (here, or on another instance of the cluster). */
    public void drop(PublicContentChanged.What what) {
        switch (what) {
            case DIRECTORY -> {
                directoryGeneration.incrementAndGet();
                institutions = null;
                copy = null;
            }
            case BANNERS -> {
                bannerGeneration.incrementAndGet();
                banners = null;
            }
            case HELP -> {
                helpGeneration.incrementAndGet();
                help = null;
            }
            case LEGAL_ACTS -> {
                legalGeneration.incrementAndGet();
                legalActs = null;
            }
        }
    }
}
