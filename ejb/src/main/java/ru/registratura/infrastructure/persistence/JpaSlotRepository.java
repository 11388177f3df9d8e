package ru.registratura.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ru.registratura.domain.scheduling.BookingAccess;
import ru.registratura.domain.scheduling.BookingRefusedException.FreeTime;
import ru.registratura.domain.scheduling.Channel;
import ru.registratura.domain.scheduling.Slot;
import ru.registratura.domain.scheduling.SlotRepository;

@ApplicationScoped
public class JpaSlotRepository implements SlotRepository {

    /*
     * A plain insert that the database skips on a duplicate (doctor, start): two generation runs at
     * once, on two cluster members say, cannot fail or double a slot. PostgreSQL and H2 in
     * PostgreSQL mode both understand ON CONFLICT DO NOTHING and nextval().
     */
    private static final String INSERT_ABSENT = """
            insert into slot (id, doctor_id, starts_at, ends_at, cabinet, access, template_id, version)
            values (nextval('slot_seq'), ?, ?, ?, ?, ?, ?, 0)
            on conflict do nothing""";

    @PersistenceContext(unitName = "registratura")
    private EntityManager em;

    @Resource(lookup = "jdbc/registratura")
    private DataSource dataSource;

    @Override
    public Set<Instant> findStartTimes(long doctorId, Instant from, Instant until) {
        List<OffsetDateTime> starts = em.createQuery("""
                select s.startsAt from Slot s
                where s.doctor.id = :doctor and s.startsAt >= :from and s.startsAt < :until""",
                OffsetDateTime.class)
                .setParameter("doctor", doctorId)
                .setParameter("from", utc(from))
                .setParameter("until", utc(until))
                .getResultList();
        Set<Instant> instants = new HashSet<>();
        starts.forEach(start -> instants.add(start.toInstant()));
        return instants;
    }

    @Override
    public List<Slot> findSlots(long doctorId, Instant from, Instant until) {
        return em.createQuery("""
                select s from Slot s
                where s.doctor.id = :doctor and s.startsAt >= :from and s.startsAt < :until
                order by s.startsAt""", Slot.class)
                .setParameter("doctor", doctorId)
                .setParameter("from", utc(from))
                .setParameter("until", utc(until))
                .getResultList();
    }

    @Override
    public int addAbsent(List<Slot> slots) {
        if (slots.isEmpty()) {
            return 0;
        }
        // The slots may refer to a template written in this transaction: it must reach the database first.
        em.flush();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT_ABSENT)) {
            for (Slot slot : slots) {
                insert.setLong(1, slot.getDoctor().getId());
                insert.setObject(2, utc(slot.getStartsAt()));
                insert.setObject(3, utc(slot.getEndsAt()));
                insert.setString(4, slot.getCabinet());
                insert.setString(5, slot.getAccess().name());
                if (slot.getTemplate() == null) {
                    insert.setNull(6, Types.BIGINT);
                } else {
                    insert.setLong(6, slot.getTemplate().getId());
                }
                insert.addBatch();
            }
            int stored = 0;
            for (int count : insert.executeBatch()) {
                stored += count > 0 ? count : 0;
            }
            return stored;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store generated slots", e);
        }
    }

    @Override
    public Optional<Slot> find(long slotId) {
        return em.createQuery("""
                select s from Slot s join fetch s.doctor d join fetch d.specialty join fetch d.institution
                where s.id = :id""", Slot.class)
                .setParameter("id", slotId)
                .getResultStream().findFirst();
    }

    @Override
    public boolean claim(long slotId, long appointmentId) {
        return em.createNativeQuery("update slot set appointment_id = ? where id = ? and appointment_id is null and withdrawn = false and held_by is null")
                .setParameter(1, appointmentId)
                .setParameter(2, slotId)
                .executeUpdate() == 1;
    }

    @Override
    public boolean withdrawIfFree(long slotId) {
        return em.createNativeQuery(
                        "update slot set withdrawn = true, held_by = null, held_until = null, version = version + 1 where id = ? and appointment_id is null")
                .setParameter(1, slotId)
                .executeUpdate() == 1;
    }

    @Override
    public boolean release(long slotId, long appointmentId) {
        return em.createNativeQuery("update slot set appointment_id = null where id = ? and appointment_id = ?")
                .setParameter(1, slotId)
                .setParameter(2, appointmentId)
                .executeUpdate() == 1;
    }

    @Override
    public List<FreeTime> nextFree(long doctorId, Channel channel, Instant after, Instant until, int limit) {
        // Only the id and the start: a calendar of a busy doctor reads hundreds of them, and entities would be
        // registered in the transaction for nothing. SQL, not JPQL: a JPQL query with a maximum of rows is
        // translated to SQL again on every call (a fifth of the API's slots call in a profile, bench/RESULTS.md).
        String internetOnly = channel.mayBook(BookingAccess.REGISTRY) ? "" : " and access = 'INTERNET'";
        List<?> rows = em.createNativeQuery("select id, starts_at from slot where doctor_id = ? and appointment_id is "
                        + "null and held_by is null and withdrawn = false and starts_at > ? and starts_at < ?" + internetOnly
                        + " order by starts_at limit ?")
                .setParameter(1, doctorId)
                .setParameter(2, utc(after))
                .setParameter(3, utc(until))
                .setParameter(4, limit)
                .getResultList();
        List<FreeTime> free = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            free.add(new FreeTime(((Number) r[0]).longValue(), instant(r[1])));
        }
        return free;
    }

    @Override
    public SortedMap<LocalDate, Integer> freeDays(long doctorId, Channel channel, Instant after,
                                                                    Instant until, ZoneId zone) {
        // The day of each start in the region's zone by EXTRACT of the start at that zone: the same numbers on
        // PostgreSQL and on H2 (whose CAST of a zoned time to a date would take the session's zone instead).
        String internetOnly = channel.mayBook(BookingAccess.REGISTRY) ? "" : " and access = 'INTERNET'";
        List<?> rows = em.createNativeQuery("select y, m, d, count(*) from (select "
                        + "extract(year from starts_at at time zone ?) y, extract(month from starts_at at time zone ?) m, "
                        + "extract(day from starts_at at time zone ?) d from slot where doctor_id = ? and appointment_id "
                        + "is null and held_by is null and withdrawn = false and starts_at > ? and starts_at < ?" + internetOnly + ") t "
                        + "group by y, m, d")
                .setParameter(1, zone.getId())
                .setParameter(2, zone.getId())
                .setParameter(3, zone.getId())
                .setParameter(4, doctorId)
                .setParameter(5, utc(after))
                .setParameter(6, utc(until))
                .getResultList();
        SortedMap<LocalDate, Integer> days = new TreeMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            days.put(LocalDate.of(((Number) r[0]).intValue(), ((Number) r[1]).intValue(),
                    ((Number) r[2]).intValue()), ((Number) r[3]).intValue());
        }
        return days;
    }

    @Override
    public Map<Long, Instant> nearestFree(Collection<Long> doctorIds, Channel channel,
                                                    Instant after, Instant until) {
        if (doctorIds.isEmpty()) {
            return Map.of();
        }
        String internetOnly = channel.mayBook(BookingAccess.REGISTRY) ? "" : " and s.access = :internet";
        var query = em.createQuery("select s.doctor.id, min(s.startsAt) from Slot s "
                        + "where s.doctor.id in :doctors and s.appointmentId is null and s.heldBy is null and s.withdrawn = false and s.startsAt > :after "
                        + "and s.startsAt < :until" + internetOnly + " group by s.doctor.id", Object[].class)
                .setParameter("doctors", doctorIds)
                .setParameter("after", utc(after))
                .setParameter("until", utc(until));
        if (!internetOnly.isEmpty()) {
            query.setParameter("internet", BookingAccess.INTERNET);
        }
        Map<Long, Instant> nearest = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            nearest.put(((Number) row[0]).longValue(), instant(row[1]));
        }
        return nearest;
    }

    @Override
    public List<DoctorFreeTime> freeOf(Collection<Long> doctorIds, Channel channel, Instant after, Instant until) {
        if (doctorIds.isEmpty()) {
            return List.of();
        }
        String internetOnly = channel.mayBook(BookingAccess.REGISTRY) ? "" : " and s.access = :internet";
        var query = em.createQuery("select s.doctor.id, s.id, s.startsAt from Slot s "
                        + "where s.doctor.id in :doctors and s.appointmentId is null and s.heldBy is null and s.withdrawn = false "
                        + "and s.startsAt > :after and s.startsAt < :until" + internetOnly
                        + " order by s.doctor.id, s.startsAt", Object[].class)
                .setParameter("doctors", doctorIds)
                .setParameter("after", utc(after))
                .setParameter("until", utc(until));
        if (!internetOnly.isEmpty()) {
            query.setParameter("internet", BookingAccess.INTERNET);
        }
        return query.getResultList().stream()
                .map(row -> new DoctorFreeTime(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                        instant(row[2])))
                .toList();
    }

    @Override
    public boolean hold(long slotId, long requestId, Instant until) {
        return em.createNativeQuery("update slot set held_by = ?, held_until = ? where id = ? and appointment_id is null "
                        + "and withdrawn = false and held_by is null")
                .setParameter(1, requestId)
                .setParameter(2, utc(until))
                .setParameter(3, slotId)
                .executeUpdate() == 1;
    }

    @Override
    public boolean claimHeld(long slotId, long requestId, long appointmentId, Instant now) {
        return em.createNativeQuery("update slot set appointment_id = ?, held_by = null, held_until = null where id = ? "
                        + "and appointment_id is null and withdrawn = false and held_by = ? and held_until > ?")
                .setParameter(1, appointmentId)
                .setParameter(2, slotId)
                .setParameter(3, requestId)
                .setParameter(4, utc(now))
                .executeUpdate() == 1;
    }

    @Override
    public boolean releaseHold(long slotId, long requestId) {
        return em.createNativeQuery("update slot set held_by = null, held_until = null where id = ? and held_by = ?")
                .setParameter(1, slotId)
                .setParameter(2, requestId)
                .executeUpdate() == 1;
    }

    @Override
    public int releaseEndedHolds(Instant now) {
        return em.createNativeQuery("update slot set held_by = null, held_until = null where held_by is not null "
                        + "and held_until <= ?")
                .setParameter(1, utc(now))
                .executeUpdate();
    }

    @Override
    public List<Slot> freeForWaitlist(Long doctorId, long specialtyId, long institutionId, Instant after,
                                      Instant before, int limit) {
        String whose = doctorId != null ? "d.id = :doctor"
                : "d.specialty.id = :specialty and d.institution.id = :institution";
        var query = em.createQuery("select s from Slot s join fetch s.doctor d join fetch d.specialty "
                        + "join fetch d.institution where " + whose + " and s.appointmentId is null and s.heldBy is null "
                        + "and s.withdrawn = false and s.access = :internet and s.startsAt > :after and s.startsAt < :before "
                        + "order by s.startsAt, s.id", Slot.class)
                .setParameter("internet", BookingAccess.INTERNET)
                .setParameter("after", utc(after))
                .setParameter("before", utc(before))
                .setMaxResults(limit);
        if (doctorId != null) {
            query.setParameter("doctor", doctorId);
        } else {
            query.setParameter("specialty", specialtyId).setParameter("institution", institutionId);
        }
        return query.getResultList();
    }

    /** A projected or aggregated time, as the provider hands it back: the attribute's type or a JDBC timestamp. */
    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("Unexpected time type " + value.getClass());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
