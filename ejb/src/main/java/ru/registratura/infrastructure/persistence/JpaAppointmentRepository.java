package ru.registratura.infrastructure.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import ru.registratura.domain.card.CardAppointment;
import ru.registratura.domain.card.CardAppointments;
import ru.registratura.domain.scheduling.Appointment;
import ru.registratura.domain.scheduling.AppointmentRepository;
import ru.registratura.domain.scheduling.AppointmentStatus;
import ru.registratura.domain.scheduling.DaySelection;

/** Appointments, for booking and for the card file (which only reads them). */
@ApplicationScoped
public class JpaAppointmentRepository implements AppointmentRepository, CardAppointments {

    private static final String WITH_SLOT = "select a from Appointment a join fetch a.slot s join fetch s.doctor d "
            + "join fetch d.specialty join fetch d.institution ";

    @PersistenceContext(unitName = "registratura")
    private EntityManager em;

    @Override
    public Optional<Appointment> find(long id) {
        return em.createQuery(WITH_SLOT + "where a.id = :id", Appointment.class)
                .setParameter("id", id)
                .getResultStream().findFirst();
    }

    @Override
    public List<Appointment> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery(WITH_SLOT + "where a.id in :ids order by a.id", Appointment.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    @Override
    public void add(Appointment appointment) {
        em.persist(appointment);
        em.flush();
    }

    @Override
    public void discard(Appointment appointment) {
        em.remove(appointment);
        em.flush();
    }

    @Override
    public List<Appointment> upcoming(long cardId, Instant now) {
        return upcomingWhere("a.cardId = :person", cardId, now);
    }

    @Override
    public List<Appointment> upcomingOfAccount(long accountId, Instant now) {
        return upcomingWhere("a.accountId = :person", accountId, now);
    }

    /** The booked, future appointments of one person (a card's or a register entry's) or of one account. */
    private List<Appointment> upcomingWhere(String person, long id, Instant now) {
        return em.createQuery(WITH_SLOT + "where " + person + " and a.status = :booked and s.startsAt > :now "
                        + "order by s.startsAt", Appointment.class)
                .setParameter("person", id)
                .setParameter("booked", AppointmentStatus.BOOKED)
                .setParameter("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .getResultList();
    }

    @Override
    public List<Long> dueForReminder(Instant from, Instant until) {
        return em.createQuery("select a.id from Appointment a join a.slot s where s.startsAt >= :from "
                        + "and s.startsAt < :until and a.status = :booked and a.remindedAt is null "
                        + "and a.accountId is not null order by s.startsAt", Long.class)
                .setParameter("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
                .setParameter("until", OffsetDateTime.ofInstant(until, ZoneOffset.UTC))
                .setParameter("booked", AppointmentStatus.BOOKED)
                .getResultList();
    }

    @Override
    public List<Appointment> ofDay(DaySelection selection, int first, int max) {
        if (selection.institutionIds().isEmpty()) {
            return List.of();
        }
        return selected(em.createQuery(WITH_SLOT + dayWhere(selection) + "order by " + selection.order().jpql(),
                Appointment.class), selection)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public long countOfDay(DaySelection selection) {
        if (selection.institutionIds().isEmpty()) {
            return 0;
        }
        return selected(em.createQuery("select count(a) from Appointment a join a.slot s join s.doctor d "
                + dayWhere(selection), Long.class), selection).getSingleResult();
    }

    @Override
    public List<DaySelection.DoctorOfDay> doctorsOfDay(DaySelection selection) {
        if (selection.institutionIds().isEmpty()) {
            return List.of();
        }
        DaySelection all = new DaySelection(selection.institutionIds(), selection.from(), selection.until(), null, null,
                selection.order());
        return selected(em.createQuery("select d.id, d.lastName, d.firstName, d.middleName, sp.name, i.shortName, "
                        + "count(a) from Appointment a join a.slot s join s.doctor d join d.specialty sp "
                        + "join d.institution i " + dayWhere(all) + "group by d.id, d.lastName, d.firstName, "
                        + "d.middleName, sp.name, i.shortName order by d.lastName, d.firstName, d.id", Object[].class),
                all)
                .getResultStream()
                .map(r -> new DaySelection.DoctorOfDay((Long) r[0],
                        r[3] == null ? r[1] + " " + r[2] : r[1] + " " + r[2] + " " + r[3], (String) r[4], (String) r[5],
                        (Long) r[6]))
                .toList();
    }

    /** The day's selection as a JPQL {@code where} over appointment {@code a}, slot {@code s} and doctor {@code d}. */
    private static String dayWhere(DaySelection selection) {
        return "where d.institution.id in :institutions and a.status <> :cancelled and s.startsAt >= :from "
                + "and s.startsAt < :until " + (selection.doctorId() == null ? "" : "and d.id = :doctor ")
                + (selection.status() == null ? "" : "and a.status = :status ");
    }

    private static <T> TypedQuery<T> selected(TypedQuery<T> query, DaySelection selection) {
        query.setParameter("institutions", selection.institutionIds())
                .setParameter("cancelled", AppointmentStatus.CANCELLED)
                .setParameter("from", OffsetDateTime.ofInstant(selection.from(), ZoneOffset.UTC))
                .setParameter("until", OffsetDateTime.ofInstant(selection.until(), ZoneOffset.UTC));
        if (selection.doctorId() != null) {
            query.setParameter("doctor", selection.doctorId());
        }
        if (selection.status() != null) {
            query.setParameter("status", selection.status());
        }
        return query;
    }

    @Override
    public List<Appointment> upcomingOfEntry(long registerEntryId, Instant now) {
        return upcomingWhere("a.registerEntryId = :person", registerEntryId, now);
    }

    @Override
    public List<Appointment> ofEntry(long registerEntryId, Instant since) {
        return em.createQuery(WITH_SLOT + "where (a.registerEntryId = :entry or a.cardId in (select x.cardId from "
                        + "AttachmentSearch x where x.entry.id = :entry)) and s.startsAt >= :since order by s.startsAt",
                        Appointment.class)
                .setParameter("entry", registerEntryId)
                .setParameter("since", since.atOffset(ZoneOffset.UTC))
                .getResultList();
    }

    @Override
    public Optional<Long> accountOf(long id) {
        return em.createQuery("select a.accountId from Appointment a where a.id = :id", Long.class)
                .setParameter("id", id)
                .getResultStream().filter(Objects::nonNull).findFirst();
    }

    @Override
    public Optional<Appointment> lock(long id) {
        // Only the appointment's row is locked; its slot and doctor are read as usual (locking the slot row
        // would block concurrent bookings' foreign key checks on it).
        return Optional.ofNullable(em.find(Appointment.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public boolean hasFutureBookings(long cardId, Instant now) {
        return em.createQuery("select count(a) from Appointment a where a.cardId = :card and a.status = :booked "
                        + "and a.slot.startsAt > :now", Long.class)
                .setParameter("card", cardId)
                .setParameter("booked", AppointmentStatus.BOOKED)
                .setParameter("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .getSingleResult() > 0;
    }

    @Override
    public List<CardAppointment> of(long cardId) {
        return em.createQuery(WITH_SLOT + "where a.cardId = :card order by s.startsAt desc", Appointment.class)
                .setParameter("card", cardId)
                .getResultStream()
                .map(a -> new CardAppointment(a.getId(), a.getSlot().getStartsAt(), a.getSlot().getDoctor().getFullName(),
                        a.getSlot().getDoctor().getSpecialty().getName(), a.getSlot().getCabinet(),
                        a.getSlot().getDoctor().getInstitution().getShortName(),
                        a.getSlot().getDoctor().getInstitution().getAddress(), a.getStatus().name(),
                        a.getCancelledBy() == null ? null : a.getCancelledBy().name(), a.getCancelReason()))
                .toList();
    }
}
