package ru.registratura.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import ru.registratura.application.PortalBookingService;
import ru.registratura.application.WaitlistService;
import ru.registratura.domain.directory.Doctor;
import ru.registratura.domain.directory.Institution;
import ru.registratura.domain.directory.PatientGroup;
import ru.registratura.domain.directory.Specialty;
import ru.registratura.domain.scheduling.BookingAccess;
import ru.registratura.domain.scheduling.BookingRefusedException;
import ru.registratura.domain.scheduling.BookingRule;
import ru.registratura.domain.scheduling.Channel;
import ru.registratura.domain.scheduling.Slot;
import ru.registratura.domain.waitlist.WaitRequest;
import ru.registratura.it.PatientFixtures.Patient;

/**
 * Issue 23's invariant of the waitlist on PostgreSQL: a freed slot offered to many waiting patients while others book
 * it at the same moment is held for exactly one request or booked by exactly one patient, never both and never twice;
 * a patient (card) holds one offer at a time; a held slot is booked only by its request's confirmation.
 */
@ExtendWith(ArquillianExtension.class)
class WaitlistConcurrencyIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application("waitlist-it", WaitlistConcurrencyIT.class);
    }

    @PersistenceContext(unitName = "registratura")
    EntityManager em;

    @Resource(lookup = "jdbc/registratura")
    DataSource dataSource;

    @Inject
    UserTransaction tx;

    @Inject
    PortalBookingService booking;

    @Inject
    WaitlistService waitlist;

    private List<Patient> patients(int count) throws Exception {
        tx.begin();
        List<Patient> made = PatientFixtures.patients(em, "it-waitlist-", "Ожидающий", count);
        tx.commit();
        return made;
    }

    /** A doctor of a specialty of its own (no limits) with free INTERNET slots tomorrow; returns the slots' ids. */
    private List<Long> doctorWithSlots(int count) throws Exception {
        tx.begin();
        Institution institution = new Institution("Поликлиника для теста листа ожидания " + System.nanoTime(), "Тест",
                "адрес", "+7 (3952) 00-00-00", PatientGroup.MIXED);
        em.persist(institution);
        Specialty specialty = new Specialty("W" + (System.nanoTime() % 100_000_000L), "Специальность ожидания", null,
                null, null, null);
        em.persist(specialty);
        Doctor doctor = new Doctor(institution, specialty, "Ожидаемов", "Врач", null, "101");
        em.persist(doctor);
        Instant start = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        List<Slot> created = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Instant at = start.plus(15L * i, ChronoUnit.MINUTES);
            Slot slot = new Slot(doctor, at, at.plus(15, ChronoUnit.MINUTES), "101", BookingAccess.INTERNET, null);
            em.persist(slot);
            created.add(slot);
        }
        tx.commit();
        return created.stream().map(Slot::getId).toList();
    }

    /** Waitlist requests of the patients for the slot's doctor, in this order, wanting a time in the next three days. */
    private List<Long> waiting(List<Patient> patients, long slotId) throws Exception {
        List<Long> ids = new ArrayList<>();
        tx.begin();
        Doctor doctor = em.find(Slot.class, slotId).getDoctor();
        Instant now = Instant.now();
        for (int i = 0; i < patients.size(); i++) {
            Patient p = patients.get(i);
            WaitRequest request = new WaitRequest(p.actor().accountId(), p.cardId(), "Тестов Ожидающий", doctor, false,
                    null, now.plus(3, ChronoUnit.DAYS), now.plusMillis(i));
            em.persist(request);
            em.flush();
            ids.add(request.getId());
        }
        tx.commit();
        return ids;
    }

    @Test
    void aFreedSlotOfferedToManyAndBookedByOthersAtOnceIsHeldOrBookedByExactlyOne() throws Exception {
        int rounds = 8;
        int held = 0;
        int bookedRounds = 0;
        for (int round = 0; round < rounds; round++) {
            long slot = doctorWithSlots(1).get(0);
            List<Patient> waiters = patients(15);
            List<Patient> bookers = patients(15);
            List<Long> requests = waiting(waiters, slot);
            ExecutorService pool = Executors.newFixedThreadPool(waiters.size() + bookers.size());
            CountDownLatch start = new CountDownLatch(1);
            AtomicInteger offers = new AtomicInteger();
            AtomicInteger bookings = new AtomicInteger();
            List<Callable> tasks = new ArrayList<>();
            for (long request : requests) {
                tasks.add(() -> {
                    start.await();
                    if (waitlist.offer(request)) {
                        offers.incrementAndGet();
                    }
                    return null;
                });
            }
            for (Patient p : bookers) {
                tasks.add(() -> {
                    start.await();
                    try {
                        booking.book(p.actor(), p.cardId(), slot, Channel.PORTAL);
                        bookings.incrementAndGet();
                    } catch (BookingRefusedException e) {
                        assertEquals(BookingRule.SLOT_TAKEN, e.rule(), "a booker is refused only for a taken time");
                    }
                    return null;
                });
            }
            // Offers and bookings interleaved in a different order each round.
            Collections.shuffle(tasks, new java.util.Random(round));
            List<Future<?>> futures = new ArrayList<>();
            try {
                for (Callable task : tasks) {
                    futures.add(pool.submit(task::call));
                }
                start.countDown();
                for (Future<?> f : futures) {
                    f.get(2, TimeUnit.MINUTES);
                }
            } finally {
                pool.shutdownNow();
            }
            String in = requests.toString().replace('[', '(').replace(']', ')');
            long booked = number("select count(*) from appointment where slot_id = ? and status = 'BOOKED'", slot);
            long heldBy = number("select count(*) from slot where id = ? and held_by is not null", slot);
            long offered = number("select count(*) from wait_request where status = 'OFFERED' and slot_id = ? and id in " + in, slot);
            assertEquals(1, booked + heldBy, "round " + round + ": held or booked by exactly one (booked " + booked
                    + ", held " + heldBy + ")");
            assertEquals(heldBy, offered, "round " + round + ": the one holding request, and only it, is offered the slot");
            if (heldBy == 1) {
                assertEquals(1, number("select count(*) from slot s join wait_request w on w.id = s.held_by and w.slot_id = s.id "
                        + "where s.id = ? and s.appointment_id is null and w.status = 'OFFERED'", slot));
                held++;
            } else {
                assertEquals(1, number("select count(*) from slot s join appointment a on a.id = s.appointment_id "
                        + "where s.id = ? and s.held_by is null and a.status = 'BOOKED'", slot));
                bookedRounds++;
            }
            assertTrue(offers.get() + bookings.get() <= 1, "round " + round + ": " + offers + " offers, " + bookings
                    + " bookings (the portal's own run may have been first)");
            assertEquals(0, number("select count(*) from wait_request where status = 'OFFERED' and id in " + in
                    + " and slot_id <> ?", slot), "no offer of a slot not held");
        }
        assertEquals(rounds, held + bookedRounds);
    }

    @Test
    void aHeldSlotIsBookedOnlyThroughItsRequestAndAPatientHoldsOneOfferAtATime() throws Exception {
        List<Long> slots = doctorWithSlots(2);
        Patient patient = patients(1).get(0);
        List<Patient> others = patients(10);
        // Two requests of the same card for the same doctor (as two runs' rows might be): one offer only.
        List<Long> requests = new ArrayList<>(waiting(List.of(patient), slots.get(0)));
        tx.begin();
        Doctor doctor = em.find(Slot.class, slots.get(0)).getDoctor();
        WaitRequest second = new WaitRequest(patient.actor().accountId(), patient.cardId(), "Тестов Ожидающий", doctor, true,
                null, Instant.now().plus(3, ChronoUnit.DAYS), Instant.now());
        em.persist(second);
        tx.commit();
        requests.add(second.getId());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> made = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                long request = requests.get(i % 2);
                made.add(pool.submit(() -> waitlist.offer(request)));
            }
            int offers = 0;
            for (Future<Boolean> f : made) {
                offers += f.get(1, TimeUnit.MINUTES) ? 1 : 0;
            }
            assertTrue(offers <= 1, offers + " offers");
        } finally {
            pool.shutdownNow();
        }
        // The portal's own run may have made the offer; either way the card holds exactly one.
        assertEquals(1, number("select count(*) from wait_request where card_id = ? and status = 'OFFERED'", patient.cardId()));
        long heldSlot = number("select slot_id from wait_request where card_id = ? and status = 'OFFERED'", patient.cardId());
        long holder = number("select id from wait_request where card_id = ? and status = 'OFFERED'", patient.cardId());
        assertEquals(1, number("select count(*) from slot where held_by = ?", holder));
        for (Patient other : others) {
            try {
                booking.book(other.actor(), other.cardId(), heldSlot, Channel.PORTAL);
                throw new AssertionError("a held slot was booked by someone else");
            } catch (BookingRefusedException e) {
                assertEquals(BookingRule.SLOT_TAKEN, e.rule());
            }
        }
        long appointment = waitlist.confirm(patient.actor(), holder);
        assertEquals(heldSlot, number("select slot_id from appointment where id = ? and status = 'BOOKED'", appointment));
        assertEquals(appointment, number("select appointment_id from slot where id = ? and held_by is null", heldSlot));
        assertEquals(1, number("select count(*) from wait_request where id = ? and status = 'FULFILLED'", holder));
    }

    private interface Callable {
        Object call() throws Exception;
    }

    private long number(String sql, Object... params) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
