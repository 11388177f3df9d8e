package ru.registratura.domain.attachment;

import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A card's attachment search: one row per card, kept apart from the card so that the background search
 * and the patient's edits never overwrite each other.
 */
@Entity
@Table(name = "attachment_search")
public class AttachmentSearch implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "card_id")
    private Long cardId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private SearchStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "entry_id")
    private RegisterEntry entry;

    @Enumerated(EnumType.STRING)
    @Column(name = "matched_by")
    private MatchedBy matchedBy;

    @Column(name = "requested_at", nullable = false)
    private OffsetDateTime requestedAt;

    @Column(name = "finished_at")
    private OffsetDateTime finishedAt;

    @Version
    @Column(name = "version")
    private long version;

    protected AttachmentSearch() {
    }

    public AttachmentSearch(long cardId, Instant now) {
        this.cardId = cardId;
        restart(now);
    }

    /** PENDING again: the card changed, or the patient retries a failed search. */
    public void restart(Instant now) {
        status = SearchStatus.PENDING;
        entry = null;
        matchedBy = null;
        requestedAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        finishedAt = null;
    }

    /**
     * Whether a match may attach the card: a match by policy or SNILS (each with the birth date) always; a match by
     * name and birth date alone only when ESIA verified the card's person, since a relative typed by hand could
     * be given any namesake's name.
     */
    public static boolean trusted(AttachmentMatcher.Match match, boolean verifiedCard) {
        return match.by() != MatchedBy.NAME || verifiedCard;
    }

    /**
     * Takes the register's answer: FOUND with the entry when the match is {@link #trusted}, NAME_ONLY (no entry
     * kept) when it is not, NOT_FOUND when there is none. Returns the new status.
     */
    public SearchStatus settle(Optional<AttachmentMatcher.Match> match, boolean verifiedCard, Instant now) {
        if (match.isEmpty()) {
            notFound(now);
        } else if (trusted(match.get(), verifiedCard)) {
            found(match.get().entry(), match.get().by(), now);
        } else {
            this.status = SearchStatus.NAME_ONLY;
            this.entry = null;
            this.matchedBy = MatchedBy.NAME;
            this.finishedAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        }
        return status;
    }

    public void found(RegisterEntry entry, MatchedBy matchedBy, Instant now) {
        this.status = SearchStatus.FOUND;
        this.entry = entry;
        this.matchedBy = matchedBy;
        this.finishedAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    }

    public void notFound(Instant now) {
        this.status = SearchStatus.NOT_FOUND;
        this.finishedAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    }

    public void failed(Instant now) {
        this.status = SearchStatus.FAILED;
        this.finishedAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    }

    public Long getCardId() {
        return cardId;
    }

    public SearchStatus getStatus() {
        return status;
    }

    /** The register entry found; null unless FOUND. */
    public RegisterEntry getEntry() {
        return entry;
    }

    public MatchedBy getMatchedBy() {
        return matchedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt.toInstant();
    }

    public Instant getFinishedAt() {
        return finishedAt == null ? null : finishedAt.toInstant();
    }
}
