package ru.registratura.domain.scheduling;

import java.time.Instant;
import java.util.Collection;

/**
 * Which of a day's appointments a registry's day list shows: those (not cancelled) starting in [from, until) at the
 * institutions, of one doctor and in one status where given (null: any), in the order chosen.
 */
public record DaySelection(Collection<Long> institutionIds, Instant from, Instant until, Long doctorId,
                           AppointmentStatus status, Order order) {

    /** The orders of the day list: by time by default; each also by time within. */
    public enum Order {
        TIME("s.startsAt, a.id"),
        TIME_DESCENDING("s.startsAt desc, a.id desc"),
        DOCTOR("d.lastName, d.firstName, d.id, s.startsAt, a.id"),
        DOCTOR_DESCENDING("d.lastName desc, d.firstName desc, d.id desc, s.startsAt, a.id"),
        PATIENT("a.patientName, s.startsAt, a.id"),
        PATIENT_DESCENDING("a.patientName desc, s.startsAt, a.id"),
        STATUS("a.status, s.startsAt, a.id"),
        STATUS_DESCENDING("a.status desc, s.startsAt, a.id");

        private final String jpql;

        Order(String jpql) {
            this.jpql = jpql;
        }

        /** The JPQL {@code order by} list over appointment {@code a}, slot {@code s} and doctor {@code d}. */
        public String jpql() {
            return jpql;
        }
    }

    /** A doctor with appointments on the day, for the day list's doctor filter. */
    public record DoctorOfDay(long doctorId, String doctor, String specialty, String institution, long appointments) {
    }
}
