package ru.registratura.application;

import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import ru.registratura.domain.audit.AuditAction;
import ru.registratura.domain.audit.AuditEvent;
import ru.registratura.domain.audit.AuditOutcome;
import ru.registratura.domain.audit.AuditRepository;
import ru.registratura.domain.card.FieldError;
import ru.registratura.domain.card.InvalidCardException;
import ru.registratura.domain.content.HelpArticle;
import ru.registratura.domain.content.HelpArticleRepository;

/**
 * An admin's articles of the help centre: write (title, address, Markdown body, place, published or not, related
 * articles), change, delete. Admins only; every change is audited and reaches the public pages at once.
 */
@Stateless
public class HelpAdminService {

    @Inject
    Event<PublicContentChanged> changes;

    @Inject
    HelpArticleRepository articles;

    @Inject
    AuditRepository audit;

    @Inject
    Clock clock;

    /** What an admin enters for an article. */
    public record HelpForm(String slug, String title, String body, Integer sortOrder, boolean published,
                           Set<Long> related) implements Serializable {
    }

    public List<HelpArticle> all(StaffActor actor) {
        requireAdmin(actor);
        return articles.all();
    }

    public Optional<HelpArticle> find(StaffActor actor, long id) {
        requireAdmin(actor);
        return articles.find(id);
    }

    /** Saves a new article or changes one; refuses bad input with its fields and changes nothing then. */
    public long save(StaffActor actor, Long id, HelpForm form) {
        requireAdmin(actor);
        HelpArticle existing = id == null ? null
                : articles.find(id).orElseThrow(() -> new StaffAccessDeniedException("no article " + id));
        List<FieldError> problems = problems(form, existing);
        if (!problems.isEmpty()) {
            record(actor, AuditOutcome.INVALID_INPUT, id, String.join(",", problems.stream().map(FieldError::field).toList()));
            throw new InvalidCardException(problems);
        }
        String slug = form.slug().strip();
        String title = form.title().strip();
        String body = form.body().strip();
        int order = form.sortOrder() == null ? nextOrder() : form.sortOrder();
        HelpArticle article = existing;
        if (article == null) {
            article = new HelpArticle(slug, title, body, order, form.published(), clock.instant());
            articles.store(article);
        } else {
            article.change(slug, title, body, order, form.published(), clock.instant());
        }
        Set<HelpArticle> related = new HashSet<>();
        for (Long relatedId : form.related() == null ? Set.<Long>of() : form.related()) {
            articles.find(relatedId).ifPresent(related::add);
        }
        article.relateTo(related);
        record(actor, AuditOutcome.SUCCESS, article.getId(), existing == null ? "created" : "changed");
        return article.getId();
    }

    public void delete(StaffActor actor, long id) {
        requireAdmin(actor);
        articles.find(id).ifPresent(article -> {
            articles.remove(article);
            record(actor, AuditOutcome.SUCCESS, id, "deleted");
        });
    }

    private int nextOrder() {
        List<HelpArticle> all = articles.all();
        return all.isEmpty() ? 10 : all.get(all.size() - 1).getSortOrder() + 10;
    }

    private List<FieldError> problems(HelpForm form, HelpArticle existing) {
        List<FieldError> problems = new ArrayList<>();
        String slug = form.slug() == null ? "" : form.slug().strip();
        if (slug.isEmpty()) {
            problems.add(new FieldError("slug", "staff.help.slug.required", List.of()));
        } else if (slug.length() > HelpArticle.SLUG_MAX || !HelpArticle.SLUG.matcher(slug).matches()) {
            problems.add(new FieldError("slug", "staff.help.slug.format", List.of()));
        } else {
            Optional<HelpArticle> same = articles.findBySlug(slug);
            if (same.isPresent() && same.get() != existing) {
                problems.add(new FieldError("slug", "staff.help.slug.taken", List.of()));
            }
        }
        if (form.title() == null || form.title().isBlank()) {
            problems.add(new FieldError("title", "staff.help.title.required", List.of()));
        } else if (form.title().strip().length() > HelpArticle.TITLE_MAX) {
            problems.add(new FieldError("title", "staff.help.title.tooLong", List.of()));
        }
        if (form.body() == null || form.body().isBlank()) {
            problems.add(new FieldError("body", "staff.help.body.required", List.of()));
        } else if (form.body().strip().length() > HelpArticle.BODY_MAX) {
            problems.add(new FieldError("body", "staff.help.body.tooLong", List.of()));
        }
        if (form.sortOrder() != null && (form.sortOrder() < 0 || form.sortOrder() > 100_000)) {
            problems.add(new FieldError("sortOrder", "staff.help.sortOrder.range", List.of()));
        }
        return problems;
    }

    private void requireAdmin(StaffActor actor) {
        if (!actor.admin()) {
            record(actor, AuditOutcome.FORBIDDEN, null, "not an admin");
            throw new StaffAccessDeniedException("help");
        }
    }

    /** Audited; a change made also drops the public pages' copy of the help centre once it has committed. */
    private void record(StaffActor actor, AuditOutcome outcome, Long id, String detail) {
        audit.record(AuditEvent.ofStaff(clock.instant(), AuditAction.HELP_CHANGED, outcome, actor.userId(),
                actor.username(), actor.remoteAddress(), id, detail));
        if (outcome == AuditOutcome.SUCCESS) {
            changes.fire(new PublicContentChanged(PublicContentChanged.What.HELP));
        }
    }
}
