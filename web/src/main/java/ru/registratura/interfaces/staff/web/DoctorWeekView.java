package ru.registratura.interfaces.staff.web;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.PrimeFaces;
import org.primefaces.event.SelectEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.ScheduleModel;

import ru.registratura.application.DoctorSchedule;
import ru.registratura.application.RegistryBookingService;
import ru.registratura.application.RegistryService.Person;
import ru.registratura.application.ScheduleService;
import ru.registratura.application.ScheduleService.WeekSlot;
import ru.registratura.application.StaffAccessDeniedException;
import ru.registratura.domain.scheduling.BookingAccess;
import ru.registratura.domain.scheduling.BookingRefusedException;
import ru.registratura.infrastructure.config.RegionSettings;
import ru.registratura.interfaces.shared.web.PageMessages;

/**
 * «Неделя врача» on a doctor's schedule page (p:schedule): the doctor's slots of the week shown, free, booked (the
 * patient's name on hover), registry-only, withdrawn, and the schedule's exceptions as all-day marks, read afresh
 * for every week the operator turns to (a booking made on the portal a moment ago is there). A free time books for
 * the patient the operator is serving ({@link ServedPatient}) after a confirmation; a booked one opens its ticket.
 * <p>
 * The calendar works in the region's wall-clock time: its events carry local times as if in UTC, and the browser
 * shows them in UTC, so an operator anywhere sees the region's hours.
 */
@Named
@ViewScoped
public class DoctorWeekView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    @Inject
    ScheduleService schedules;

    @Inject
    RegistryBookingService booking;

    @Inject
    CurrentStaff current;

    @Inject
    ServedPatient served;

    @Inject
    RegionSettings region;

    @Inject
    SchedulePage page;

    private final ScheduleModel model = new Week(this);
    private String week;
    private WeekSlot picked;

    /** The lazily read weeks of the calendar. */
    static final class Week extends LazyScheduleModel {

        private static final long serialVersionUID = 1L;
        private final DoctorWeekView view;

        Week(DoctorWeekView view) {
            this.view = view;
        }

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            view.load(this, start, end);
        }
    }

    private void load(ScheduleModel events, LocalDateTime start, LocalDateTime end) {
        Long doctor = page.getDoctor();
        if (doctor == null) {
            return;
        }
        ZoneId zone = region.zone();
        List<WeekSlot> slots;
        try {
            slots = schedules.week(current.actor(), doctor, start.atZone(zone).toInstant(), end.atZone(zone).toInstant());
        } catch (StaffAccessDeniedException e) {
            return;
        }
        for (WeekSlot slot : slots) {
            String state = slot.state().name().toLowerCase(Locale.ROOT);
            String access = slot.access() == BookingAccess.REGISTRY ? " week-slot--registry" : "";
            events.addEvent(DefaultScheduleEvent.<WeekSlot>builder()
                    .id(String.valueOf(slot.slotId()))
                    .title(PageMessages.text("schedule.week." + state)
                            + (slot.access() == BookingAccess.REGISTRY ? " · " + PageMessages.text("schedule.week.registry") : ""))
                    .description(slot.patient())
                    .startDate(local(slot.startsAt()))
                    .endDate(local(slot.endsAt()))
                    .styleClass("week-slot week-slot--" + state + access)
                    .url(slot.appointmentId() == null ? null
                            : facesPath("/staff/ticket.xhtml?appointment=" + slot.appointmentId()))
                    .data(slot)
                    .build());
        }
        DoctorSchedule schedule = page.getSchedule();
        if (schedule != null) {
            for (DoctorSchedule.ExceptionRow exception : schedule.exceptions()) {
                LocalDate first = exception.firstDay();
                LocalDate last = exception.lastDay() == null ? first : exception.lastDay();
                if (last.isBefore(start.toLocalDate()) || !first.isBefore(end.toLocalDate())) {
                    continue;
                }
                events.addEvent(DefaultScheduleEvent.builder()
                        .title(PageMessages.text("schedule.kind." + exception.kind().name())
                                + (exception.reason() == null ? "" : ": " + exception.reason()))
                        .startDate(first.atStartOfDay())
                        .endDate(last.plusDays(1).atStartOfDay())
                        .allDay(true)
                        .editable(false)
                        .styleClass("week-exception")
                        .build());
            }
        }
    }

    private static String facesPath(String path) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + path;
    }

    /** A wall-clock time of the region, given to the calendar as if in UTC. */
    private LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, region.zone());
    }

    /** A free time clicked: with a patient being served, the confirmation; without, why not. */
    public void select(SelectEvent<ScheduleEvent<?>> event) {
        picked = null;
        if (!(event.getObject().getData() instanceof WeekSlot slot) || slot.state() != WeekSlot.State.FREE) {
            return;
        }
        if (served.getPerson() == null) {
            PageMessages.error(null, "schedule.week.noPatient");
            return;
        }
        picked = slot;
        PrimeFaces.current().ajax().addCallbackParam("picked", true);
    }

    /** «Записать» in the confirmation: books the time for the patient served. */
    public void confirm() {
        Person person = served.getPerson();
        if (picked == null || person == null) {
            return;
        }
        try {
            var made = booking.book(current.actor(), person.cardId(), person.registerEntryId(), picked.slotId());
            PageMessages.info("schedule.week.made", person.fullName(), WHEN.format(picked.startsAt().atZone(region.zone())),
                    String.valueOf(made.getId()));
        } catch (BookingRefusedException e) {
            PageMessages.error(null, "booking.refused." + e.rule().name());
        } catch (StaffAccessDeniedException e) {
            PageMessages.error(null, "staff.forbidden.booking");
        }
        picked = null;
    }

    /** The calendar's first day: the week asked for ({@code week=yyyy-MM-dd}), else this week. */
    public LocalDate getInitialDate() {
        if (week != null) {
            try {
                return LocalDate.parse(week);
            } catch (DateTimeParseException e) {
                // an address typed wrong: this week
            }
        }
        return region.today();
    }

    public ScheduleModel getModel() {
        return model;
    }

    public WeekSlot getPicked() {
        return picked;
    }

    /** The picked time as the confirmation says it. */
    public String getPickedWhen() {
        return picked == null ? null : WHEN.format(picked.startsAt().atZone(region.zone()));
    }

    public Person getServed() {
        return served.getPerson();
    }

    public String getWeek() {
        return week;
    }

    public void setWeek(String week) {
        this.week = week;
    }

    /** The calendar's hours: wall-clock time, as in UTC. */
    public String getZone() {
        return ZoneOffset.UTC.getId();
    }
}
