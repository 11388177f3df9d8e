package ru.registratura.infrastructure.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ru.registratura.domain.card.CardAppointment;
import ru.registratura.domain.card.CardAppointments;

/**
 * A card's appointments by native SQL over appointment, slot, doctor, specialty and institution: the card
 * file only reads them (booking, with its own mapping, writes them).
 */
@ApplicationScoped
public class JdbcCardAppointments implements CardAppointments {

    @PersistenceContext(unitName = "registratura")
    private EntityManager em;

    @Override
    public boolean hasFutureBookings(long cardId, Instant now) {
        Object count = em.createNativeQuery("select count(*) from appointment a join slot s on s.id = a.slot_id "
                        + "where a.card_id = ? and a.status = 'BOOKED' and s.starts_at > ?")
                .setParameter(1, cardId)
                .setParameter(2, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .getSingleResult();
        return ((Number) count).longValue() > 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<CardAppointment> of(long cardId) {
        List<Object[]> rows = em.createNativeQuery("select a.id, s.starts_at, d.last_name, d.first_name, d.middle_name, "
                        + "sp.name, s.cabinet, i.short_name, i.address, a.status from appointment a "
                        + "join slot s on s.id = a.slot_id join doctor d on d.id = s.doctor_id "
                        + "join specialty sp on sp.id = d.specialty_id join institution i on i.id = d.institution_id "
                        + "where a.card_id = ? order by s.starts_at desc")
                .setParameter(1, cardId)
                .getResultList();
        return rows.stream().map(r -> new CardAppointment(((Number) r[0]).longValue(), instant(r[1]),
                r[2] + " " + r[3] + (r[4] == null ? "" : " " + r[4]), (String) r[5], (String) r[6], (String) r[7],
                (String) r[8], (String) r[9])).toList();
    }

    /** PostgreSQL's driver gives a Timestamp, H2 an OffsetDateTime. */
    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof Timestamp ts) {
            return ts.toInstant();
        }
        throw new IllegalStateException("Unexpected time type " + value.getClass());
    }
}
