package ru.registratura.application;

import jakarta.ejb.ApplicationException;

/**
 * Between the preview and the confirmation, someone booked a slot the change removes: nothing was changed, and
 * the operator is shown the new list of appointments to confirm.
 */
@ApplicationException(rollback = true)
public class ScheduleImpactChangedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ScheduleImpact impact;

    public ScheduleImpactChangedException(ScheduleImpact impact) {
        super("The appointments a schedule change cancels have changed since the preview");
        this.impact = impact;
    }

    public ScheduleImpact impact() {
        return impact;
    }
}
