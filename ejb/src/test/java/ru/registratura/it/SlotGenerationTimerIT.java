package ru.registratura.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import ru.registratura.application.SlotGenerationService;
import ru.registratura.domain.directory.Doctor;
import ru.registratura.domain.directory.Institution;
import ru.registratura.domain.directory.PatientGroup;
import ru.registratura.domain.directory.Specialty;
import ru.registratura.domain.scheduling.BookingAccess;
import ru.registratura.domain.scheduling.ScheduleTemplate;
import ru.registratura.domain.scheduling.Slot;
import ru.registratura.domain.scheduling.Weekdays;
import ru.registratura.infrastructure.config.RegionSettings;
import ru.registratura.infrastructure.scheduling.SlotGenerationTimer;

/**
 * The EJB timer fills a new doctor's booking horizon on PostgreSQL with exactly the slots its template gives, and
 * generations running at once (several cluster members) add each slot once.
 */
@ExtendWith(ArquillianExtension.class)
class SlotGenerationTimerIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application("slots-it", SlotGenerationTimerIT.class);
    }

    @PersistenceContext(unitName = "registratura")
    EntityManager em;

    @Inject
    UserTransaction tx;

    @Inject
    SlotGenerationTimer timer;

    @Inject
    SlotGenerationService generation;

    @Inject
    RegionSettings region;

    @Inject
    Clock clock;

    /** A new doctor receiving every day from 00:00 to 23:00, one-hour slots. */
    private Doctor newDoctor() throws Exception {
        tx.begin();
        Institution institution = new Institution("Поликлиника таймера " + System.nanoTime(), "Т",
                "Иркутск", "+7 (3952) 11-11-11", PatientGroup.ADULT);
        em.persist(institution);
        Specialty specialty = new Specialty("T" + (System.nanoTime() % 100_000_000), "Тестовая", null, null, null,
                null);
        em.persist(specialty);
        Doctor doctor = new Doctor(institution, specialty, "Таймерова", "Анна", null, "42");
        em.persist(doctor);
        em.persist(new ScheduleTemplate(doctor, Weekdays.fromMask(0b1111111), LocalTime.of(0, 0),
                LocalTime.of(23, 0), 60, null, BookingAccess.INTERNET, LocalDate.of(2025, 1, 1), null));
        tx.commit();
        return doctor;
    }

    /** Every slot of the doctor, whenever it starts (no filter of the repository's). */
    private List<Slot> allSlots(Doctor doctor) {
        return em.createQuery("select s from Slot s where s.doctor.id = :doctor order by s.startsAt", Slot.class)
                .setParameter("doctor", doctor.getId()).getResultList();
    }

    /**
     * The starts the template gives, counted here hour by hour in the region's zone: every full hour after now
     * and before midnight after the horizon's last day (today being its first), but 23:00.
     */
    private List<Instant> expectedStarts(Instant now) {
        ZonedDateTime end = now.atZone(region.zone()).toLocalDate().plusDays(region.horizonDays())
                .atStartOfDay(region.zone());
        List<Instant> starts = new ArrayList<>();
        for (ZonedDateTime t = now.atZone(region.zone()).truncatedTo(ChronoUnit.HOURS); t.isBefore(end); t = t.plusHours(1)) {
            if (t.toInstant().isAfter(now) && t.getHour() < 23) {
                starts.add(t.toInstant());
            }
        }
        return starts;
    }

    @Test
    void theTimerFillsTheHorizonWithEverySlotOfTheTemplateAndNothingElse() throws Exception {
        Doctor doctor = newDoctor();
        Instant now = clock.instant();
        List<Instant> expected = expectedStarts(now);
        timer.runIn(Duration.ofMillis(200));
        List<Slot> generated = List.of();
        for (int attempt = 0; attempt < 100 && generated.size() < expected.size(); attempt++) {
            Thread.sleep(200);
            generated = allSlots(doctor);
        }
        assertEquals(expected, generated.stream().map(Slot::getStartsAt).toList(),
                "one slot at each full hour of the horizon but 23:00, none before now or after the horizon");
        assertEquals("42", generated.get(0).getCabinet());
        assertTrue(generated.stream().allMatch(s -> Duration.between(s.getStartsAt(), s.getEndsAt()).toMinutes() == 60));
    }

    @Test
    void twoGenerationsAtOnceAddEachSlotOnceAndARunAfterThemAddsNothing() throws Exception {
        Doctor doctor = newDoctor();
        Instant now = clock.instant();
        int expected = expectedStarts(now).size();
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            Callable<Integer> run = () -> {
                start.await();
                return generation.generateForDoctor(doctor.getId());
            };
            Future<Integer> first = two.submit(run);
            Future<Integer> second = two.submit(run);
            start.countDown();
            int added = first.get(60, TimeUnit.SECONDS) + second.get(60, TimeUnit.SECONDS);
            assertEquals(expected, allSlots(doctor).size(), "every slot of the horizon, each once");
            assertEquals(expected, added, "between them the two runs added each slot once");
        } finally {
            two.shutdownNow();
        }
        assertEquals(0, generation.generateForDoctor(doctor.getId()), "a third run adds nothing");
        assertEquals(expected, allSlots(doctor).size());
    }
}
