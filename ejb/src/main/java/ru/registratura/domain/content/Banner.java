package ru.registratura.domain.content;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An information banner of the home page, shown from one day until another in the given order. */
@Entity
@Table(name = "banner")
public class Banner implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "banner_seq", sequenceName = "banner_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "banner_seq")
    private Long id;

    @Column(name = "title")
    private String title;

    @Column(name = "body", nullable = false)
    private String body;

    @Column(name = "link_url")
    private String linkUrl;

    @Column(name = "link_text")
    private String linkText;

    @Column(name = "shown_from", nullable = false)
    private LocalDate shownFrom;

    /** Null: shown until removed. */
    @Column(name = "shown_until")
    private LocalDate shownUntil;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Version
    @Column(name = "version")
    private long version;

    protected Banner() {
    }

    public Banner(String title, String body, String linkUrl, String linkText, LocalDate shownFrom,
            LocalDate shownUntil, int sortOrder) {
        if (shownUntil != null && shownUntil.isBefore(shownFrom)) {
            throw new IllegalArgumentException("a banner must be shown for at least one day");
        }
        this.title = title;
        this.body = Objects.requireNonNull(body);
        this.linkUrl = linkUrl;
        this.linkText = linkText;
        this.shownFrom = Objects.requireNonNull(shownFrom);
        this.shownUntil = shownUntil;
        this.sortOrder = sortOrder;
    }

    /** An admin's change of the banner (the same checks as a new one). */
    public void change(String title, String body, String linkUrl, String linkText, LocalDate shownFrom,
                       LocalDate shownUntil) {
        if (shownUntil != null && shownUntil.isBefore(shownFrom)) {
            throw new IllegalArgumentException("a banner must be shown for at least one day");
        }
        this.title = title;
        this.body = Objects.requireNonNull(body);
        this.linkUrl = linkUrl;
        this.linkText = linkText;
        this.shownFrom = Objects.requireNonNull(shownFrom);
        this.shownUntil = shownUntil;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public boolean isShownOn(LocalDate day) {
        return !day.isBefore(shownFrom) && (shownUntil == null || !day.isAfter(shownUntil));
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getLinkUrl() {
        return linkUrl;
    }

    public String getLinkText() {
        return linkText;
    }

    public LocalDate getShownFrom() {
        return shownFrom;
    }

    public LocalDate getShownUntil() {
        return shownUntil;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
