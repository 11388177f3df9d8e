package ru.registratura.domain.scheduling;

import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An appointment of a card's person in a slot. While BOOKED, the slot's {@code appointment_id} names it:
 * that column, claimed by a conditional update, is what makes a slot bookable only once. The person's name
 * is kept so that the appointment stays readable when the card is deleted.
 */
@Entity
@Table(name = "appointment")
public class Appointment implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "appointment_seq", sequenceName = "appointment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appointment_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "slot_id", nullable = false)
    private Slot slot;

    @Column(name = "card_id", updatable = false)
    private Long cardId;

    @Column(name = "account_id", updatable = false)
    private Long accountId;

    /** The attachment register's person, for a registry booking of someone without a portal card. */
    @Column(name = "register_entry_id", updatable = false)
    private Long registerEntryId;

    /** The registry operator who booked (channel REGISTRY). */
    @Column(name = "booked_by", updatable = false)
    private Long bookedBy;

    @Column(name = "patient_name", nullable = false, updatable = false)
    private String patientName;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, updatable = false)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private AppointmentStatus status;

    @Column(name = "booked_at", nullable = false, updatable = false)
    private OffsetDateTime bookedAt;

    @Column(name = "cancelled_at")
    private OffsetDateTime cancelledAt;

    /** The API caller (the token's subject) that booked it, for the channel API. */
    @Column(name = "api_client", updatable = false)
    private String apiClient;

    /** Set when the institution cancelled it (a doctor's absence, a changed schedule): what the patient was told. */
    @Column(name = "cancel_reason")
    private String cancelReason;

    /** Who cancelled it (null: booked, or cancelled before this was recorded). */
    @Enumerated(EnumType.STRING)
    @Column(name = "cancelled_by")
    private Canceller cancelledBy;

    @Column(name = "reminded_at")
    private OffsetDateTime remindedAt;

    @Version
    @Column(name = "version")
    private long version;

    protected Appointment() {
    }

    public Appointment(Slot slot, Long cardId, Long accountId, String patientName, Channel channel, Instant now) {
        this.slot = slot;
        this.cardId = cardId;
        this.accountId = accountId;
        this.patientName = patientName;
        this.channel = channel;
        this.status = AppointmentStatus.BOOKED;
        // The database keeps microseconds: the same instant before and after it is stored (an API replay answers the same).
        this.bookedAt = OffsetDateTime.ofInstant(now.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    /**
     * A booking by a registry operator, for a portal card (its account) or for a person of the attachment
     * register without a card.
     */
    public static Appointment byRegistry(Slot slot, Long cardId, Long accountId, Long registerEntryId, String patientName,
                                         long operatorId, Instant now) {
        Appointment appointment = new Appointment(slot, cardId, accountId, patientName, Channel.REGISTRY, now);
        appointment.registerEntryId = registerEntryId;
        appointment.bookedBy = operatorId;
        return appointment;
    }

    /** A booking by an external system through the API, for a person of the attachment register. */
    public static Appointment byApi(Slot slot, long registerEntryId, String patientName, String apiClient, Instant now) {
        Appointment appointment = new Appointment(slot, null, null, patientName, Channel.API, now);
        appointment.registerEntryId = registerEntryId;
        appointment.apiClient = apiClient;
        return appointment;
    }

    /**
     * Now on another slot (a move through the API): the caller has claimed the new slot for this appointment and
     * released the old one, in this transaction.
     */
    public void moveTo(Slot other) {
        if (!isBooked()) {
            throw new IllegalStateException("Only a booked appointment moves");
        }
        slot = Objects.requireNonNull(other);
    }

    public String getApiClient() {
        return apiClient;
    }

    public Long getRegisterEntryId() {
        return registerEntryId;
    }

    public Long getBookedBy() {
        return bookedBy;
    }

    /**
     * The registry's mark on the day of the appointment: ATTENDED or NO_SHOW, for a booked appointment or one
     * marked already (a mistake corrected). Returns false for anything else, changing nothing.
     */
    public boolean mark(AppointmentStatus outcome) {
        if ((outcome != AppointmentStatus.ATTENDED && outcome != AppointmentStatus.NO_SHOW)
                || status == AppointmentStatus.CANCELLED) {
            return false;
        }
        status = outcome;
        return true;
    }

    /** Marks the day-before reminder as sent. */
    public void reminded(Instant now) {
        this.remindedAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    }

    public Instant getRemindedAt() {
        return remindedAt == null ? null : remindedAt.toInstant();
    }

    /** Whether it can still be cancelled: booked, and its time has not come. */
    public boolean cancellableAt(Instant now) {
        return isBooked() && slot.getStartsAt().isAfter(now);
    }

    /** Cancelled by someone, with the reason the patient is told (null: none given). */
    public void cancel(Instant now, Canceller by, String reason) {
        status = AppointmentStatus.CANCELLED;
        cancelledAt = OffsetDateTime.ofInstant(now.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        cancelledBy = by;
        cancelReason = reason;
    }

    public Canceller getCancelledBy() {
        return cancelledBy;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public Long getId() {
        return id;
    }

    public Slot getSlot() {
        return slot;
    }

    public Long getCardId() {
        return cardId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getPatientName() {
        return patientName;
    }

    public Channel getChannel() {
        return channel;
    }

    public AppointmentStatus getStatus() {
        return status;
    }

    public boolean isBooked() {
        return status == AppointmentStatus.BOOKED;
    }

    public Instant getBookedAt() {
        return bookedAt.toInstant();
    }

    public Instant getCancelledAt() {
        return cancelledAt == null ? null : cancelledAt.toInstant();
    }
}
