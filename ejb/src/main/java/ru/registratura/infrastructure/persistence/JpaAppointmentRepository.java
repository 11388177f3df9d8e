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

import ru.registratura.domain.card.CardAppointment;
import ru.registratura.domain.card.CardAppointments;
import ru.registratura.domain.scheduling.Appointment;
import ru.registratura.domain.scheduling.AppointmentRepository;
import ru.registratura.domain.scheduling.AppointmentStatus;

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
    public List<Appointment> ofDay(Collection<Long> institutionIds, Instant from, Instant until) {
        if (institutionIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(WITH_SLOT + "where d.institution.id in :institutions and a.status <> :cancelled "
                        + "and s.startsAt >= :from and s.startsAt < :until "
                        + "order by d.lastName, d.firstName, d.id, s.startsAt", Appointment.class)
                .setParameter("institutions", institutionIds)
                .setParameter("cancelled", AppointmentStatus.CANCELLED)
                .setParameter("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
                .setParameter("until", OffsetDateTime.ofInstant(until, ZoneOffset.UTC))
                .getResultList();
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
                        a.getSlot().getDoctor().getInstitution().getAddress(), a.getStatus().name()))
                .toList();
    }
}
