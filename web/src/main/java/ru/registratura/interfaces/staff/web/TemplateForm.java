package ru.registratura.interfaces.staff.web;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import ru.registratura.domain.scheduling.BookingAccess;
import ru.registratura.domain.scheduling.TemplateDraft;

/**
 * The schedule page's template form, typed as the domain's {@link TemplateDraft} is: JSF converts the weekdays
 * (an array, so that it knows their type) and the access by their enum types, and nothing is parsed by hand.
 */
public class TemplateForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private DayOfWeek[] days = {};
    private LocalTime starts;
    private LocalTime ends;
    private Integer slotMinutes;
    private String cabinet;
    private BookingAccess access;
    private LocalDate validFrom;
    private LocalDate validUntil;

    /** A new template from today: Monday to Friday, 08:00–14:00, 15 minutes, online. */
    public static TemplateForm fresh(LocalDate today) {
        TemplateForm form = new TemplateForm();
        form.days = new DayOfWeek[] {DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY};
        form.starts = LocalTime.of(8, 0);
        form.ends = LocalTime.of(14, 0);
        form.slotMinutes = 15;
        form.access = BookingAccess.INTERNET;
        form.validFrom = today;
        return form;
    }

    /** A stored template's values, to change them. */
    public static TemplateForm of(TemplateDraft draft) {
        TemplateForm form = new TemplateForm();
        form.days = draft.days().stream().sorted().toArray(DayOfWeek[]::new);
        form.starts = draft.starts();
        form.ends = draft.ends();
        form.slotMinutes = draft.slotMinutes();
        form.cabinet = draft.cabinet();
        form.access = draft.access();
        form.validFrom = draft.validFrom();
        form.validUntil = draft.validUntil();
        return form;
    }

    public TemplateDraft toDraft() {
        Set<DayOfWeek> chosen = EnumSet.noneOf(DayOfWeek.class);
        chosen.addAll(List.of(days == null ? new DayOfWeek[0] : days));
        return new TemplateDraft(chosen, starts, ends, slotMinutes, cabinet, access, validFrom, validUntil);
    }

    public DayOfWeek[] getDays() {
        return days;
    }

    public void setDays(DayOfWeek[] days) {
        this.days = days;
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

    public BookingAccess getAccess() {
        return access;
    }

    public void setAccess(BookingAccess access) {
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
}
