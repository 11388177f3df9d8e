package ru.registratura.interfaces.staff.web;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.registratura.application.InvalidScheduleException;
import ru.registratura.application.ScheduleChange;
import ru.registratura.application.ScheduleImpact;
import ru.registratura.application.ScheduleImpactChangedException;
import ru.registratura.application.ScheduleService;
import ru.registratura.application.ScheduleService.DoctorSchedule;
import ru.registratura.application.ScheduleService.TemplateRow;
import ru.registratura.application.StaffAccessDeniedException;
import ru.registratura.domain.card.FieldError;
import ru.registratura.domain.scheduling.BookingAccess;
import ru.registratura.domain.scheduling.ExceptionDraft;
import ru.registratura.domain.scheduling.ExceptionKind;
import ru.registratura.domain.scheduling.TemplateDraft;
import ru.registratura.infrastructure.config.RegionSettings;
import ru.registratura.interfaces.shared.web.PageMessages;

/**
 * A doctor's schedule ({@code staff/schedule.xhtml?doctor=}): the weekly templates (add, change, end) and the
 * exceptions (day off, shortened day, absence; add, remove). Every change is previewed first; when it would
 * cancel booked appointments, they are listed with the reason the patients will be told, and nothing happens
 * until the operator confirms.
 */
@Named
@ViewScoped
public class SchedulePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ScheduleService schedules;

    @Inject
    CurrentStaff current;

    @Inject
    RegionSettings region;

    private Long doctor;
    private DoctorSchedule schedule;

    // the template form: a new one when templateId is null
    private Long templateId;
    private List<String> days = new ArrayList<>();
    private LocalTime starts;
    private LocalTime ends;
    private Integer slotMinutes;
    private String cabinet;
    private String access;
    private LocalDate validFrom;
    private LocalDate validUntil;

    // ending a template
    private Long endTemplateId;
    private LocalDate endLastDay;

    // the exception form
    private String kind;
    private LocalDate firstDay;
    private LocalDate lastDay;
    private LocalTime exceptionStarts;
    private LocalTime exceptionEnds;
    private String reason;

    // a change waiting for the operator's confirmation
    private ScheduleChange pending;
    private ScheduleImpact impact;
    private String cancelReason;

    public void load() {
        if (doctor == null) {
            PageMessages.notFound();
            return;
        }
        try {
            schedule = schedules.schedule(current.actor(), doctor).orElse(null);
        } catch (StaffAccessDeniedException e) {
            schedule = null;
        }
        if (schedule == null) {
            PageMessages.notFound();
            return;
        }
        newTemplate();
        kind = ExceptionKind.ABSENCE.name();
    }

    /** Clears the template form for a new template from today, Monday to Friday, 15 minutes, online. */
    public void newTemplate() {
        templateId = null;
        days = new ArrayList<>(List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"));
        starts = LocalTime.of(8, 0);
        ends = LocalTime.of(14, 0);
        slotMinutes = 15;
        cabinet = null;
        access = BookingAccess.INTERNET.name();
        validFrom = region.today();
        validUntil = null;
    }

    /** Fills the template form with the template, to change it. */
    public void editTemplate(long id) {
        TemplateRow row = row(id);
        if (row == null) {
            return;
        }
        TemplateDraft draft = row.draft();
        templateId = id;
        days = draft.days().stream().sorted().map(DayOfWeek::name).collect(Collectors.toCollection(ArrayList::new));
        starts = draft.starts();
        ends = draft.ends();
        slotMinutes = draft.slotMinutes();
        cabinet = draft.cabinet();
        access = draft.access().name();
        validFrom = draft.validFrom();
        validUntil = draft.validUntil();
    }

    /** Opens «Завершить» for the template, proposing today as its last day. */
    public void askEnd(long id) {
        endTemplateId = id;
        endLastDay = region.today();
    }

    public void saveTemplate() {
        Set<DayOfWeek> chosen = EnumSet.noneOf(DayOfWeek.class);
        days.forEach(day -> chosen.add(DayOfWeek.valueOf(day)));
        TemplateDraft draft = new TemplateDraft(chosen, starts, ends, slotMinutes, cabinet,
                access == null || access.isEmpty() ? null : BookingAccess.valueOf(access), validFrom, validUntil);
        submit(templateId == null ? new ScheduleChange.AddTemplate(doctor, draft)
                : new ScheduleChange.ChangeTemplate(templateId, draft), "templateForm", null);
    }

    public void endTemplate() {
        if (endTemplateId != null) {
            submit(new ScheduleChange.EndTemplate(endTemplateId, endLastDay), "endForm", null);
        }
    }

    public void addException() {
        ExceptionKind chosen = kind == null || kind.isEmpty() ? null : ExceptionKind.valueOf(kind);
        ExceptionDraft draft = new ExceptionDraft(chosen, firstDay, lastDay,
                chosen == ExceptionKind.SHORTENED ? exceptionStarts : null,
                chosen == ExceptionKind.SHORTENED ? exceptionEnds : null, reason);
        submit(new ScheduleChange.AddException(doctor, draft), "exceptionForm", draft.reason());
    }

    public void removeException(long id) {
        submit(new ScheduleChange.RemoveException(id), null, null);
    }

    /** Confirms the pending change: the listed appointments are cancelled with the reason. */
    public void confirm() {
        if (pending == null) {
            return;
        }
        try {
            ScheduleImpact done = schedules.apply(current.actor(), pending, impact.affectedIds(), cancelReason);
            applied(done);
        } catch (ScheduleImpactChangedException e) {
            PageMessages.error(null, "schedule.impactChanged");
            preview(pending, cancelReason);
        } catch (InvalidScheduleException e) {
            errors(e, "confirmForm");
        } catch (StaffAccessDeniedException e) {
            PageMessages.error(null, "staff.forbidden.registrar");
            pending = null;
        }
    }

    /** Leaves the pending change undone. */
    public void back() {
        pending = null;
        impact = null;
    }

    private void submit(ScheduleChange change, String form, String reasonTold) {
        try {
            ScheduleImpact previewed = schedules.preview(current.actor(), change);
            if (previewed.affected().isEmpty()) {
                applied(schedules.apply(current.actor(), change, Set.of(), null));
            } else {
                pending = change;
                impact = previewed;
                cancelReason = reasonTold;
            }
        } catch (InvalidScheduleException e) {
            errors(e, form);
        } catch (ScheduleImpactChangedException e) {
            // Someone booked a slot this change removes between the preview and now: show it to confirm.
            preview(change, reasonTold);
        } catch (StaffAccessDeniedException e) {
            PageMessages.error(null, "staff.forbidden.registrar");
        }
    }

    private void preview(ScheduleChange change, String reasonTold) {
        pending = change;
        impact = schedules.preview(current.actor(), change);
        cancelReason = reasonTold;
    }

    private void applied(ScheduleImpact done) {
        pending = null;
        impact = null;
        endTemplateId = null;
        schedule = schedules.schedule(current.actor(), doctor).orElse(schedule);
        newTemplate();
        firstDay = null;
        lastDay = null;
        reason = null;
        PageMessages.info("schedule.applied", done.added(), done.withdrawn(), done.affected().size());
    }

    private void errors(InvalidScheduleException e, String form) {
        for (FieldError error : e.errors()) {
            String client = form == null ? null : form + ":" + error.field();
            PageMessages.error(client, "schedule.error." + error.key(), error.arguments().toArray());
        }
    }

    private TemplateRow row(long id) {
        return schedule.templates().stream().filter(t -> t.id() == id).findFirst().orElse(null);
    }

    public List<String> getWeekdays() {
        return List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY");
    }

    public List<String> getKinds() {
        return List.of(ExceptionKind.ABSENCE.name(), ExceptionKind.DAY_OFF.name(), ExceptionKind.SHORTENED.name());
    }

    public boolean isConfirming() {
        return pending != null;
    }

    public boolean isEditingTemplate() {
        return templateId != null;
    }

    public DoctorSchedule getSchedule() {
        return schedule;
    }

    public ScheduleImpact getImpact() {
        return impact;
    }

    public Long getDoctor() {
        return doctor;
    }

    public void setDoctor(Long doctor) {
        this.doctor = doctor;
    }

    public Long getTemplateId() {
        return templateId;
    }

    public List<String> getDays() {
        return days;
    }

    public void setDays(List<String> days) {
        this.days = days == null ? new ArrayList<>() : new ArrayList<>(days);
    }

    public LocalTime getStarts() {
        return starts;
    }

    public void setStarts(LocalTime starts) {
        this.starts = starts;
    }

    public LocalTime getEnds() {
        return ends;
    }

    public void setEnds(LocalTime ends) {
        this.ends = ends;
    }

    public Integer getSlotMinutes() {
        return slotMinutes;
    }

    public void setSlotMinutes(Integer slotMinutes) {
        this.slotMinutes = slotMinutes;
    }

    public String getCabinet() {
        return cabinet;
    }

    public void setCabinet(String cabinet) {
        this.cabinet = cabinet;
    }

    public String getAccess() {
        return access;
    }

    public void setAccess(String access) {
        this.access = access;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }

    public Long getEndTemplateId() {
        return endTemplateId;
    }

    public LocalDate getEndLastDay() {
        return endLastDay;
    }

    public void setEndLastDay(LocalDate endLastDay) {
        this.endLastDay = endLastDay;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public void setFirstDay(LocalDate firstDay) {
        this.firstDay = firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
    }

    public LocalTime getExceptionStarts() {
        return exceptionStarts;
    }

    public void setExceptionStarts(LocalTime exceptionStarts) {
        this.exceptionStarts = exceptionStarts;
    }

    public LocalTime getExceptionEnds() {
        return exceptionEnds;
    }

    public void setExceptionEnds(LocalTime exceptionEnds) {
        this.exceptionEnds = exceptionEnds;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }
}
