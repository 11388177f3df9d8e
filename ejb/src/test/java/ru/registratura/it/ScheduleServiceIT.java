package ru.registratura.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import ru.registratura.application.InvalidScheduleException;
import ru.registratura.application.RegistryBookingService;
import ru.registratura.application.ScheduleChange;
import ru.registratura.application.ScheduleImpact;
import ru.registratura.application.ScheduleImpactChangedException;
import ru.registratura.application.ScheduleService;
import ru.registratura.application.SlotGenerationService;
import ru.registratura.application.StaffAccessDeniedException;
import ru.registratura.application.StaffActor;
import ru.registratura.domain.attachment.RegisterEntry;
import ru.registratura.domain.card.FullName;
import ru.registratura.domain.directory.Doctor;
import ru.registratura.domain.directory.Institution;
import ru.registratura.domain.directory.Sex;
import ru.registratura.domain.directory.Specialty;
import ru.registratura.domain.scheduling.Appointment;
import ru.registratura.domain.scheduling.BookingAccess;
import ru.registratura.domain.scheduling.ExceptionDraft;
import ru.registratura.domain.scheduling.ExceptionKind;
import ru.registratura.domain.scheduling.ScheduleTemplate;
import ru.registratura.domain.scheduling.Slot;
import ru.registratura.domain.scheduling.TemplateDraft;
import ru.registratura.domain.scheduling.Weekdays;
import ru.registratura.infrastructure.config.RegionSettings;

/**
 * Schedule changes on the server: a preview changes nothing; an applied change regenerates the doctor's slots
 * at once and cancels only the appointments the operator confirmed; another institution's operator can neither
 * preview nor apply; removing an absence brings its slots back; a changed slot length moves the grid.
 */
@ExtendWith(ArquillianExtension.class)
class ScheduleServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application("schedule-it", ScheduleServiceIT.class);
    }

    @PersistenceContext(unitName = "registratura")
    EntityManager em;

    @Inject
    UserTransaction tx;

    @Inject
    ScheduleService schedules;

    @Inject
    SlotGenerationService generation;

    @Inject
    RegistryBookingService booking;

    @Inject
    RegionSettings region;

    private LocalDate day;
    private long doctor;
    private long template;
    private long person;
    private StaffActor operatorA;
    private StaffActor operatorB;

    @BeforeEach
    void aDoctorReceivingOneDay() throws Exception {
        day = region.today().plusDays(2);
        tx.begin();
        Institution a = StaffFixtures.institution(em, "A");
        Institution b = StaffFixtures.institution(em, "B");
        Specialty specialty = new Specialty("S" + (System.nanoTime() % 100_000_000L), "Специальность", null, null, null, null);
        em.persist(specialty);
        Doctor d = new Doctor(a, specialty, "Графиков", "Врач", null, "12");
        em.persist(d);
        ScheduleTemplate t = new ScheduleTemplate(d, Weekdays.fromMask(127), LocalTime.of(9, 0), LocalTime.of(10, 0), 15,
                null, BookingAccess.INTERNET, day, day);
        em.persist(t);
        RegisterEntry entry = new RegisterEntry(null, null, new FullName("Графикова", "Анна", null),
                LocalDate.of(1980, 1, 1), Sex.F, null, a, null, LocalDate.of(2020, 1, 1));
        em.persist(entry);
        em.flush();
        doctor = d.getId();
        template = t.getId();
        person = entry.getId();
        operatorA = StaffFixtures.operator(em, a);
        operatorB = StaffFixtures.operator(em, b);
        tx.commit();
        assertEquals(4, generation.generateForDoctor(doctor));
    }



    private List<Slot> slots() {
        em.clear();
        return em.createQuery("select s from Slot s where s.doctor.id = :d order by s.startsAt", Slot.class)
                .setParameter("d", doctor).getResultList();
    }

    private long active() {
        return slots().stream().filter(s -> !s.isWithdrawn()).count();
    }

    private Appointment appointment(long id) {
        em.clear();
        return em.find(Appointment.class, id);
    }

    private ScheduleChange absence() {
        return new ScheduleChange.AddException(doctor,
                new ExceptionDraft(ExceptionKind.ABSENCE, day, day, null, null, "отпуск"));
    }

    private long exceptions() {
        return em.createQuery("select count(e) from ScheduleException e where e.doctor.id = :d", Long.class)
                .setParameter("d", doctor).getSingleResult();
    }

    @Test
    void anAbsenceIsPreviewedThenAppliedOnlyAsConfirmedAndRemovedAgain() {
        long slot = slots().get(1).getId();
        long booked = booking.book(operatorA, null, person, slot).getId();

        ScheduleImpact preview = schedules.preview(operatorA, absence());
        assertEquals(Set.of(booked), preview.affectedIds());
        assertEquals(4, preview.withdrawn());
        assertEquals(0, exceptions(), "a preview changes nothing");
        assertEquals(4, active());
        assertTrue(appointment(booked).isBooked());

        assertThrows(ScheduleImpactChangedException.class,
                () -> schedules.apply(operatorA, absence(), Set.of(), "отпуск"), "not confirmed");
        assertThrows(InvalidScheduleException.class,
                () -> schedules.apply(operatorA, absence(), Set.of(booked), " "), "no reason for the patient");
        assertEquals(0, exceptions());
        assertTrue(appointment(booked).isBooked());

        schedules.apply(operatorA, absence(), Set.of(booked), "отпуск");
        assertEquals(1, exceptions());
        assertEquals(0, active(), "withdrawn at once");
        Appointment cancelled = appointment(booked);
        assertEquals("отпуск", cancelled.getCancelReason());
        assertTrue(!cancelled.isBooked());
        assertTrue(slots().stream().allMatch(Slot::isFree), "the cancelled appointment's slot is free (and withdrawn)");

        long exception = em.createQuery("select e.id from ScheduleException e where e.doctor.id = :d", Long.class)
                .setParameter("d", doctor).getSingleResult();
        ScheduleImpact removed = schedules.apply(operatorA, new ScheduleChange.RemoveException(exception), Set.of(), null);
        assertEquals(4, removed.added());
        assertEquals(4, active(), "the slots come back, free");
        assertEquals(4, slots().size(), "revived, not added twice");
    }

    @Test
    void anotherInstitutionsOperatorCanNeitherPreviewNorApply() {
        assertThrows(StaffAccessDeniedException.class, () -> schedules.preview(operatorB, absence()));
        assertThrows(StaffAccessDeniedException.class, () -> schedules.apply(operatorB, absence(), Set.of(), "отпуск"));
        assertThrows(StaffAccessDeniedException.class, () -> schedules.apply(operatorB,
                new ScheduleChange.EndTemplate(template, day), Set.of(), null));
        assertTrue(schedules.schedule(operatorB, doctor).isEmpty());
        assertEquals(0, exceptions());
        assertEquals(4, active());
    }

    @Test
    void aLongerSlotMovesTheGridAndBadInputChangesNothing() {
        TemplateDraft twenty = new TemplateDraft(EnumSet.allOf(DayOfWeek.class), LocalTime.of(9, 0), LocalTime.of(10, 0),
                20, null, BookingAccess.INTERNET, day, day);
        ScheduleImpact impact = schedules.apply(operatorA, new ScheduleChange.ChangeTemplate(template, twenty), Set.of(), null);
        assertEquals(2, impact.added(), "09:20 and 09:40");
        assertEquals(3, impact.withdrawn(), "09:15, 09:30 and 09:45");
        assertEquals(3, active());
        assertTrue(slots().stream().filter(s -> !s.isWithdrawn())
                .allMatch(s -> s.getEndsAt().equals(s.getStartsAt().plusSeconds(20 * 60))), "09:00 ends at 09:20 now");

        TemplateDraft backwards = new TemplateDraft(Set.of(), LocalTime.of(10, 0), LocalTime.of(9, 0), 3, null, null,
                day, day.minusDays(1));
        InvalidScheduleException refused = assertThrows(InvalidScheduleException.class,
                () -> schedules.apply(operatorA, new ScheduleChange.ChangeTemplate(template, backwards), Set.of(), null));
        assertEquals(Set.of("days", "ends", "slotMinutes", "access", "validUntil"),
                refused.errors().stream().map(e -> e.field()).collect(Collectors.toSet()));
        assertEquals(3, active(), "nothing changed");
    }
}
