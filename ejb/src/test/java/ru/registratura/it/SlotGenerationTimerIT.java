package ru.registratura.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
import ru.registratura.domain.scheduling.SlotGenerator;
import ru.registratura.domain.scheduling.SlotRepository;
import ru.registratura.domain.scheduling.Weekdays;
import ru.registratura.infrastructure.config.RegionSettings;
import ru.registratura.infrastructure.scheduling.SlotGenerationTimer;

/** The EJB timer fills a new doctor's booking horizon on PostgreSQL, and running again adds nothing. */
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
    SlotRepository slots;

    @Inject
    RegionSettings region;

    @Inject
    Clock clock;

    @Test
    void theTimerGeneratesTheHorizonOnceAndOnlyOnce() throws Exception {
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

        Instant now = clock.instant();
        SlotGenerator generator = new SlotGenerator(region.zone(), region.horizonDays());
        Instant end = generator.horizonEnd(now);
        timer.runIn(Duration.ofMillis(200));
        List<Slot> generated = List.of();
        for (int attempt = 0; attempt < 100 && generated.size() < 23 * (region.horizonDays() - 1); attempt++) {
            Thread.sleep(200);
            generated = slots.findSlots(doctor.getId(), now, end);
        }
        // Every hour from now until the horizon's end, but for 23:00 each day (the template ends then).
        assertTrue(generated.size() >= 23 * (region.horizonDays() - 1), "generated " + generated.size());
        assertTrue(generated.stream().allMatch(s -> s.getStartsAt().isAfter(now) && s.getStartsAt().isBefore(end)));
        Set<Instant> starts = new HashSet<>();
        generated.forEach(s -> assertTrue(starts.add(s.getStartsAt()), "doubled " + s.getStartsAt()));
        assertEquals("42", generated.get(0).getCabinet());

        int before = slots.findSlots(doctor.getId(), now, end).size();
        assertEquals(0, generation.generateForDoctor(doctor.getId()), "a second run adds nothing");
        assertEquals(before, slots.findSlots(doctor.getId(), now, end).size());
    }
}
