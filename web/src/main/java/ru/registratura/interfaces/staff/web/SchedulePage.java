package ru.registratura.interfaces.staff.web;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.registratura.application.DoctorSchedule;
import ru.registratura.application.InvalidScheduleException;
import ru.registratura.application.ScheduleChange;
import ru.registratura.application.ScheduleImpact;
import ru.registratura.application.ScheduleImpactChangedException;
import ru.registratura.application.ScheduleService;
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
    private TemplateForm template;

    // ending a template
    private Long endTemplateId;
    private LocalDate endLastDay;

    private ExceptionForm exception = new ExceptionForm();

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
    }

    /** Clears the template form for a new template from today, Monday to Friday, 15 minutes, online. */
    public void newTemplate() {
        templateId = null;
        template = TemplateForm.fresh(region.today());
    }

    /** Fills the template form with the template, to change it. */
    public void editTemplate(long id) {
        schedule.templates().stream().filter(t -> t.id() == id).findFirst().ifPresent(row -> {
            templateId = id;
            template = TemplateForm.of(row.draft());
        });
    }

    /** Opens «Завершить» for the template, proposing today as its last day. */
    public void askEnd(long id) {
        endTemplateId = id;
        endLastDay = region.today();
    }

    public void saveTemplate() {
        TemplateDraft draft = template.toDraft();
        submit(templateId == null ? new ScheduleChange.AddTemplate(doctor, draft)
                : new ScheduleChange.ChangeTemplate(templateId, draft), "templateForm", null);
    }

    public void endTemplate() {
        if (endTemplateId != null) {
            submit(new ScheduleChange.EndTemplate(endTemplateId, endLastDay), "endForm", null);
        }
    }

    public void addException() {
        ExceptionDraft draft = exception.toDraft();
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
        exception = new ExceptionForm();
        PageMessages.info("schedule.applied", done.added(), done.withdrawn(), done.affected().size());
    }

    private void errors(InvalidScheduleException e, String form) {
        for (FieldError error : e.errors()) {
            String client = form == null ? null : form + ":" + error.field();
            PageMessages.error(client, "schedule.error." + error.key(), error.arguments().toArray());
        }
    }

    public List<DayOfWeek> getWeekdays() {
        return List.of(DayOfWeek.values());
    }

    public List<ExceptionKind> getKinds() {
        return List.of(ExceptionKind.ABSENCE, ExceptionKind.DAY_OFF, ExceptionKind.SHORTENED);
    }

    public List<BookingAccess> getAccesses() {
        return List.of(BookingAccess.values());
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

    public Long getEndTemplateId() {
        return endTemplateId;
    }

    public LocalDate getEndLastDay() {
        return endLastDay;
    }

    public void setEndLastDay(LocalDate endLastDay) {
        this.endLastDay = endLastDay;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }

    public TemplateForm getTemplate() {
        return template;
    }

    public ExceptionForm getException() {
        return exception;
    }
}
