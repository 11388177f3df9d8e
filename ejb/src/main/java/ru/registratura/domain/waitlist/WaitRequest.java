package ru.registratura.domain.waitlist;

import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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

import ru.registratura.domain.directory.Doctor;
import ru.registratura.domain.directory.Institution;
import ru.registratura.domain.directory.Specialty;

/**
 * A card's request for an earlier time («Сообщить о более раннем времени»): with one doctor, or with any doctor of a
 * specialty at an institution, starting before a moment; with an appointment, to move that appointment earlier.
 * While OFFERED, the slot named here is held for the request (the slot's {@code held_by}) until the offer's end.
 */
@Entity
@Table(name = "wait_request")
public class WaitRequest implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "wait_request_seq", sequenceName = "wait_request_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wait_request_seq")
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "card_id", nullable = false, updatable = false)
    private long cardId;

    /** The card's person as named when asked: the registry's list reads no card for it. */
    @Column(name = "patient_name", nullable = false, updatable = false)
    private String patientName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "doctor_id", updatable = false)
    private Doctor doctor;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "specialty_id", updatable = false)
    private Specialty specialty;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "institution_id", updatable = false)
    private Institution institution;

    @Column(name = "appointment_id", updatable = false)
    private Long appointmentId;

    @Column(name = "wanted_before", nullable = false, updatable = false)
    private OffsetDateTime wantedBefore;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private WaitStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "slot_id")
    private Long slotId;

    @Column(name = "offer_until")
    private OffsetDateTime offerUntil;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @Version
    @Column(name = "version")
    private long version;

    protected WaitRequest() {
    }

    /** A request with one doctor ({@code doctor}) or with any doctor of the doctor's specialty and institution. */
    public WaitRequest(long accountId, long cardId, String patientName, Doctor doctor, boolean anyDoctor,
            Long appointmentId, Instant wantedBefore, Instant now) {
        Objects.requireNonNull(doctor);
        this.accountId = accountId;
        this.cardId = cardId;
        this.patientName = Objects.requireNonNull(patientName);
        if (anyDoctor) {
            this.specialty = doctor.getSpecialty();
            this.institution = doctor.getInstitution();
        } else {
            this.doctor = doctor;
        }
        this.appointmentId = appointmentId;
        this.wantedBefore = wantedBefore.atOffset(ZoneOffset.UTC);
        this.status = WaitStatus.WAITING;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
    }

    /** Holds the slot for this request until the moment: the slot's own hold is the repository's update. */
    public void offer(long slot, Instant until) {
        if (status != WaitStatus.WAITING) {
            throw new IllegalStateException("Only a waiting request gets an offer");
        }
        status = WaitStatus.OFFERED;
        slotId = slot;
        offerUntil = until.atOffset(ZoneOffset.UTC);
    }

    /** Back in the queue, at its old place: the offered slot left the schedule before it was confirmed. */
    public void requeue() {
        status = WaitStatus.WAITING;
        slotId = null;
        offerUntil = null;
    }

    /** Closes the request; an offer's slot stays named (the history says which time it was). */
    public void close(WaitStatus outcome, Instant now) {
        if (outcome.isOpen()) {
            throw new IllegalArgumentException("A request is closed with a closed status");
        }
        status = outcome;
        closedAt = now.atOffset(ZoneOffset.UTC);
    }

    /** Whether the offer is still open at the moment. */
    public boolean offerOpenAt(Instant now) {
        return status == WaitStatus.OFFERED && offerUntil != null && offerUntil.toInstant().isAfter(now);
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public long getCardId() {
        return cardId;
    }

    public String getPatientName() {
        return patientName;
    }

    /** The doctor, or null for any doctor of {@link #getSpecialty()} at {@link #getInstitution()}. */
    public Doctor getDoctor() {
        return doctor;
    }

    public Specialty getSpecialty() {
        return doctor != null ? doctor.getSpecialty() : specialty;
    }

    public Institution getInstitution() {
        return doctor != null ? doctor.getInstitution() : institution;
    }

    public boolean isAnyDoctor() {
        return doctor == null;
    }

    public Long getAppointmentId() {
        return appointmentId;
    }

    public Instant getWantedBefore() {
        return wantedBefore.toInstant();
    }

    public WaitStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt.toInstant();
    }

    public Long getSlotId() {
        return slotId;
    }

    public Instant getOfferUntil() {
        return offerUntil == null ? null : offerUntil.toInstant();
    }

    public Instant getClosedAt() {
        return closedAt == null ? null : closedAt.toInstant();
    }
}
