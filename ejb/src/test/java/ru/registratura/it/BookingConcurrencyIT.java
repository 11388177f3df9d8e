package ru.registratura.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
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

import ru.registratura.application.AppointmentNotFoundException;
import ru.registratura.application.PortalBookingService;
import ru.registratura.domain.directory.Doctor;
import ru.registratura.domain.directory.Institution;
import ru.registratura.domain.directory.PatientGroup;
import ru.registratura.domain.directory.Specialty;
import ru.registratura.domain.scheduling.Appointment;
import ru.registratura.domain.scheduling.BookingAccess;
import ru.registratura.domain.scheduling.BookingRefusedException;
import ru.registratura.domain.scheduling.BookingRule;
import ru.registratura.domain.scheduling.Channel;
import ru.registratura.domain.scheduling.Slot;
import ru.registratura.it.PatientFixtures.Patient;

/**
 * Issue 5's invariant on PostgreSQL: a slot is never booked twice. 100 patients of 100 accounts try one slot
 * at once: exactly one appointment, 99 clear refusals, no error. 1,000 interleaved bookings and
 * cancellations of 20 patients on 3 slots: the invariant holds at the end and at every check a watcher
 * makes meanwhile (one booked appointment per slot at most, and the slot names exactly that one).
 */
@ExtendWith(ArquillianExtension.class)
class BookingConcurrencyIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application("booking-it", BookingConcurrencyIT.class);
    }

    @PersistenceContext(unitName = "registratura")
    EntityManager em;

    @Resource(lookup = "jdbc/registratura")
    DataSource dataSource;

    @Inject
    UserTransaction tx;

    @Inject
    PortalBookingService booking;

    private List<Patient> patients(int count) throws Exception {
        tx.begin();
        List<Patient> made = PatientFixtures.patients(em, "it-booking-", "Пациент", count);
        tx.commit();
        return made;
    }

    /** Free INTERNET slots tomorrow, each with a doctor of a specialty of its own (no age or sex limits). */
    private List<Long> slots(int count) throws Exception {
        tx.begin();
        Institution institution = new Institution("Поликлиника для теста записи " + System.nanoTime(), "Тест",
                "адрес", "+7 (3952) 00-00-00", PatientGroup.MIXED);
        em.persist(institution);
        Instant start = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        List<Slot> created = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Specialty specialty = new Specialty("T" + (System.nanoTime() % 100_000_000L), "Специальность " + i, null,
                    null, null, null);
            em.persist(specialty);
            Doctor doctor = new Doctor(institution, specialty, "Врачов", "Врач", null, "10" + i);
            em.persist(doctor);
            Slot slot = new Slot(doctor, start, start.plus(15, ChronoUnit.MINUTES), "10" + i, BookingAccess.INTERNET, null);
            em.persist(slot);
            created.add(slot);
        }
        tx.commit();
        return created.stream().map(Slot::getId).toList();
    }

    @Test
    void aHundredPatientsTryOneSlotAtOnceAndExactlyOneGetsIt() throws Exception {
        long slot = slots(1).get(0);
        List<Patient> patients = patients(100);
        ExecutorService pool = Executors.newFixedThreadPool(patients.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        try {
            for (Patient p : patients) {
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        booking.book(p.actor(), p.cardId(), slot, Channel.PORTAL);
                        return "booked";
                    } catch (BookingRefusedException e) {
                        return e.rule().name();
                    }
                }));
            }
            start.countDown();
            Map<String, Long> outcomes = new ConcurrentHashMap<>();
            for (Future<String> result : results) {
                outcomes.merge(result.get(2, TimeUnit.MINUTES), 1L, Long::sum);
            }
            assertEquals(Map.of("booked", 1L, "SLOT_TAKEN", 99L), outcomes);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(0, violations(List.of(slot)));
        assertEquals(1, number("select count(*) from appointment where slot_id = ? and status = 'BOOKED'", slot));
        assertEquals(1, number("select count(*) from appointment where slot_id = ?", slot), "the losers left no rows");
    }

    @Test
    void aThousandInterleavedBookingsAndCancellationsNeverDoubleBookASlot() throws Exception {
        List<Long> slots = slots(3);
        List<Patient> patients = patients(20);
        Map<String, Long> held = new ConcurrentHashMap<>();   // patient index + slot -> appointment id, as each worker saw it
        AtomicInteger operations = new AtomicInteger();
        AtomicInteger booked = new AtomicInteger();
        AtomicInteger cancelled = new AtomicInteger();
        AtomicBoolean done = new AtomicBoolean();
        List<Integer> seenViolations = new ArrayList<>();
        AtomicInteger checks = new AtomicInteger();

        Thread watcher = new Thread(() -> {
            while (!done.get()) {
                try {
                    int v = violations(slots);
                    checks.incrementAndGet();
                    if (v != 0) {
                        synchronized (seenViolations) {
                            seenViolations.add(v);
                        }
                    }
                    Thread.sleep(5);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        watcher.start();

        ExecutorService pool = Executors.newFixedThreadPool(patients.size());
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < patients.size(); w++) {
            int index = w;
            Patient p = patients.get(w);
            workers.add(pool.submit(() -> {
                Random random = new Random(index);
                while (operations.incrementAndGet() <= 1000) {
                    long slot = slots.get(random.nextInt(slots.size()));
                    String key = index + ":" + slot;
                    Long mine = held.get(key);
                    try {
                        if (mine == null) {
                            Appointment a = booking.book(p.actor(), p.cardId(), slot, Channel.PORTAL);
                            held.put(key, a.getId());
                            booked.incrementAndGet();
                        } else {
                            booking.cancel(p.actor(), mine);
                            held.remove(key);
                            cancelled.incrementAndGet();
                        }
                    } catch (BookingRefusedException e) {
                        assertTrue(e.rule() == BookingRule.SLOT_TAKEN, e.rule().name());
                    } catch (AppointmentNotFoundException e) {
                        throw new AssertionError(e);
                    }
                }
                return null;
            }));
        }
        try {
            for (Future<?> worker : workers) {
                worker.get(5, TimeUnit.MINUTES);
            }
        } finally {
            done.set(true);
            pool.shutdownNow();
            watcher.join();
        }
        assertEquals(List.of(), seenViolations, "violations seen by the watcher in " + checks.get() + " checks");
        assertTrue(checks.get() > 10, "the watcher checked while the workers ran: " + checks.get());
        assertTrue(booked.get() >= 20 && cancelled.get() >= 20, booked + " booked, " + cancelled + " cancelled");
        assertEquals(0, violations(slots));
        assertEquals(held.size(), number("select count(*) from appointment where status = 'BOOKED' and slot_id in ("
                + slots.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")"));
    }

    /**
     * How many ways the invariant is broken on these slots, in one statement (one snapshot): a slot with
     * more than one booked appointment, a slot naming an appointment that is not booked on it, a booked
     * appointment its slot does not name.
     */
    private int violations(List<Long> slots) throws Exception {
        String in = slots.stream().map(String::valueOf).collect(Collectors.joining(","));
        return (int) number("""
                select
                  (select count(*) from (select slot_id from appointment where status = 'BOOKED' and slot_id in (%1$s)
                     group by slot_id having count(*) > 1) doubled)
                + (select count(*) from slot s where s.id in (%1$s) and s.appointment_id is not null and not exists
                     (select 1 from appointment a where a.id = s.appointment_id and a.slot_id = s.id and a.status = 'BOOKED'))
                + (select count(*) from appointment a where a.status = 'BOOKED' and a.slot_id in (%1$s) and not exists
                     (select 1 from slot s where s.id = a.slot_id and s.appointment_id = a.id))""".formatted(in));
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
