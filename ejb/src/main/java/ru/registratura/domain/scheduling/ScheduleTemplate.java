package ru.registratura.domain.scheduling;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
 * A doctor's weekly reception: on these weekdays, from {@code starts} to {@code ends} (local time of
 * the region), slots of {@code slotMinutes}, in this cabinet, bookable by whom {@code access} says,
 * from {@code validFrom} until {@code validUntil} (open-ended when null).
 */
@Entity
@Table(name = "schedule_template")
public class ScheduleTemplate implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "schedule_template_seq", sequenceName = "schedule_template_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "schedule_template_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "doctor_id", nullable = false)
    private Doctor doctor;

    @Convert(converter = WeekdaysConverter.class)
    @Column(name = "weekdays", nullable = false)
    private Weekdays weekdays;

    @Column(name = "starts", nullable = false)
    private LocalTime starts;

    @Column(name = "ends", nullable = false)
    private LocalTime ends;

    @Column(name = "slot_minutes", nullable = false)
    private int slotMinutes;

    /** Null: the doctor's own cabinet. */
    @Column(name = "cabinet")
    private String cabinet;

    @Enumerated(EnumType.STRING)
    @Column(name = "access", nullable = false)
    private BookingAccess access;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Version
    @Column(name = "version")
    private long version;

    protected ScheduleTemplate() {
    }

    public ScheduleTemplate(Doctor doctor, Weekdays weekdays, LocalTime starts, LocalTime ends, int slotMinutes,
            String cabinet, BookingAccess access, LocalDate validFrom, LocalDate validUntil) {
        if (!starts.isBefore(ends)) {
            throw new IllegalArgumentException("reception must end after it starts");
        }
        if (slotMinutes < 5 || slotMinutes > 240) {
            throw new IllegalArgumentException("slot length must be 5 to 240 minutes");
        }
        if (validUntil != null && validUntil.isBefore(validFrom)) {
            throw new IllegalArgumentException("template must be valid for at least one day");
        }
        this.doctor = Objects.requireNonNull(doctor);
        this.weekdays = Objects.requireNonNull(weekdays);
        this.starts = starts;
        this.ends = ends;
        this.slotMinutes = slotMinutes;
        this.cabinet = cabinet;
        this.access = Objects.requireNonNull(access);
        this.validFrom = Objects.requireNonNull(validFrom);
        this.validUntil = validUntil;
    }

    /** A template of the draft (validated by the caller). */
    public static ScheduleTemplate of(Doctor doctor, TemplateDraft draft) {
        return new ScheduleTemplate(doctor, draft.weekdays(), draft.starts(), draft.ends(), draft.slotMinutes(),
                draft.cabinet(), draft.access(), draft.validFrom(), draft.validUntil());
    }

    /** Takes the draft's days, hours, slot length, cabinet, access and period (validated by the caller). */
    public void change(TemplateDraft draft) {
        ScheduleTemplate checked = of(doctor, draft);
        weekdays = checked.weekdays;
        starts = checked.starts;
        ends = checked.ends;
        slotMinutes = checked.slotMinutes;
        cabinet = checked.cabinet;
        access = checked.access;
        validFrom = checked.validFrom;
        validUntil = checked.validUntil;
    }

    /** Ends the template after that day (it applies up to and including it). */
    public void endAfter(LocalDate lastDay) {
        if (lastDay.isBefore(validFrom)) {
            throw new IllegalArgumentException("a template cannot end before it starts");
        }
        validUntil = lastDay;
    }

    /** The template as a draft, to prefill the form that changes it. */
    public TemplateDraft toDraft() {
        return new TemplateDraft(weekdays.days(), starts, ends, slotMinutes, cabinet, access, validFrom, validUntil);
    }

    public String getCabinet() {
        return cabinet;
    }

    /** Whether this template gives reception on that date (before any exception). */
    public boolean appliesOn(LocalDate date) {
        return !date.isBefore(validFrom)
                && (validUntil == null || !date.isAfter(validUntil))
                && weekdays.includes(date.getDayOfWeek());
    }

    /** The cabinet of this reception: the template's own, else the doctor's. */
    public String effectiveCabinet() {
        return cabinet != null ? cabinet : doctor.getCabinet();
    }

    public Long getId() {
        return id;
    }

    public Doctor getDoctor() {
        return doctor;
    }

    public Weekdays getWeekdays() {
        return weekdays;
    }

    public LocalTime getStarts() {
        return starts;
    }

    public LocalTime getEnds() {
        return ends;
    }

    public int getSlotMinutes() {
        return slotMinutes;
    }

    public BookingAccess getAccess() {
        return access;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }
}
