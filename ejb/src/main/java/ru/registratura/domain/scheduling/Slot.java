package ru.registratura.domain.scheduling;

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

/**
 * One reception time of a doctor. Times are instants (stored in UTC) and shown in the region's
 * time zone; the database keeps one slot per doctor and start time.
 */
@Entity
@Table(name = "slot")
public class Slot implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "slot_seq", sequenceName = "slot_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "slot_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "doctor_id", nullable = false)
    private Doctor doctor;

    @Column(name = "starts_at", nullable = false)
    private OffsetDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private OffsetDateTime endsAt;

    @Column(name = "cabinet", nullable = false)
    private String cabinet;

    @Enumerated(EnumType.STRING)
    @Column(name = "access", nullable = false)
    private BookingAccess access;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "template_id")
    private ScheduleTemplate template;

    /**
     * The appointment booked on this slot, null while free. Read-only here: only the conditional updates of
     * {@link SlotRepository#claim} and {@link SlotRepository#release} write it.
     */
    @Column(name = "appointment_id", insertable = false, updatable = false)
    private Long appointmentId;

    /**
     * The waitlist request the free slot is held for (offered to that patient only), null when not held. Read-only
     * here, like {@link #appointmentId}: only the conditional updates of {@link SlotRepository#hold} and its kin write it.
     */
    @Column(name = "held_by", insertable = false, updatable = false)
    private Long heldBy;

    /** No longer in the doctor's schedule: never offered nor claimed (see {@link #withdraw()}). */
    @Column(name = "withdrawn", nullable = false)
    private boolean withdrawn;

    @Version
    @Column(name = "version")
    private long version;

    protected Slot() {
    }

    public Slot(Doctor doctor, Instant startsAt, Instant endsAt, String cabinet, BookingAccess access,
            ScheduleTemplate template) {
        if (!startsAt.isBefore(endsAt)) {
            throw new IllegalArgumentException("a slot must end after it starts");
        }
        this.doctor = Objects.requireNonNull(doctor);
        this.startsAt = startsAt.atOffset(ZoneOffset.UTC);
        this.endsAt = endsAt.atOffset(ZoneOffset.UTC);
        this.cabinet = Objects.requireNonNull(cabinet);
        this.access = Objects.requireNonNull(access);
        this.template = template;
    }

    public Long getId() {
        return id;
    }

    public Doctor getDoctor() {
        return doctor;
    }

    public Instant getStartsAt() {
        return startsAt.toInstant();
    }

    public Instant getEndsAt() {
        return endsAt.toInstant();
    }

    public String getCabinet() {
        return cabinet;
    }

    public BookingAccess getAccess() {
        return access;
    }

    public ScheduleTemplate getTemplate() {
        return template;
    }

    /** The appointment that holds the slot (as this copy of it was read), null while free. */
    public Long getAppointmentId() {
        return appointmentId;
    }

    /** Whether no appointment holds the slot (as this copy of it was read). */
    public boolean isFree() {
        return appointmentId == null;
    }

    /** Whether a waitlist offer holds the free slot (as this copy of it was read). */
    public boolean isHeld() {
        return heldBy != null;
    }

    public boolean isWithdrawn() {
        return withdrawn;
    }

    /**
     * Takes the slot out of the schedule. Only a free slot is withdrawn here; the claim's conditional update
     * checks the flag, so a booking that races the withdrawal loses one way or the other.
     */
    public void withdraw() {
        withdrawn = true;
    }

    /** Whether this slot already is what the planned one (same start) would be. */
    public boolean sameAs(Slot planned) {
        return !withdrawn && endsAt.toInstant().equals(planned.getEndsAt()) && cabinet.equals(planned.cabinet)
                && access == planned.access && sameTemplate(planned.template);
    }

    private boolean sameTemplate(ScheduleTemplate other) {
        Long mine = template == null ? null : template.getId();
        return Objects.equals(mine, other == null ? null : other.getId());
    }

    /** Makes the slot what the planned one with the same start is (revived if it was withdrawn). */
    public void becomeLike(Slot planned) {
        withdrawn = false;
        endsAt = planned.endsAt;
        cabinet = planned.cabinet;
        access = planned.access;
        template = planned.template;
    }
}
