package ru.registratura.application;

/**
 * A mail to the account of an appointment the patient booked or cancelled on the portal, with its calendar file: fired
 * in the transaction, sent after the commit in the background ({@link PatientMails}), so the booking waits for no
 * SMTP server and no read of the address.
 */
public record PatientMailRequested(long appointmentId, Kind kind) {

    /** Which mail. */
    public enum Kind {
        /** «Вы записаны на приём»: the ticket and the event to add. */
        BOOKED,
        /** «Запись отменена»: the event to remove ({@code METHOD:CANCEL}). */
        CANCELLED
    }
}
