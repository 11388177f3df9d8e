package ru.registratura.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

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

import ru.registratura.application.RegistryBookingService;
import ru.registratura.application.StaffAccessDeniedException;
import ru.registratura.application.StaffActor;
import ru.registratura.domain.attachment.RegisterEntry;
import ru.registratura.domain.card.FullName;
import ru.registratura.domain.directory.Doctor;
import ru.registratura.domain.directory.Institution;
import ru.registratura.domain.directory.Sex;
import ru.registratura.domain.directory.Specialty;
import ru.registratura.domain.scheduling.Appointment;
import ru.registratura.domain.scheduling.AppointmentStatus;
import ru.registratura.domain.scheduling.BookingAccess;
import ru.registratura.domain.scheduling.BookingRefusedException;
import ru.registratura.domain.scheduling.BookingRule;
import ru.registratura.domain.scheduling.Slot;

/**
 * Registry bookings on the server: an operator books and cancels only at their own institutions and only for
 * people attached there, whatever ids a request carries; the same rules and the same claim as the portal's.
 */
@ExtendWith(ArquillianExtension.class)
class RegistryBookingServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application("registry-booking-it", RegistryBookingServiceIT.class);
    }

    @PersistenceContext(unitName = "registratura")
    EntityManager em;

    @Inject
    UserTransaction tx;

    @Inject
    RegistryBookingService booking;

    private long slotA;
    private long secondSlotA;
    private long slotB;
    private long personA;
    private long personB;
    private StaffActor operatorA;
    private StaffActor operatorB;

    @BeforeEach
    void twoInstitutions() throws Exception {
        tx.begin();
        Institution a = StaffFixtures.institution(em, "A");
        Institution b = StaffFixtures.institution(em, "B");
        Specialty specialty = new Specialty("G" + (System.nanoTime() % 100_000_000L), "Специальность", null, null, null, null);
        em.persist(specialty);
        slotA = slot(a, specialty, 30);
        secondSlotA = slot(a, specialty, 54);
        slotB = slot(b, specialty, 30);
        personA = entry(a);
        personB = entry(b);
        operatorA = StaffFixtures.operator(em, a);
        operatorB = StaffFixtures.operator(em, b);
        tx.commit();
    }



    private long slot(Institution institution, Specialty specialty, long hours) {
        Doctor doctor = new Doctor(institution, specialty, "Врачов", "Врач", null, "7");
        em.persist(doctor);
        Instant start = Instant.now().plus(hours, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        Slot slot = new Slot(doctor, start, start.plus(15, ChronoUnit.MINUTES), "7", BookingAccess.REGISTRY, null);
        em.persist(slot);
        em.flush();
        return slot.getId();
    }

    private long entry(Institution institution) {
        RegisterEntry entry = new RegisterEntry(null, null, new FullName("Звонков", "Пётр", null), LocalDate.of(1970, 3, 3),
                Sex.M, null, institution, null, LocalDate.of(2020, 1, 1));
        em.persist(entry);
        em.flush();
        return entry.getId();
    }

    private Long holder(long slot) {
        return (Long) em.createQuery("select s.appointmentId from Slot s where s.id = :id").setParameter("id", slot)
                .getSingleResult();
    }

    @Test
    void anOperatorBooksARegistryOnlySlotForAPersonOfTheRegisterAndCancels() {
        Appointment appointment = booking.book(operatorA, null, personA, slotA);
        assertEquals(AppointmentStatus.BOOKED, appointment.getStatus());
        assertEquals(appointment.getId(), holder(slotA));
        assertEquals(personA, appointment.getRegisterEntryId());
        assertEquals(operatorA.userId(), appointment.getBookedBy());

        assertEquals(appointment.getId(), booking.book(operatorA, null, personA, slotA).getId(),
                "a double click books once");
        assertEquals(BookingRule.ONE_PER_SPECIALTY, assertThrows(BookingRefusedException.class,
                () -> booking.book(operatorA, null, personA, secondSlotA)).rule());

        booking.cancel(operatorA, appointment.getId());
        assertNull(holder(slotA), "the slot is free at once");
    }

    @Test
    void noOperatorBooksOrCancelsAtAnotherInstitutionWhateverTheIds() {
        assertThrows(StaffAccessDeniedException.class, () -> booking.book(operatorB, null, personA, slotA),
                "a slot of another institution");
        assertThrows(StaffAccessDeniedException.class, () -> booking.book(operatorB, null, personA, slotB),
                "a person attached elsewhere");
        assertThrows(StaffAccessDeniedException.class, () -> booking.book(operatorA, null, null, slotA),
                "nobody");
        assertNull(holder(slotA));
        assertNull(holder(slotB));

        Appointment appointment = booking.book(operatorA, null, personA, slotA);
        assertThrows(StaffAccessDeniedException.class, () -> booking.cancel(operatorB, appointment.getId()));
        assertEquals(appointment.getId(), holder(slotA), "still booked");
    }

    @Test
    void aSlotTakenByTheRegistryIsTakenForEveryone() {
        booking.book(operatorA, null, personA, slotA);
        long otherPerson;
        try {
            tx.begin();
            otherPerson = entry(em.find(Slot.class, slotA).getDoctor().getInstitution());
            tx.commit();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        assertEquals(BookingRule.SLOT_TAKEN, assertThrows(BookingRefusedException.class,
                () -> booking.book(operatorA, null, otherPerson, slotA)).rule());
    }

    private String status(long appointment) {
        return em.find(Appointment.class, appointment).getStatus().name();
    }

    @Test
    void anAppointmentMovesToAnotherTimeOfTheSameSpecialtyAndItsOldTimeIsFreed() {
        Appointment first = booking.book(operatorA, null, personA, slotA);
        // One per specialty holds for a new booking, not for a move: the appointment itself is set aside.
        Appointment moved = booking.reschedule(operatorA, first.getId(), secondSlotA);
        assertEquals(first.getId(), moved.getId(), "the same appointment and ticket");
        assertEquals(first.getId(), holder(secondSlotA));
        assertNull(holder(slotA), "the old time is free at once");
        em.clear();
        assertEquals("BOOKED", status(first.getId()));
        assertEquals(secondSlotA, em.find(Appointment.class, first.getId()).getSlot().getId());
    }

    @Test
    void aMoveThatIsRefusedKeepsTheOldAppointment() {
        Appointment first = booking.book(operatorA, null, personA, slotA);
        Appointment other;
        long otherPerson;
        try {
            tx.begin();
            otherPerson = entry(em.find(Slot.class, slotA).getDoctor().getInstitution());
            tx.commit();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        other = booking.book(operatorA, null, otherPerson, secondSlotA);
        assertEquals(BookingRule.SLOT_TAKEN, assertThrows(BookingRefusedException.class,
                () -> booking.reschedule(operatorA, first.getId(), secondSlotA)).rule());
        assertThrows(StaffAccessDeniedException.class, () -> booking.reschedule(operatorB, first.getId(), slotB),
                "an operator of another institution moves nothing");
        assertThrows(StaffAccessDeniedException.class, () -> booking.reschedule(operatorA, first.getId(), slotB),
                "nor to another institution's time");
        em.clear();
        assertEquals(first.getId(), holder(slotA), "the old time is kept");
        assertEquals(other.getId(), holder(secondSlotA));
        assertEquals("BOOKED", status(first.getId()));
        assertNull(holder(slotB));
    }
}
