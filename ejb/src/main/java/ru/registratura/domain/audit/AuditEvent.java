package ru.registratura.domain.audit;

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
 * One line of the audit trail. {@code subject} is the actor's identifier in the source system (the ESIA
 * oid of a patient); {@code detail} holds technical context only (an error code, a reference number),
 * never names, SNILS or policy numbers.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, updatable = false)
    private AuditAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, updatable = false)
    private AuditOutcome outcome;

    @Column(name = "account_id", updatable = false)
    private Long accountId;

    @Column(name = "subject", updatable = false)
    private String subject;

    @Column(name = "remote_address", updatable = false)
    private String remoteAddress;

    @Column(name = "detail", updatable = false)
    private String detail;

    /** The card of the person the actor acted for, when acting for a person of the card file. */
    @Column(name = "acting_for", updatable = false)
    private Long actingFor;

    /** The staff user who acted, for staff actions ({@code subject} is then their user name). */
    @Column(name = "staff_user_id", updatable = false)
    private Long staffUserId;

    /** The id of the object the action touched (a card). */
    @Column(name = "object_id", updatable = false)
    private Long objectId;

    protected AuditEvent() {
    }

    public AuditEvent(Instant occurredAt, AuditAction action, AuditOutcome outcome, Long accountId, String subject,
                      String remoteAddress, String detail) {
        this.occurredAt = OffsetDateTime.ofInstant(occurredAt, ZoneOffset.UTC);
        this.action = action;
        this.outcome = outcome;
        this.accountId = accountId;
        this.subject = subject;
        this.remoteAddress = truncate(remoteAddress, 64);
        this.detail = truncate(detail, 500);
    }

    /** An action on an object (a card), done while acting for a person of the card file. */
    public AuditEvent(Instant occurredAt, AuditAction action, AuditOutcome outcome, Long accountId, String subject,
                      String remoteAddress, Long actingFor, Long objectId, String detail) {
        this(occurredAt, action, outcome, accountId, subject, remoteAddress, detail);
        this.actingFor = actingFor;
        this.objectId = objectId;
    }

    /** An action of a staff user (or a login attempt under a user name, {@code staffUserId} null if unknown). */
    public static AuditEvent ofStaff(Instant occurredAt, AuditAction action, AuditOutcome outcome, Long staffUserId,
                                     String username, String remoteAddress, Long objectId, String detail) {
        AuditEvent event = new AuditEvent(occurredAt, action, outcome, null, truncate(username, 64), remoteAddress,
                detail);
        event.staffUserId = staffUserId;
        event.objectId = objectId;
        return event;
    }

    private static String truncate(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }

    public Long getId() {
        return id;
    }

    public Long getStaffUserId() {
        return staffUserId;
    }

    public Instant getOccurredAt() {
        return occurredAt.toInstant();
    }

    public AuditAction getAction() {
        return action;
    }

    public AuditOutcome getOutcome() {
        return outcome;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getSubject() {
        return subject;
    }

    public String getRemoteAddress() {
        return remoteAddress;
    }

    public String getDetail() {
        return detail;
    }

    public Long getActingFor() {
        return actingFor;
    }

    public Long getObjectId() {
        return objectId;
    }
}
