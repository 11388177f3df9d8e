package ru.registratura.domain.scheduling;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface ScheduleRepository {

    /** The doctor's templates valid at some day of the period, oldest first. */
    List<ScheduleTemplate> findTemplates(long doctorId, LocalDate from, LocalDate until);

    /** The doctor's exceptions that touch the period. */
    List<ScheduleException> findExceptions(long doctorId, LocalDate from, LocalDate until);

    /** The template with its doctor and the doctor's institution loaded. */
    Optional<ScheduleTemplate> findTemplate(long id);

    /** The exception with its doctor and the doctor's institution loaded. */
    Optional<ScheduleException> findException(long id);

    /** The doctor's templates that have not ended before {@code today}, by start. */
    List<ScheduleTemplate> currentTemplates(long doctorId, LocalDate today);

    /** The doctor's exceptions that have not ended before {@code today}, by first day. */
    List<ScheduleException> currentExceptions(long doctorId, LocalDate today);

    void add(ScheduleTemplate template);

    void add(ScheduleException exception);

    void remove(ScheduleException exception);
}
