package ru.registratura.domain.content;

import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An article of the help centre: its address (slug), title and body in Markdown, its place in the list, whether
 * patients see it, and the articles it names as related (shown under it, published ones only).
 */
@Entity
@Table(name = "help_article")
public class HelpArticle implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Latin letters, digits and hyphens: an address part that needs no encoding. */
    public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    public static final int SLUG_MAX = 80;
    public static final int TITLE_MAX = 200;
    public static final int BODY_MAX = 20000;

    @Id
    @SequenceGenerator(name = "help_article_seq", sequenceName = "help_article_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "help_article_seq")
    private Long id;

    @Column(name = "slug", nullable = false)
    private String slug;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "body", nullable = false)
    private String body;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "published", nullable = false)
    private boolean published;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @ManyToMany
    @JoinTable(name = "help_article_related", joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "related_id"))
    private Set<HelpArticle> related = new HashSet<>();

    @Version
    @Column(name = "version")
    private long version;

    protected HelpArticle() {
    }

    public HelpArticle(String slug, String title, String body, int sortOrder, boolean published, Instant now) {
        change(slug, title, body, sortOrder, published, now);
    }

    /** An admin's change (checked by the admin service before; the invariants again here). */
    public final void change(String slug, String title, String body, int sortOrder, boolean published, Instant now) {
        if (slug == null || slug.length() > SLUG_MAX || !SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("an article's address is latin letters, digits and hyphens");
        }
        if (title == null || title.isBlank() || title.length() > TITLE_MAX) {
            throw new IllegalArgumentException("an article has a title of at most " + TITLE_MAX + " characters");
        }
        if (body == null || body.isBlank() || body.length() > BODY_MAX) {
            throw new IllegalArgumentException("an article has a body of at most " + BODY_MAX + " characters");
        }
        this.slug = slug;
        this.title = title;
        this.body = body;
        this.sortOrder = sortOrder;
        this.published = published;
        this.updatedAt = OffsetDateTime.ofInstant(Objects.requireNonNull(now), ZoneOffset.UTC);
    }

    /** The related articles become these (never the article itself). */
    public void relateTo(Set<HelpArticle> articles) {
        related.clear();
        articles.stream().filter(a -> a != this && !Objects.equals(a.getId(), id)).forEach(related::add);
    }

    /** The related articles patients see, in the help centre's order. */
    public List<HelpArticle> publishedRelated() {
        return related.stream().filter(HelpArticle::isPublished)
                .sorted(Comparator.comparingInt(HelpArticle::getSortOrder).thenComparing(HelpArticle::getTitle))
                .toList();
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isPublished() {
        return published;
    }

    public Instant getUpdatedAt() {
        return updatedAt.toInstant();
    }

    public Set<HelpArticle> getRelated() {
        return Set.copyOf(related);
    }
}
