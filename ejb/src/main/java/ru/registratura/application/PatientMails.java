package ru.registratura.application;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import ru.registratura.domain.account.PatientAccountRepository;
import ru.registratura.domain.directory.Doctor;
import ru.registratura.domain.scheduling.Appointment;
import ru.registratura.domain.scheduling.AppointmentRepository;
import ru.registratura.domain.scheduling.Slot;
import ru.registratura.infrastructure.config.RegionSettings;
import ru.registratura.infrastructure.mail.Mailer;

/**
 * The mails of the patient's own bookings and cancellations on the portal: «Вы записаны на приём» with the event to
 * add, «Запись отменена» with the event to remove (the same UID, {@code METHOD:CANCEL}). Sent in the background after
 * the booking's commit, to the e-mail of the account from ESIA; an account without one gets none. A mail that fails is
 * logged by appointment id only.
 */
@Stateless
public class PatientMails {

    private static final Logger LOG = Logger.getLogger(PatientMails.class.getName());
    private static final String BUNDLE = "ru.registratura.application.ticket";

    @Inject
    AppointmentRepository appointments;

    @Inject
    PatientAccountRepository accounts;

    @Inject
    SlotClaims claims;

    @Inject
    Mailer mailer;

    @Inject
    RegionSettings region;

    @Inject
    Clock clock;

    @Asynchronous
    public void send(PatientMailRequested request) {
        if (!mailer.configured()) {
            return;
        }
        Appointment appointment = appointments.find(request.appointmentId()).orElse(null);
        if (appointment == null || appointment.getAccountId() == null) {
            return;
        }
        String email = accounts.find(appointment.getAccountId()).map(a -> a.getEmail())
                .filter(e -> e != null && !e.isBlank()).orElse(null);
        if (email == null) {
            return;
        }
        String prefix = request.kind() == PatientMailRequested.Kind.BOOKED ? "booked." : "cancelled.";
        Slot slot = appointment.getSlot();
        Doctor doctor = slot.getDoctor();
        Locale ru = Locale.forLanguageTag("ru");
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, ru);
        Object[] arguments = {appointment.getPatientName(), claims.when(slot), doctor.getSpecialty().getName(),
                doctor.getFullName(), doctor.getInstitution().getName(), doctor.getInstitution().getAddress(),
                slot.getCabinet(), String.valueOf(appointment.getId()), region.name()};
        Instant now = clock.instant();
        try {
            mailer.send(email, new MessageFormat(texts.getString(prefix + "subject"), ru).format(arguments),
                    new MessageFormat(texts.getString(prefix + "body"), ru).format(arguments),
                    TicketCalendar.of(BookingCatalog.Ticket.of(appointment, null, now), ru, now));
        } catch (Mailer.MailException e) {
            LOG.log(Level.WARNING, "The " + request.kind() + " mail of appointment " + appointment.getId()
                    + " was not sent: " + (e.getCause() == null ? "unknown failure" : e.getCause().getClass().getSimpleName()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The " + request.kind() + " mail of appointment " + appointment.getId() + " failed", e);
        }
    }
}
