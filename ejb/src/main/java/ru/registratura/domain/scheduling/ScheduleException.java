package ru.registratura.domain.scheduling;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
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

/** An exception to a doctor's templates from {@code firstDay} to {@code lastDay}, both inclusive. */
@Entity
@Table(name = "schedule_exception")
public class ScheduleException implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "schedule_exception_seq", sequenceName = "schedule_exception_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "schedule_exception_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "doctor_id", nullable = false)
    private Doctor doctor;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private ExceptionKind kind;

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;

    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay;

    /** Set for SHORTENED only. */
    @Column(name = "starts")
    private LocalTime starts;

    @Column(name = "ends")
    private LocalTime ends;

    @Column(name = "reason")
    private String reason;

    @Version
    @Column(name = "version")
    private long version;

    protected ScheduleException() {
    }

    private ScheduleException(Doctor doctor, ExceptionKind kind, LocalDate firstDay, LocalDate lastDay,
            LocalTime starts, LocalTime ends, String reason) {
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("an exception must cover at least one day");
        }
        this.doctor = Objects.requireNonNull(doctor);
        this.kind = kind;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.starts = starts;
        this.ends = ends;
        this.reason = reason;
    }

    /** No reception from the first to the last day: a day off or an absence. */
    public static ScheduleException noReception(Doctor doctor, ExceptionKind kind, LocalDate firstDay,
            LocalDate lastDay, String reason) {
        if (!kind.cancelsReception()) {
            throw new IllegalArgumentException(kind + " does not cancel reception");
        }
        return new ScheduleException(doctor, kind, firstDay, lastDay, null, null, reason);
    }

    /** Reception only within these hours on these days. */
    public static ScheduleException shortened(Doctor doctor, LocalDate firstDay, LocalDate lastDay,
            LocalTime starts, LocalTime ends, String reason) {
        if (!starts.isBefore(ends)) {
            throw new IllegalArgumentException("shortened reception must end after it starts");
        }
        return new ScheduleException(doctor, ExceptionKind.SHORTENED, firstDay, lastDay, starts, ends, reason);
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(firstDay) && !date.isAfter(lastDay);
    }

    public Doctor getDoctor() {
        return doctor;
    }

    public Long getId() {
        return id;
    }

    public ExceptionKind getKind() {
        return kind;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public LocalTime getStarts() {
        return starts;
    }

    public LocalTime getEnds() {
        return ends;
    }

    public String getReason() {
        return reason;
    }
}
