package ru.registratura.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

import ru.registratura.application.Actor;
import ru.registratura.application.AppointmentNotFoundException;
import ru.registratura.application.BookingCatalog;
import ru.registratura.application.CabinetHeaderService;
import ru.registratura.application.PortalBookingService;
import ru.registratura.domain.account.AccountLevel;
import ru.registratura.domain.account.PatientAccount;
import ru.registratura.domain.card.CardDraft;
import ru.registratura.domain.card.CardNotFoundException;
import ru.registratura.domain.card.CardSource;
import ru.registratura.domain.card.Kinship;
import ru.registratura.domain.card.PatientCard;
import ru.registratura.domain.directory.DistrictKind;
import ru.registratura.domain.directory.Doctor;
import ru.registratura.domain.directory.Institution;
import ru.registratura.domain.directory.PatientGroup;
import ru.registratura.domain.directory.Sex;
import ru.registratura.domain.directory.Specialty;
import ru.registratura.domain.scheduling.Appointment;
import ru.registratura.domain.scheduling.AppointmentStatus;
import ru.registratura.domain.scheduling.BookingAccess;
import ru.registratura.domain.scheduling.BookingRefusedException;
import ru.registratura.domain.scheduling.BookingRule;
import ru.registratura.domain.scheduling.Channel;
import ru.registratura.domain.scheduling.Slot;

/** Each booking rule refuses with its reason and changes nothing; cancelling frees the slot at once. */
@ExtendWith(ArquillianExtension.class)
class BookingRulesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application("booking-rules-it", BookingRulesIT.class);
    }

    @PersistenceContext(unitName = "registratura")
    EntityManager em;

    @Inject
    UserTransaction tx;

    @Inject
    PortalBookingService booking;

    @Inject
    BookingCatalog catalog;

    @Inject
    CabinetHeaderService headers;

    private Institution institution;
    private Actor adult;
    private long adultCard;
    private long childCard;
    private Actor stranger;
    private long strangerCard;

    @BeforeEach
    void people() throws Exception {
        tx.begin();
        institution = new Institution("Поликлиника правил записи " + System.nanoTime(), "Тест", "адрес",
                "+7 (3952) 00-00-00", PatientGroup.MIXED);
        em.persist(institution);
        PatientAccount account = account();
        adult = new Actor(account.getId(), account.getEsiaOid(), null, "127.0.0.1");
        adultCard = card(account, Kinship.SELF, Sex.M, LocalDate.of(1980, 5, 5));
        childCard = card(account, Kinship.DAUGHTER, Sex.F, LocalDate.now().minusYears(5));
        PatientAccount other = account();
        stranger = new Actor(other.getId(), other.getEsiaOid(), null, "127.0.0.1");
        strangerCard = card(other, Kinship.SELF, Sex.F, LocalDate.of(1990, 1, 1));
        tx.commit();
    }

    private PatientAccount account() {
        PatientAccount account = new PatientAccount("it-rules-" + System.nanoTime(), Instant.now());
        account.refresh("Тестов", "Тест", null, LocalDate.of(1980, 5, 5), Sex.M, null, AccountLevel.CONFIRMED, null, null,
                null, List.of(), Instant.now());
        em.persist(account);
        em.flush();
        return account;
    }

    private long card(PatientAccount account, Kinship kinship, Sex sex, LocalDate birth) {
        CardDraft d = new CardDraft();
        d.setLastName("Тестов");
        d.setFirstName("Пациент");
        d.setSex(sex);
        d.setBirthDate(birth);
        d.setSnils("000-000-001 00");
        d.setKinship(kinship);
        // The holder's own card is always ESIA's (a database constraint); a relative's here is typed by hand.
        CardSource source = kinship == Kinship.SELF ? CardSource.ESIA : CardSource.MANUAL;
        PatientCard card = new PatientCard(account.getId(), d.validate(LocalDate.now()), source, null, "test", Instant.now());
        em.persist(card);
        em.flush();
        return card.getId();
    }

    /** A slot of a new doctor of a new specialty with these limits, {@code hours} from now. */
    private long slot(Integer minAge, Integer maxAge, Sex sex, BookingAccess access, long hours) throws Exception {
        return slot(minAge, maxAge, sex, access, hours, null);
    }

    private long slot(Integer minAge, Integer maxAge, Sex sex, BookingAccess access, long hours, DistrictKind district)
            throws Exception {
        tx.begin();
        Specialty specialty = new Specialty("R" + (System.nanoTime() % 100_000_000L), "Специальность", minAge, maxAge,
                sex, district);
        em.persist(specialty);
        Doctor doctor = new Doctor(institution, specialty, "Врачов", "Врач", null, "7");
        em.persist(doctor);
        Instant start = Instant.now().plus(hours, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        Slot slot = new Slot(doctor, start, start.plus(15, ChronoUnit.MINUTES), "7", access, null);
        em.persist(slot);
        tx.commit();
        return slot.getId();
    }

    private long nextSlotOfSameDoctor(long slotId, long hoursLater) throws Exception {
        tx.begin();
        Slot first = em.find(Slot.class, slotId);
        Instant start = first.getStartsAt().plus(hoursLater, ChronoUnit.HOURS);
        Slot slot = new Slot(first.getDoctor(), start, start.plus(15, ChronoUnit.MINUTES), "7", BookingAccess.INTERNET,
                null);
        em.persist(slot);
        tx.commit();
        return slot.getId();
    }

    private BookingRule refused(Actor actor, long card, long slot, Channel channel) {
        return assertThrows(BookingRefusedException.class, () -> booking.book(actor, card, slot, channel)).rule();
    }

    private long appointments(long slot) {
        return (Long) em.createQuery("select count(a) from Appointment a where a.slot.id = :slot")
                .setParameter("slot", slot).getSingleResult();
    }

    @Test
    void eachRuleRefusesWithItsReasonAndBooksNothing() throws Exception {
        long past = slot(null, null, null, BookingAccess.INTERNET, -2);
        long beyond = slot(null, null, null, BookingAccess.INTERNET, 24L * 40);
        long registryOnly = slot(null, null, null, BookingAccess.REGISTRY, 30);
        long adultsOnly = slot(18, null, null, BookingAccess.INTERNET, 30);
        long womenOnly = slot(14, null, Sex.F, BookingAccess.INTERNET, 30);
        assertEquals(BookingRule.SLOT_PAST, refused(adult, adultCard, past, Channel.PORTAL));
        assertEquals(BookingRule.BEYOND_HORIZON, refused(adult, adultCard, beyond, Channel.PORTAL));
        assertEquals(BookingRule.NOT_OPEN_TO_CHANNEL, refused(adult, adultCard, registryOnly, Channel.PORTAL));
        assertEquals(BookingRule.AGE, refused(adult, childCard, adultsOnly, Channel.PORTAL));
        assertEquals(BookingRule.SEX, refused(adult, adultCard, womenOnly, Channel.PORTAL));
        for (long slot : new long[] {past, beyond, registryOnly, adultsOnly, womenOnly}) {
            assertEquals(0, appointments(slot));
        }
        assertEquals(AppointmentStatus.BOOKED, booking.book(adult, adultCard, registryOnly, Channel.REGISTRY).getStatus(),
                "the registry may book a registry-only slot");
    }

    @Test
    void aDistrictDoctorIsBookedOnlyByTheAttachmentExceptByTheRegistry() throws Exception {
        long therapist = slot(18, null, null, BookingAccess.INTERNET, 30, DistrictKind.THERAPEUTIC);
        assertEquals(BookingRule.NOT_YOUR_DISTRICT, refused(adult, adultCard, therapist, Channel.PORTAL),
                "a card without an attachment to this doctor's district");
        assertEquals(0, appointments(therapist));
        assertEquals(AppointmentStatus.BOOKED, booking.book(adult, adultCard, therapist, Channel.REGISTRY).getStatus(),
                "the registry may book any district doctor");
    }

    @Test
    void oneActiveAppointmentPerSpecialtyAndADoubleClickBooksOnce() throws Exception {
        long first = slot(null, null, null, BookingAccess.INTERNET, 30);
        long second = nextSlotOfSameDoctor(first, 1);
        Appointment booked = booking.book(adult, adultCard, first, Channel.PORTAL);
        assertEquals(booked.getId(), booking.book(adult, adultCard, first, Channel.PORTAL).getId());
        assertEquals(1, appointments(first));
        assertEquals(BookingRule.ONE_PER_SPECIALTY, refused(adult, adultCard, second, Channel.PORTAL));
        assertEquals(AppointmentStatus.BOOKED, booking.book(adult, childCard, second, Channel.PORTAL).getStatus(),
                "another person of the card file may");
    }

    @Test
    void aTakenSlotOffersTheDoctorsNextFreeTimes() throws Exception {
        long first = slot(null, null, null, BookingAccess.INTERNET, 30);
        long second = nextSlotOfSameDoctor(first, 1);
        booking.book(stranger, strangerCard, first, Channel.PORTAL);
        BookingRefusedException e = assertThrows(BookingRefusedException.class,
                () -> booking.book(adult, adultCard, first, Channel.PORTAL));
        assertEquals(BookingRule.SLOT_TAKEN, e.rule());
        assertEquals(List.of(second), e.nextFree().stream().map(BookingRefusedException.FreeTime::slotId).toList());
        assertEquals(1, appointments(first));
        // Refused as read taken, before any appointment is stored: still audited as the loser of the slot.
        assertEquals(1L, ((Number) em.createNativeQuery("select count(*) from audit_event where outcome = 'SLOT_TAKEN' "
                + "and detail = ?").setParameter(1, "slot " + first).getSingleResult()).longValue());
    }

    @Test
    void whenManyLoseTheDoctorsTimesTheOffersAreDrawnFromFurtherOn() throws Exception {
        long first = slot(null, null, null, BookingAccess.INTERNET, 30);
        List<Long> free = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            free.add(nextSlotOfSameDoctor(first, i));
        }
        booking.book(stranger, strangerCard, first, Channel.PORTAL);
        List<Long> earliest = free.subList(0, 20);
        // The first to lose the time (nobody else lost one of this new doctor's) is offered among the next twenty.
        List<Long> offered = offeredTo(adult, adultCard, first);
        assertTrue(earliest.containsAll(offered), "the quiet window: " + offered);
        // Sixty more tries at once: the offers spread beyond the next twenty (five each from a window that widens by
        // one with each refusal: that every one of them still lands among the twenty has a chance under 10^-30).
        Set<Long> ever = new HashSet<>();
        for (int i = 0; i < 60; i++) {
            ever.addAll(offeredTo(adult, adultCard, first));
        }
        assertTrue(free.containsAll(ever), "only the doctor's free times: " + ever);
        assertTrue(ever.stream().anyMatch(id -> !earliest.contains(id)), "offers beyond the next twenty: " + ever);
        assertEquals(1, appointments(first));
    }

    private List<Long> offeredTo(Actor actor, long card, long slot) {
        BookingRefusedException e = assertThrows(BookingRefusedException.class,
                () -> booking.book(actor, card, slot, Channel.PORTAL));
        assertEquals(BookingRule.SLOT_TAKEN, e.rule());
        assertEquals(5, e.nextFree().size());
        return e.nextFree().stream().map(BookingRefusedException.FreeTime::slotId).toList();
    }

    @Test
    void aWizardPageTakesItsCardFromTheHeaderOfTheActorsAccountOnly() throws Exception {
        long slot = slot(null, null, null, BookingAccess.INTERNET, 30);
        CabinetHeaderService.Header own = headers.header(adult.accountId());
        assertEquals(childCard, catalog.confirmation(adult, own, childCard, slot).orElseThrow().cardId());
        // The header is what is asked, not the database: a header of the account without the card does not have it.
        CabinetHeaderService.Header without = new CabinetHeaderService.Header(adult.accountId(),
                own.cards().stream().filter(c -> c.id() != childCard).toList(), own.unread());
        assertThrows(CardNotFoundException.class, () -> catalog.confirmation(adult, without, childCard, slot));
        // A card not in the account's header is not the actor's, whatever the database says of other accounts.
        assertThrows(CardNotFoundException.class, () -> catalog.confirmation(adult, own, strangerCard, slot));
        // Another account's header is not taken: the card's ownership is read, and the stranger's card is not the adult's.
        CabinetHeaderService.Header strangers = headers.header(stranger.accountId());
        assertThrows(CardNotFoundException.class, () -> catalog.confirmation(adult, strangers, strangerCard, slot));
        assertEquals(adultCard, catalog.confirmation(adult, strangers, adultCard, slot).orElseThrow().cardId());
    }

    @Test
    void cancellingFreesTheSlotAtOnceAndOnlyTheOwnerMayCancel() throws Exception {
        long slot = slot(null, null, null, BookingAccess.INTERNET, 30);
        Appointment appointment = booking.book(adult, adultCard, slot, Channel.PORTAL);
        assertThrows(AppointmentNotFoundException.class, () -> booking.cancel(stranger, appointment.getId()));
        assertThrows(CardNotFoundException.class, () -> booking.book(stranger, adultCard, slot, Channel.PORTAL));
        booking.cancel(adult, appointment.getId());
        assertEquals(BookingRule.NOT_CANCELLABLE,
                assertThrows(BookingRefusedException.class, () -> booking.cancel(adult, appointment.getId())).rule());
        Appointment again = booking.book(stranger, strangerCard, slot, Channel.PORTAL);
        assertFalse(again.getId().equals(appointment.getId()));
        assertTrue(again.isBooked());
    }
}
