package ru.registratura.application;

import java.io.Serializable;
import java.time.LocalDate;

import ru.registratura.domain.scheduling.ExceptionDraft;
import ru.registratura.domain.scheduling.TemplateDraft;

/** One change of a doctor's schedule by a registry operator, previewed and then applied by {@link ScheduleService}. */
public sealed interface ScheduleChange extends Serializable {

    /** What the audit trail says of it (no personal data). */
    String describe();

    record AddTemplate(long doctorId, TemplateDraft draft) implements ScheduleChange {
        @Override
        public String describe() {
            return "template added for doctor " + doctorId;
        }
    }

    record ChangeTemplate(long templateId, TemplateDraft draft) implements ScheduleChange {
        @Override
        public String describe() {
            return "template " + templateId + " changed";
        }
    }

    /** The template applies up to and including {@code lastDay}. */
    record EndTemplate(long templateId, LocalDate lastDay) implements ScheduleChange {
        @Override
        public String describe() {
            return "template " + templateId + " ended after " + lastDay;
        }
    }

    record AddException(long doctorId, ExceptionDraft draft) implements ScheduleChange {
        @Override
        public String describe() {
            return draft.kind() + " " + draft.firstDay() + ".." + draft.lastDay() + " for doctor " + doctorId;
        }
    }

    record RemoveException(long exceptionId) implements ScheduleChange {
        @Override
        public String describe() {
            return "exception " + exceptionId + " removed";
        }
    }
}
