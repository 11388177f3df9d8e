package ru.registratura.domain.attachment;

import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * An import of the attachment register file. Written once when it starts; the job advances its counters and
 * status with plain updates ({@link RegisterImportRepository}), so this entity is only read afterwards.
 */
@Entity
@Table(name = "register_import")
public class RegisterImport implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Status { RUNNING, COMPLETED, FAILED }

    @Id
    @SequenceGenerator(name = "register_import_seq", sequenceName = "register_import_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "register_import_seq")
    private Long id;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "total_lines", nullable = false, updatable = false)
    private int totalLines;

    @Column(name = "staff_user_id", nullable = false, updatable = false)
    private long staffUserId;

    @Column(name = "job_execution_id", insertable = false, updatable = false)
    private Long jobExecutionId;

    /** The instance whose batch runtime runs the job (the execution id is that runtime's). */
    @Column(name = "job_instance", insertable = false, updatable = false)
    private String jobInstance;

    @Column(name = "status", nullable = false, updatable = false)
    @Enumerated(EnumType.STRING)
    private Status status;

    @Column(name = "started_at", nullable = false, updatable = false)
    private OffsetDateTime startedAt;

    @Column(name = "loaded_at", insertable = false, updatable = false)
    private OffsetDateTime loadedAt;

    @Column(name = "finished_at", insertable = false, updatable = false)
    private OffsetDateTime finishedAt;

    @Column(name = "rows_read", insertable = false, updatable = false)
    private int read;

    @Column(name = "rows_added", insertable = false, updatable = false)
    private int added;

    @Column(name = "rows_updated", insertable = false, updatable = false)
    private int updated;

    @Column(name = "rows_unchanged", insertable = false, updatable = false)
    private int unchanged;

    @Column(name = "rows_rejected", insertable = false, updatable = false)
    private int rejected;

    @Column(name = "searches_rerun", insertable = false, updatable = false)
    private Integer searchesRerun;

    @Column(name = "searches_found", insertable = false, updatable = false)
    private Integer searchesFound;

    protected RegisterImport() {
    }

    public RegisterImport(String fileName, int totalLines, long staffUserId, Instant now) {
        this.fileName = fileName;
        this.totalLines = totalLines;
        this.staffUserId = staffUserId;
        this.status = Status.RUNNING;
        this.startedAt = now.atOffset(ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    /** Lines of the file after its header: what the job reads. */
    public int getDataLines() {
        return Math.max(0, totalLines - 1);
    }

    public long getStaffUserId() {
        return staffUserId;
    }

    public Long getJobExecutionId() {
        return jobExecutionId;
    }

    public String getJobInstance() {
        return jobInstance;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getStartedAt() {
        return startedAt.toInstant();
    }

    public Instant getLoadedAt() {
        return loadedAt == null ? null : loadedAt.toInstant();
    }

    public Instant getFinishedAt() {
        return finishedAt == null ? null : finishedAt.toInstant();
    }

    public int getRead() {
        return read;
    }

    public int getAdded() {
        return added;
    }

    public int getUpdated() {
        return updated;
    }

    public int getUnchanged() {
        return unchanged;
    }

    public int getRejected() {
        return rejected;
    }

    public Integer getSearchesRerun() {
        return searchesRerun;
    }

    public Integer getSearchesFound() {
        return searchesFound;
    }
}
