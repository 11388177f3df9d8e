package ru.registratura.domain.referral;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
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

import ru.registratura.domain.directory.Institution;
import ru.registratura.domain.directory.Specialty;
import ru.registratura.domain.scheduling.Slot;

/**
 * A referral (направление) of a person to a specialty, at one institution or any, valid until a date (included). It
 * books one appointment: the booking marks it USED with the appointment, the appointment's cancellation returns it.
 * The person is a portal card, a person of the attachment register, or both (a card attached to that person).
 */
@Entity
@Table(name = "referral")
public class Referral implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "referral_seq", sequenceName = "referral_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "referral_seq")
    private Long id;

    /** {@code yyyy-NNNNNN}: the year of issue and the id, given once the id is known ({@link #numbered}). */
    @Column(name = "number", nullable = false)
    private String number;

    @Column(name = "card_id", updatable = false)
    private Long cardId;

    @Column(name = "register_entry_id", updatable = false)
    private Long registerEntryId;

    @Column(name = "patient_name", nullable = false, updatable = false)
    private String patientName;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "specialty_id", nullable = false, updatable = false)
    private Specialty specialty;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "institution_id", updatable = false)
    private Institution institution;

    @Column(name = "valid_until", nullable = false, updatable = false)
    private LocalDate validUntil;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ReferralStatus status;

    @Column(name = "appointment_id")
    private Long appointmentId;

    @Column(name = "issued_by", updatable = false)
    private Long issuedBy;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private OffsetDateTime issuedAt;

    @Version
    @Column(name = "version")
    private long version;

    protected Referral() {
    }

    public Referral(Long cardId, Long registerEntryId, String patientName, Specialty specialty,
            Institution institution, LocalDate validUntil, Long issuedBy, Instant now) {
        if (cardId == null && registerEntryId == null) {
            throw new IllegalArgumentException("A referral is for a card or a register entry");
        }
        this.number = "-";
        this.cardId = cardId;
        this.registerEntryId = registerEntryId;
        this.patientName = Objects.requireNonNull(patientName);
        this.specialty = Objects.requireNonNull(specialty);
        this.institution = institution;
        this.validUntil = Objects.requireNonNull(validUntil);
        this.issuedBy = issuedBy;
        this.issuedAt = now.atOffset(ZoneOffset.UTC);
        this.status = ReferralStatus.ISSUED;
    }

    /** Gives the stored referral its number, the year of issue and its id: unique as the id is. */
    public void numbered(int year) {
        if (id == null) {
            throw new IllegalStateException("A referral is numbered once stored");
        }
        number = year + "-" + String.format("%06d", id);
    }

    /** Whether it books the slot: issued, of the slot's specialty and institution (or any), valid on its day. */
    public boolean books(Slot slot, ZoneId zone) {
        return status == ReferralStatus.ISSUED && fits(slot, zone);
    }

    /** Whether it is for the slot's specialty and institution (or any) and valid on its day, whatever its status. */
    public boolean fits(Slot slot, ZoneId zone) {
        return specialty.getId().equals(slot.getDoctor().getSpecialty().getId())
                && (institution == null || institution.getId().equals(slot.getDoctor().getInstitution().getId()))
                && !slot.getStartsAt().atZone(zone).toLocalDate().isAfter(validUntil);
    }

    /** Booked with: used by the appointment. */
    public void use(long appointment) {
        if (status != ReferralStatus.ISSUED) {
            throw new IllegalStateException("Referral " + id + " is " + status);
        }
        status = ReferralStatus.USED;
        appointmentId = appointment;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public Long getCardId() {
        return cardId;
    }

    public Long getRegisterEntryId() {
        return registerEntryId;
    }

    public String getPatientName() {
        return patientName;
    }

    public Specialty getSpecialty() {
        return specialty;
    }

    /** The institution it is for, or null for any. */
    public Institution getInstitution() {
        return institution;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public ReferralStatus getStatus() {
        return status;
    }

    public Long getAppointmentId() {
        return appointmentId;
    }

    public Instant getIssuedAt() {
        return issuedAt.toInstant();
    }
}
