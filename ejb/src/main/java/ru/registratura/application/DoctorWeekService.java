package ru.registratura.application;

import java.io.Serializable;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import ru.registratura.domain.scheduling.Channel;
import ru.registratura.domain.scheduling.ScheduleRepository;
import ru.registratura.domain.scheduling.ScheduleTemplate;
import ru.registratura.domain.scheduling.SlotRepository;
import ru.registratura.infrastructure.config.RegionSettings;

/**
 * A doctor's public page's live part: the weekly reception hours of the schedule in force and the nearest time open to
 * booking on the portal. One read-only call per page.
 */
@Stateless
public class DoctorWeekService {

    /** A weekday's reception: from, until (a day may have several). */
    public record Reception(DayOfWeek day, LocalTime starts, LocalTime ends) implements Serializable {
    }

    /** A weekday with its receptions by time. */
    public record Day(DayOfWeek day, List<Reception> receptions) implements Serializable {
    }

    /** The week's days with receptions, and the nearest free time on the portal (null: none in the horizon). */
    public record DoctorWeek(List<Day> days, Instant nearestFree) implements Serializable {
    }

    @Inject
    ScheduleRepository schedules;

    @Inject
    SlotRepository slots;

    @Inject
    RegionSettings region;

    @Inject
    Clock clock;

    public DoctorWeek week(long doctorId) {
        List<Reception> receptions = new ArrayList<>();
        for (ScheduleTemplate template : schedules.currentTemplates(doctorId, region.today())) {
            if (template.getValidFrom().isAfter(region.today())) {
                continue; // not in force yet
            }
            for (DayOfWeek day : template.getWeekdays().days()) {
                receptions.add(new Reception(day, template.getStarts(), template.getEnds()));
            }
        }
        receptions.sort(Comparator.comparing(Reception::day).thenComparing(Reception::starts));
        Instant nearest = slots.nearestFree(List.of(doctorId), Channel.PORTAL, clock.instant(), region.horizonEnd())
                .get(doctorId);
        Map<DayOfWeek, List<Reception>> byDay = new TreeMap<>();
        receptions.stream().distinct().forEach(r -> byDay.computeIfAbsent(r.day(), d -> new ArrayList<>()).add(r));
        return new DoctorWeek(byDay.entrySet().stream().map(e -> new Day(e.getKey(), List.copyOf(e.getValue()))).toList(),
                nearest);
    }
}
