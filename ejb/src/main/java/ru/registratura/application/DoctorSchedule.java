package ru.registratura.application;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import ru.registratura.domain.scheduling.BookingAccess;
import ru.registratura.domain.scheduling.ExceptionKind;
import ru.registratura.domain.scheduling.TemplateDraft;

/** A doctor's current schedule as the schedule page shows it: templates and exceptions that have not ended. */
public record DoctorSchedule(long doctorId, String doctor, String specialty, String institution, String cabinet,
                             List<TemplateRow> templates, List<ExceptionRow> exceptions) implements Serializable {

    /** A template as the schedule page lists it. */
    public record TemplateRow(long id, List<DayOfWeek> days, LocalTime starts, LocalTime ends, int slotMinutes,
                              String cabinet, BookingAccess access, LocalDate validFrom, LocalDate validUntil,
                              TemplateDraft draft) implements Serializable {
    }

    /** An exception as the schedule page lists it. */
    public record ExceptionRow(long id, ExceptionKind kind, LocalDate firstDay, LocalDate lastDay, LocalTime starts,
                               LocalTime ends, String reason) implements Serializable {
    }
}
