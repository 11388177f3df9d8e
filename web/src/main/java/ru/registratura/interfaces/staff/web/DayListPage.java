package ru.registratura.interfaces.staff.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.registratura.application.RegistryService;
import ru.registratura.application.RegistryService.DoctorDay;
import ru.registratura.application.StaffAccessDeniedException;
import ru.registratura.domain.scheduling.AppointmentStatus;
import ru.registratura.domain.scheduling.BookingRefusedException;
import ru.registratura.infrastructure.config.RegionSettings;
import ru.registratura.interfaces.shared.web.PageMessages;

/**
 * «Приём на день» ({@code staff/day.xhtml?day=2026-12-02}, today by default): the day's appointments at the
 * operator's institutions by doctor, with «Пришёл» / «Не явился» for today's and earlier ones.
 */
@Named
@ViewScoped
public class DayListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RegistryService registry;

    @Inject
    CurrentStaff current;

    @Inject
    RegionSettings region;

    private LocalDate day;
    private List<DoctorDay> doctors;

    public void load() {
        if (day == null) {
            day = region.today();
        }
        try {
            doctors = registry.dayList(current.actor(), day);
        } catch (StaffAccessDeniedException e) {
            doctors = List.of();
            PageMessages.error(null, "staff.forbidden.registrar");
        }
    }

    public void attended(long appointmentId) {
        mark(appointmentId, AppointmentStatus.ATTENDED);
    }

    public void noShow(long appointmentId) {
        mark(appointmentId, AppointmentStatus.NO_SHOW);
    }

    private void mark(long appointmentId, AppointmentStatus status) {
        try {
            registry.mark(current.actor(), appointmentId, status);
        } catch (BookingRefusedException e) {
            PageMessages.error(null, "booking.refused." + e.rule().name());
        } catch (StaffAccessDeniedException e) {
            PageMessages.error(null, "staff.forbidden.booking");
        }
        doctors = registry.dayList(current.actor(), day);
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public LocalDate getPreviousDay() {
        return day.minusDays(1);
    }

    public LocalDate getNextDay() {
        return day.plusDays(1);
    }

    public List<DoctorDay> getDoctors() {
        return doctors;
    }
}
