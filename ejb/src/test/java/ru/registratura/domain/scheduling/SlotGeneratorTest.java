package ru.registratura.domain.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import ru.registratura.domain.directory.Doctor;
import ru.registratura.domain.directory.Institution;
import ru.registratura.domain.directory.PatientGroup;
import ru.registratura.domain.directory.Specialty;

class SlotGeneratorTest {

    private static final ZoneId IRKUTSK = ZoneId.of("Asia/Irkutsk");
    // Monday 2026-11-23, 00:30 in Irkutsk (UTC+8): 2026-11-22T16:30Z
    private static final Instant MONDAY_NIGHT = Instant.parse("2026-11-22T16:30:00Z");

    private final Doctor doctor = new Doctor(
            new Institution("Поликлиника", "П", "Иркутск", "+7 3952 000000", PatientGroup.ADULT),
            new Specialty("76", "Терапевт", 18, null, null, null), "Иванова", "Мария", "Петровна", "101");

    private final SlotGenerator generator = new SlotGenerator(IRKUTSK, 14);

    private ScheduleTemplate template(Weekdays days, String from, String to, int minutes) {
        return new ScheduleTemplate(doctor, days, LocalTime.parse(from), LocalTime.parse(to), minutes, null,
                BookingAccess.INTERNET, LocalDate.of(2025, 1, 1), null);
    }

    private List<Slot> generate(List<ScheduleTemplate> templates, List<ScheduleException> exceptions) {
        return generator.missingSlots(doctor, templates, exceptions, MONDAY_NIGHT, Set.of());
    }

    private static Set<LocalDate> days(List<Slot> slots) {
        return slots.stream().map(s -> s.getStartsAt().atZone(IRKUTSK).toLocalDate()).collect(Collectors.toSet());
    }

    @Test
    void generatesSlotsOnlyOnTheTemplatesWeekdays() {
        List<Slot> slots = generate(List.of(template(Weekdays.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY),
                "09:00", "10:00", 20)), List.of());
        assertEquals(Set.of(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 26), LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 3)), days(slots));
        assertEquals(4 * 3, slots.size());
    }

    @Test
    void cutsTheReceptionIntoSlotsOfTheTemplatesLengthAndDropsAShortRemainder() {
        List<Slot> slots = generate(List.of(template(Weekdays.of(DayOfWeek.MONDAY), "08:00", "09:10", 15)),
                List.of());
        List<Slot> monday = slots.stream()
                .filter(s -> s.getStartsAt().atZone(IRKUTSK).toLocalDate().equals(LocalDate.of(2026, 11, 23)))
                .toList();
        assertEquals(List.of("08:00", "08:15", "08:30", "08:45"), monday.stream()
                .map(s -> s.getStartsAt().atZone(IRKUTSK).toLocalTime().toString()).toList());
        assertEquals(900, monday.get(0).getEndsAt().getEpochSecond() - monday.get(0).getStartsAt().getEpochSecond());
        assertEquals("101", monday.get(0).getCabinet(), "without a cabinet of its own the template uses the doctor's");
    }

    @Test
    void placesSlotsInTheRegionsTimeZone() {
        List<Slot> slots = generate(List.of(template(Weekdays.of(DayOfWeek.MONDAY), "08:00", "08:15", 15)),
                List.of());
        assertEquals(Instant.parse("2026-11-23T00:00:00Z"), slots.get(0).getStartsAt(),
                "08:00 in Irkutsk is midnight UTC");
        SlotGenerator moscow = new SlotGenerator(ZoneId.of("Europe/Moscow"), 14);
        Slot inMoscow = moscow.missingSlots(doctor,
                List.of(template(Weekdays.of(DayOfWeek.MONDAY), "08:00", "08:15", 15)), List.of(), MONDAY_NIGHT,
                Set.of()).get(0);
        assertEquals(Instant.parse("2026-11-23T05:00:00Z"), inMoscow.getStartsAt());
    }

    @Test
    void staysWithinTheBookingHorizonAndInTheFuture() {
        Instant mondayNoon = LocalDateTime.of(2026, 11, 23, 12, 0).atZone(IRKUTSK).toInstant();
        List<Slot> slots = generator.missingSlots(doctor,
                List.of(template(Weekdays.mondayToFriday(), "08:00", "16:00", 60)), List.of(), mondayNoon, Set.of());
        assertTrue(slots.stream().allMatch(s -> s.getStartsAt().isAfter(mondayNoon)), "no slot in the past");
        LocalDate last = LocalDate.of(2026, 11, 23).plusDays(13);
        assertTrue(days(slots).stream().allMatch(d -> !d.isAfter(last)), "no slot past the horizon");
        assertTrue(days(slots).contains(LocalDate.of(2026, 12, 4)), "the horizon's last weekday is there");
        assertEquals(3 + 9 * 8, slots.size(), "Monday 13:00-15:00 (12:00 is not after noon), then nine full weekdays");
    }

    @Test
    void skipsDaysOffAndAbsencesAndShortensShortenedDays() {
        ScheduleException absence = ScheduleException.noReception(doctor, ExceptionKind.ABSENCE,
                LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 25), "Отпуск");
        ScheduleException dayOff = ScheduleException.noReception(doctor, ExceptionKind.DAY_OFF,
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1), null);
        ScheduleException shortened = ScheduleException.shortened(doctor, LocalDate.of(2026, 11, 26),
                LocalDate.of(2026, 11, 26), LocalTime.of(9, 0), LocalTime.of(10, 0), "Предпраздничный день");
        List<Slot> slots = generate(List.of(template(Weekdays.mondayToFriday(), "08:00", "12:00", 30)),
                List.of(absence, dayOff, shortened));
        Set<LocalDate> days = days(slots);
        assertTrue(!days.contains(LocalDate.of(2026, 11, 24)) && !days.contains(LocalDate.of(2026, 11, 25)));
        assertTrue(!days.contains(LocalDate.of(2026, 12, 1)));
        assertTrue(days.contains(LocalDate.of(2026, 11, 27)) && days.contains(LocalDate.of(2026, 11, 30)),
                "the other weekdays keep their reception: " + days);
        List<String> thursday = slots.stream()
                .filter(s -> s.getStartsAt().atZone(IRKUTSK).toLocalDate().equals(LocalDate.of(2026, 11, 26)))
                .map(s -> s.getStartsAt().atZone(IRKUTSK).toLocalTime().toString()).toList();
        assertEquals(List.of("09:00", "09:30"), thursday);
    }

    @Test
    void honoursTheTemplatesValidityPeriod() {
        ScheduleTemplate shortLived = new ScheduleTemplate(doctor, Weekdays.mondayToFriday(), LocalTime.of(8, 0),
                LocalTime.of(9, 0), 60, "7", BookingAccess.REGISTRY, LocalDate.of(2026, 11, 25),
                LocalDate.of(2026, 11, 26));
        List<Slot> slots = generate(List.of(shortLived), List.of());
        assertEquals(Set.of(LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 26)), days(slots));
        assertTrue(slots.stream().allMatch(s -> s.getAccess() == BookingAccess.REGISTRY && s.getCabinet().equals("7")));
    }

    @Test
    void aSecondRunCreatesNothingNew() {
        List<ScheduleTemplate> templates = List.of(template(Weekdays.mondayToFriday(), "08:00", "12:00", 15));
        List<Slot> first = generate(templates, List.of());
        Set<Instant> existing = new HashSet<>();
        first.forEach(s -> existing.add(s.getStartsAt()));
        assertTrue(generator.missingSlots(doctor, templates, List.of(), MONDAY_NIGHT, existing).isEmpty());
        existing.remove(first.get(5).getStartsAt());
        assertEquals(List.of(first.get(5).getStartsAt()), generator
                .missingSlots(doctor, templates, List.of(), MONDAY_NIGHT, existing).stream()
                .map(Slot::getStartsAt).toList(), "only a missing slot is made again");
    }

    @Test
    void overlappingTemplatesNeverDoubleAStartTime() {
        List<Slot> slots = generate(List.of(template(Weekdays.of(DayOfWeek.MONDAY), "08:00", "10:00", 30),
                template(Weekdays.of(DayOfWeek.MONDAY), "09:00", "11:00", 30)), List.of());
        Set<Instant> starts = new HashSet<>();
        slots.forEach(s -> assertTrue(starts.add(s.getStartsAt()), "doubled start " + s.getStartsAt()));
        List<String> firstMonday = slots.stream()
                .filter(s -> s.getStartsAt().atZone(IRKUTSK).toLocalDate().equals(LocalDate.of(2026, 11, 23)))
                .map(s -> s.getStartsAt().atZone(IRKUTSK).toLocalTime().toString()).toList();
        assertEquals(List.of("08:00", "08:30", "09:00", "09:30", "10:00", "10:30"), firstMonday,
                "the two templates' times, the shared ones once");
    }

    @Test
    void refusesNonsenseTemplates() {
        assertThrows(IllegalArgumentException.class, () -> template(Weekdays.mondayToFriday(), "12:00", "08:00", 15));
        assertThrows(IllegalArgumentException.class, () -> template(Weekdays.mondayToFriday(), "08:00", "12:00", 0));
        assertThrows(IllegalArgumentException.class, () -> Weekdays.fromMask(0));
        assertThrows(IllegalArgumentException.class, () -> new SlotGenerator(IRKUTSK, 0));
    }
}
