package ru.registratura.domain.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import ru.registratura.domain.directory.DistrictKind;
import ru.registratura.domain.directory.Doctor;
import ru.registratura.domain.directory.Institution;
import ru.registratura.domain.directory.PatientGroup;
import ru.registratura.domain.directory.Sex;
import ru.registratura.domain.directory.Specialty;

/** Each booking rule alone, and the policy's order, without a server. */
class BookingPolicyTest {

    private static final ZoneId IRKUTSK = ZoneId.of("Asia/Irkutsk");
    /** 10:00 in Irkutsk on 01.12.2026. */
    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
    private static final Instant HORIZON = Instant.parse("2026-12-14T16:00:00Z");
    private static final Institution POLYCLINIC = new Institution("Городская поликлиника № 1", "ГП 1", "ул. Ленина, 1",
            "+7 (3952) 00-00-00", PatientGroup.MIXED);
    private static final Specialty THERAPIST = new Specialty("27", "Терапевт участковый", 18, null, null,
            DistrictKind.THERAPEUTIC);
    private static final Specialty OPHTHALMOLOGIST = new Specialty("29", "Офтальмолог", null, null, null, null);
    private static final Specialty GYNAECOLOGIST = new Specialty("2", "Акушер-гинеколог", 14, null, Sex.F, null);
    private static final Specialty PAEDIATRICIAN = new Specialty("49", "Педиатр", null, 17, null, null);

    private static final Doctor DISTRICT_THERAPIST = doctor(THERAPIST, "Петрова");
    private static final Doctor OTHER_THERAPIST = doctor(THERAPIST, "Сидорова");

    private static final BookingRequest.Person ADULT = new BookingRequest.Person(LocalDate.of(1980, 5, 1), Sex.M,
            doctor -> doctor == DISTRICT_THERAPIST);

    private final BookingPolicy policy = BookingPolicy.of(HORIZON, IRKUTSK, true, 10);

    private static Doctor doctor(Specialty specialty, String lastName) {
        return new Doctor(POLYCLINIC, specialty, lastName, "Анна", "Ивановна", "101");
    }

    private static Slot slot(Doctor doctor, Instant startsAt, BookingAccess access) {
        return new Slot(doctor, startsAt, startsAt.plus(Duration.ofMinutes(15)), "101", access, null);
    }

    private static Slot online(Specialty specialty, Instant startsAt) {
        return slot(doctor(specialty, "Иванова"), startsAt, BookingAccess.INTERNET);
    }

    private static BookingRequest portal(BookingRequest.Person person, Slot slot) {
        return new BookingRequest(person, slot, Channel.PORTAL, NOW, List.of(), 0);
    }

    private static boolean breaks(BookingPolicy.Rule rule, BookingRequest request) {
        return rule.isBrokenBy(request);
    }

    @Test
    void aSlotThatHasStartedIsPastTheOneStartingLaterIsNot() {
        BookingPolicy.Rule rule = new BookingRules.FutureSlot();
        assertEquals(BookingRule.SLOT_PAST, rule.refusal());
        assertTrue(breaks(rule, portal(ADULT, online(OPHTHALMOLOGIST, NOW))), "starting this very moment");
        assertTrue(breaks(rule, portal(ADULT, online(OPHTHALMOLOGIST, NOW.minusSeconds(600)))));
        assertFalse(breaks(rule, portal(ADULT, online(OPHTHALMOLOGIST, NOW.plusSeconds(60)))));
    }

    @Test
    void aDoctorByReferralIsBookedWithAReferralOnTheWebAndWithoutOneByTheRegistry() {
        BookingPolicy.Rule rule = new BookingRules.ReferralIfRequired();
        assertEquals(BookingRule.REFERRAL_REQUIRED, rule.refusal());
        Specialty cardiology = new Specialty("31", "Кардиолог", null, null, null, null);
        Doctor cardiologist = doctor(cardiology, "Сердцева");
        Slot slot = slot(cardiologist, NOW.plusSeconds(86_400), BookingAccess.INTERNET);
        assertFalse(breaks(rule, portal(ADULT, slot)), "not marked: no referral needed");
        cardiology.setReferralRequired(true);
        assertTrue(breaks(rule, portal(ADULT, slot)), "the specialty marked");
        assertFalse(breaks(rule, portal(ADULT, slot).referred(true)));
        assertTrue(breaks(rule, new BookingRequest(ADULT, slot, Channel.API, NOW, List.of())));
        assertFalse(breaks(rule, new BookingRequest(ADULT, slot, Channel.REGISTRY, NOW, List.of())), "the registry issues them");
        cardiology.setReferralRequired(false);
        cardiologist.setReferralRequired(true);
        assertTrue(breaks(rule, portal(ADULT, slot)), "the doctor marked alone");
        assertEquals(Optional.of(BookingRule.REFERRAL_REQUIRED), policy.firstBroken(portal(ADULT, slot)));
    }

    @Test
    void theHorizonEndsBeforeItsLastInstant() {
        BookingPolicy.Rule rule = new BookingRules.WithinHorizon(HORIZON);
        assertEquals(BookingRule.BEYOND_HORIZON, rule.refusal());
        assertFalse(breaks(rule, portal(ADULT, online(OPHTHALMOLOGIST, HORIZON.minusSeconds(900)))));
        assertTrue(breaks(rule, portal(ADULT, online(OPHTHALMOLOGIST, HORIZON))));
        assertTrue(breaks(rule, portal(ADULT, online(OPHTHALMOLOGIST, HORIZON.plus(Duration.ofDays(30))))));
    }

    @Test
    void registryOnlySlotsAreOpenToTheRegistryAlone() {
        BookingPolicy.Rule rule = new BookingRules.OpenToChannel();
        Slot registryOnly = slot(doctor(OPHTHALMOLOGIST, "Иванова"), NOW.plusSeconds(3600), BookingAccess.REGISTRY);
        for (Channel channel : List.of(Channel.PORTAL, Channel.API)) {
            assertTrue(breaks(rule, new BookingRequest(ADULT, registryOnly, channel, NOW, List.of())), channel.name());
        }
        assertFalse(breaks(rule, new BookingRequest(ADULT, registryOnly, Channel.REGISTRY, NOW, List.of())));
        assertFalse(breaks(rule, portal(ADULT, online(OPHTHALMOLOGIST, NOW.plusSeconds(3600)))));
    }

    @Test
    void theAgeIsCountedOnTheSlotsDayInTheRegion() {
        BookingPolicy.Rule rule = new BookingRules.ServesAge(IRKUTSK);
        // Turns 18 on 03.12.2026: a child for the paediatrician on the 2nd, an adult for the therapist on the 3rd.
        BookingRequest.Person turning = new BookingRequest.Person(LocalDate.of(2008, 12, 3), Sex.F, d -> true);
        Instant second = Instant.parse("2026-12-02T01:00:00Z");
        Instant thirdEarlyInIrkutsk = Instant.parse("2026-12-02T16:30:00Z");
        assertFalse(breaks(rule, portal(turning, online(PAEDIATRICIAN, second))));
        assertTrue(breaks(rule, portal(turning, online(THERAPIST, second))));
        assertFalse(breaks(rule, portal(turning, online(THERAPIST, thirdEarlyInIrkutsk))),
                "00:30 on the 3rd in Irkutsk is still the 2nd in UTC");
        assertTrue(breaks(rule, portal(turning, online(PAEDIATRICIAN, thirdEarlyInIrkutsk))));
    }

    @Test
    void aSpecialtyOfOneSexServesThatSexOnly() {
        BookingPolicy.Rule rule = new BookingRules.ServesSex();
        BookingRequest.Person woman = new BookingRequest.Person(LocalDate.of(1990, 1, 1), Sex.F, d -> false);
        assertTrue(breaks(rule, portal(ADULT, online(GYNAECOLOGIST, NOW.plusSeconds(3600)))));
        assertFalse(breaks(rule, portal(woman, online(GYNAECOLOGIST, NOW.plusSeconds(3600)))));
        assertFalse(breaks(rule, portal(ADULT, online(OPHTHALMOLOGIST, NOW.plusSeconds(3600)))));
    }

    @Test
    void aDistrictSpecialtyIsBookedWithOnesOwnDistrictDoctorExceptByTheRegistry() {
        BookingPolicy.Rule rule = new BookingRules.OwnDistrictDoctor();
        Slot own = slot(DISTRICT_THERAPIST, NOW.plusSeconds(3600), BookingAccess.INTERNET);
        Slot other = slot(OTHER_THERAPIST, NOW.plusSeconds(3600), BookingAccess.INTERNET);
        assertFalse(breaks(rule, portal(ADULT, own)));
        assertTrue(breaks(rule, portal(ADULT, other)));
        assertTrue(breaks(rule, new BookingRequest(ADULT, other, Channel.API, NOW, List.of())));
        assertFalse(breaks(rule, new BookingRequest(ADULT, other, Channel.REGISTRY, NOW, List.of())));
        assertFalse(breaks(rule, portal(ADULT, online(OPHTHALMOLOGIST, NOW.plusSeconds(3600)))),
                "not a district specialty: any doctor");
    }

    @Test
    void oneActiveAppointmentPerSpecialty() {
        BookingPolicy.Rule rule = new BookingRules.OnePerSpecialty();
        Slot booked = online(OPHTHALMOLOGIST, NOW.plus(Duration.ofDays(2)));
        Appointment upcoming = new Appointment(booked, 1L, 1L, "Иванов Иван Иванович", Channel.PORTAL, NOW);
        Slot another = slot(doctor(OPHTHALMOLOGIST, "Смирнова"), NOW.plus(Duration.ofDays(3)), BookingAccess.INTERNET);
        assertTrue(breaks(rule, new BookingRequest(ADULT, another, Channel.PORTAL, NOW, List.of(upcoming))),
                "another doctor of the same specialty");
        assertFalse(breaks(rule, new BookingRequest(ADULT, slot(DISTRICT_THERAPIST, NOW.plus(Duration.ofDays(3)),
                BookingAccess.INTERNET), Channel.PORTAL, NOW, List.of(upcoming))), "another specialty");
        assertFalse(breaks(rule, portal(ADULT, another)), "nothing booked");
    }

    @Test
    void anAccountHoldsAtMostTheRegionsNumberOfBookedAppointments() {
        BookingPolicy.Rule rule = new BookingRules.AccountLimit(10);
        Slot slot = online(OPHTHALMOLOGIST, NOW.plusSeconds(3600));
        assertFalse(breaks(rule, new BookingRequest(ADULT, slot, Channel.PORTAL, NOW, List.of(), 9)));
        assertTrue(breaks(rule, new BookingRequest(ADULT, slot, Channel.PORTAL, NOW, List.of(), 10)));
    }

    @Test
    void thePolicyNamesTheFirstRuleBrokenInItsOrder() {
        Slot pastAndWomenOnly = online(GYNAECOLOGIST, NOW.minusSeconds(60));
        assertEquals(Optional.of(BookingRule.SLOT_PAST), policy.firstBroken(portal(ADULT, pastAndWomenOnly)));
        assertEquals(Optional.of(BookingRule.SEX),
                policy.firstBroken(portal(ADULT, online(GYNAECOLOGIST, NOW.plusSeconds(3600)))));
        Slot fine = slot(DISTRICT_THERAPIST, NOW.plusSeconds(3600), BookingAccess.INTERNET);
        assertEquals(Optional.empty(), policy.firstBroken(portal(ADULT, fine)));
        assertEquals(Optional.of(BookingRule.ACCOUNT_LIMIT),
                policy.firstBroken(new BookingRequest(ADULT, fine, Channel.PORTAL, NOW, List.of(), 10)));
    }

    @Test
    void aRegionWithoutTheOnePerSpecialtyRuleBooksTwo() {
        Slot booked = online(OPHTHALMOLOGIST, NOW.plus(Duration.ofDays(2)));
        Appointment upcoming = new Appointment(booked, 1L, 1L, "Иванов Иван Иванович", Channel.PORTAL, NOW);
        BookingRequest second = new BookingRequest(ADULT, online(OPHTHALMOLOGIST, NOW.plus(Duration.ofDays(3))),
                Channel.PORTAL, NOW, List.of(upcoming), 1);
        assertEquals(Optional.of(BookingRule.ONE_PER_SPECIALTY), policy.firstBroken(second));
        assertEquals(Optional.empty(), BookingPolicy.of(HORIZON, IRKUTSK, false, 10).firstBroken(second));
    }
}
