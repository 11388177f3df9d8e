package ru.registratura.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import ru.registratura.domain.directory.Doctor;
import ru.registratura.domain.directory.DoctorRepository;
import ru.registratura.domain.scheduling.ScheduleException;
import ru.registratura.domain.scheduling.ScheduleRepository;
import ru.registratura.domain.scheduling.ScheduleTemplate;
import ru.registratura.domain.scheduling.Slot;
import ru.registratura.domain.scheduling.SlotGenerator;
import ru.registratura.domain.scheduling.SlotRepository;
import ru.registratura.infrastructure.config.RegionSettings;

/**
 * Keeps every active doctor's slots generated for the booking horizon. Each doctor is done in a
 * transaction of its own (the caller holds none), so one doctor's trouble does not hold up the rest.
 */
@Stateless
public class SlotGenerationService {

    @Inject
    private DoctorRepository doctors;

    @Inject
    private ScheduleRepository schedules;

    @Inject
    private SlotRepository slots;

    @Inject
    private RegionSettings region;

    @Inject
    private Clock clock;

    public List<Long> doctorsToGenerate() {
        return doctors.findActiveIds();
    }

    /** Generates the missing slots of one doctor; returns how many were added. */
    public int generateForDoctor(long doctorId) {
        Doctor doctor = doctors.find(doctorId);
        if (doctor == null || !doctor.isActive()) {
            return 0;
        }
        SlotGenerator generator = new SlotGenerator(region.zone(), region.horizonDays());
        Instant now = clock.instant();
        LocalDate first = generator.firstDay(now);
        LocalDate last = first.plusDays(region.horizonDays() - 1L);
        List<ScheduleTemplate> templates = schedules.findTemplates(doctorId, first, last);
        List<ScheduleException> exceptions = schedules.findExceptions(doctorId, first, last);
        Set<Instant> existing = slots.findStartTimes(doctorId, now, generator.horizonEnd(now));
        List<Slot> missing = generator.missingSlots(doctor, templates, exceptions, now, existing);
        return slots.addAbsent(missing);
    }
}
