package ru.registratura.interfaces.staff.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

import ru.registratura.domain.scheduling.ExceptionDraft;
import ru.registratura.domain.scheduling.ExceptionKind;

/**
 * The schedule page's exception form, typed as the domain's {@link ExceptionDraft}: hours count for a shortened
 * day only (the fields stay on the form for the others and are ignored).
 */
public class ExceptionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private ExceptionKind kind = ExceptionKind.ABSENCE;
    private LocalDate firstDay;
    private LocalDate lastDay;
    private LocalTime starts;
    private LocalTime ends;
    private String reason;

    public ExceptionDraft toDraft() {
        boolean hours = kind == ExceptionKind.SHORTENED;
        return new ExceptionDraft(kind, firstDay, lastDay, hours ? starts : null, hours ? ends : null, reason);
    }

    public ExceptionKind getKind() {
        return kind;
    }

    public void setKind(ExceptionKind kind) {
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

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
