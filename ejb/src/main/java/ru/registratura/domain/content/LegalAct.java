package ru.registratura.domain.content;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A legal act that governs the portal («Законодательство»): federal or the region's, with its number and date. */
@Entity
@Table(name = "legal_act")
public class LegalAct implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Whose act it is: the federation's or the region's. */
    public enum Level {
        FEDERAL, REGIONAL
    }

    public static final int TITLE_MAX = 500;
    public static final int NUMBER_MAX = 60;

    @Id
    @SequenceGenerator(name = "legal_act_seq", sequenceName = "legal_act_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "legal_act_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "level", nullable = false)
    private Level level;

    @Column(name = "title", nullable = false)
    private String title;

    /** Null: the act has no number (or it is not known). */
    @Column(name = "number")
    private String number;

    @Column(name = "adopted_on")
    private LocalDate adoptedOn;

    /** An http(s) address of the act's text, or null. */
    @Column(name = "url")
    private String url;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Version
    @Column(name = "version")
    private long version;

    protected LegalAct() {
    }

    public LegalAct(Level level, String title, String number, LocalDate adoptedOn, String url, int sortOrder) {
        change(level, title, number, adoptedOn, url, sortOrder);
    }

    /** An admin's change (checked by the admin service before; the invariants again here). */
    public final void change(Level level, String title, String number, LocalDate adoptedOn, String url, int sortOrder) {
        if (level == null || title == null || title.isBlank() || title.length() > TITLE_MAX) {
            throw new IllegalArgumentException("a legal act has a level and a title");
        }
        if (url != null && !SafeLinks.isSafe(url)) {
            throw new IllegalArgumentException("a legal act's link is an http(s) address");
        }
        this.level = level;
        this.title = title;
        this.number = number;
        this.adoptedOn = adoptedOn;
        this.url = url;
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
    }

    public Level getLevel() {
        return level;
    }

    public String getTitle() {
        return title;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getAdoptedOn() {
        return adoptedOn;
    }

    public String getUrl() {
        return url;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
