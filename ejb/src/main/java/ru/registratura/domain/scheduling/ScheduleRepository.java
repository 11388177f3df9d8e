package ru.registratura.domain.scheduling;

import java.time.LocalDate;
import java.util.List;

public interface ScheduleRepository {

    /** The doctor's templates valid at some day of the period, oldest first. */
    List<ScheduleTemplate> findTemplates(long doctorId, LocalDate from, LocalDate until);

    /** The doctor's exceptions that touch the period. */
    List<ScheduleException> findExceptions(long doctorId, LocalDate from, LocalDate until);
}
