package ru.registratura.application;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import ru.registratura.domain.audit.AuditAction;
import ru.registratura.domain.audit.AuditEvent;
import ru.registratura.domain.audit.AuditOutcome;
import ru.registratura.domain.audit.AuditRepository;
import ru.registratura.domain.card.FieldError;
import ru.registratura.domain.card.InvalidCardException;
import ru.registratura.domain.content.Banner;
import ru.registratura.domain.content.BannerRepository;

/**
 * An admin's banners of the home page: create, change, order, delete; shown from / until a day. A link
 * goes to an {@code https://} or {@code http://} address or a path of the portal, never a script. Admins
 * only; every change is audited.
 */
@Stateless
public class BannerAdminService {

    @Inject
    Event<PublicContentChanged> changes;

    @Inject
    BannerRepository banners;

    @Inject
    AuditRepository audit;

    @Inject
    Clock clock;

    /** What an admin enters for a banner. */
    public record BannerForm(String title, String body, String linkUrl, String linkText, LocalDate shownFrom,
                             LocalDate shownUntil) implements Serializable {

        /** An unsaved banner of these values, for the preview. */
        public Banner preview() {
            // A link that would be refused is not shown in the preview either (never a javascript: link).
            return new Banner(blankToNull(title), body == null ? "" : body.strip(),
                    safeLink(blankToNull(linkUrl)) ? blankToNull(linkUrl) : null,
                    blankToNull(linkText), shownFrom == null ? LocalDate.now() : shownFrom,
                    shownUntil != null && shownFrom != null && shownUntil.isBefore(shownFrom) ? null : shownUntil, 0);
        }
    }

    public List<Banner> all(StaffActor actor) {
        requireAdmin(actor);
        return banners.all();
    }

    public Optional<Banner> find(StaffActor actor, long id) {
        requireAdmin(actor);
        return banners.find(id);
    }

    /** Saves a new banner (last in the order) or changes one; refuses bad input with its fields. */
    public long save(StaffActor actor, Long id, BannerForm form) {
        requireAdmin(actor);
        List<FieldError> problems = problems(form);
        if (!problems.isEmpty()) {
            record(actor, AuditOutcome.INVALID_INPUT, id, String.join(",", problems.stream().map(FieldError::field).toList()));
            throw new InvalidCardException(problems);
        }
        Banner banner;
        if (id == null) {
            List<Banner> all = banners.all();
            int last = all.isEmpty() ? 0 : all.get(all.size() - 1).getSortOrder() + 10;
            banner = new Banner(blankToNull(form.title()), form.body().strip(), blankToNull(form.linkUrl()),
                    blankToNull(form.linkText()), form.shownFrom(), form.shownUntil(), last);
            banners.store(banner);
        } else {
            banner = banners.find(id).orElseThrow(() -> new StaffAccessDeniedException("no banner " + id));
            banner.change(blankToNull(form.title()), form.body().strip(), blankToNull(form.linkUrl()),
                    blankToNull(form.linkText()), form.shownFrom(), form.shownUntil());
        }
        record(actor, AuditOutcome.SUCCESS, banner.getId(), id == null ? "created" : "changed");
        return banner.getId();
    }

    /** Moves the banner one place up (earlier) or down in the order. */
    public void move(StaffActor actor, long id, boolean up) {
        requireAdmin(actor);
        List<Banner> all = new ArrayList<>(banners.all());
        for (int i = 0; i < all.size(); i++) {
            all.get(i).setSortOrder(i * 10);
        }
        int at = -1;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).getId() == id) {
                at = i;
            }
        }
        int other = up ? at - 1 : at + 1;
        if (at < 0 || other < 0 || other >= all.size()) {
            return;
        }
        all.get(at).setSortOrder(other * 10);
        all.get(other).setSortOrder(at * 10);
        record(actor, AuditOutcome.SUCCESS, id, up ? "moved up" : "moved down");
    }

    public void delete(StaffActor actor, long id) {
        requireAdmin(actor);
        banners.find(id).ifPresent(banner -> {
            banners.remove(banner);
            record(actor, AuditOutcome.SUCCESS, id, "deleted");
        });
    }

    private static List<FieldError> problems(BannerForm form) {
        List<FieldError> problems = new ArrayList<>();
        if (form.title() != null && form.title().strip().length() > 200) {
            problems.add(new FieldError("title", "staff.banner.title.tooLong", List.of()));
        }
        if (form.body() == null || form.body().isBlank()) {
            problems.add(new FieldError("body", "staff.banner.body.required", List.of()));
        } else if (form.body().strip().length() > 2000) {
            problems.add(new FieldError("body", "staff.banner.body.tooLong", List.of()));
        }
        String url = blankToNull(form.linkUrl());
        if (url != null && !safeLink(url)) {
            problems.add(new FieldError("linkUrl", "staff.banner.linkUrl.format", List.of()));
        }
        if (form.linkText() != null && form.linkText().strip().length() > 200) {
            problems.add(new FieldError("linkText", "staff.banner.linkText.tooLong", List.of()));
        }
        if (form.shownFrom() == null) {
            problems.add(new FieldError("shownFrom", "staff.banner.shownFrom.required", List.of()));
        } else if (form.shownUntil() != null && form.shownUntil().isBefore(form.shownFrom())) {
            problems.add(new FieldError("shownUntil", "staff.banner.shownUntil.beforeFrom", List.of()));
        }
        return problems;
    }

    /** An http(s) address or a path of the portal, at most 500 characters; nothing else is a banner's link. */
    static boolean safeLink(String url) {
        return url != null && url.length() <= 500
                && (url.matches("(?i)https?://[^\\s\"<>]+") || url.matches("/[^/\\s\"<>][^\\s\"<>]*"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private void requireAdmin(StaffActor actor) {
        if (!actor.admin()) {
            record(actor, AuditOutcome.FORBIDDEN, null, "not an admin");
            throw new StaffAccessDeniedException("banners");
        }
    }

    /** Audited; a change made also drops the home page's copy of the banners once it has committed. */
    private void record(StaffActor actor, AuditOutcome outcome, Long id, String detail) {
        audit.record(AuditEvent.ofStaff(clock.instant(), AuditAction.BANNER_CHANGED, outcome, actor.userId(),
                actor.username(), actor.remoteAddress(), id, detail));
        if (outcome == AuditOutcome.SUCCESS) {
            changes.fire(new PublicContentChanged(PublicContentChanged.What.BANNERS));
        }
    }
}
