package ru.registratura.interfaces.staff.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.registratura.application.RegistryService.DoctorOption;
import ru.registratura.application.ScheduleService;
import ru.registratura.application.StaffAccessDeniedException;
import ru.registratura.interfaces.shared.web.PageMessages;

/** «Расписания» ({@code staff/schedules.xhtml}): the doctors of the operator's institutions, each to its schedule. */
@Named
@RequestScoped
public class SchedulesPage {

    @Inject
    ScheduleService schedules;

    @Inject
    CurrentStaff current;

    private List<DoctorOption> doctors;

    public void load() {
        try {
            doctors = schedules.doctors(current.actor());
        } catch (StaffAccessDeniedException e) {
            doctors = List.of();
            PageMessages.error(null, "staff.forbidden.registrar");
        }
    }

    public List<DoctorOption> getDoctors() {
        return doctors;
    }
}
