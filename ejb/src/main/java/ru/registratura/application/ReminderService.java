package ru.registratura.application;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import ru.registratura.domain.account.PatientAccountRepository;
import ru.registratura.domain.card.CardRepository;
import ru.registratura.domain.directory.Doctor;
import ru.registratura.domain.notification.MessageRepository;
import ru.registratura.domain.notification.MessageTopic;
import ru.registratura.domain.notification.PatientMessage;
import ru.registratura.domain.scheduling.Appointment;
import ru.registratura.domain.scheduling.AppointmentRepository;
import ru.registratura.domain.scheduling.Slot;
import ru.registratura.infrastructure.config.RegionSettings;
import ru.registratura.infrastructure.mail.Mailer;

/**
 * The reminder the day before an appointment: a notification in «Уведомления» and, when the account has an
 * e-mail from ESIA, a mail. Each appointment is reminded once: its row is locked and marked in the
 * transaction that stores the notification. A mail that fails is logged (by appointment id only) and not
 * retried; the notification stays.
 */
@Stateless
public class ReminderService {

    private static final Logger LOG = Logger.getLogger(ReminderService.class.getName());
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final String BUNDLE = "ru.registratura.application.reminder";

    @Inject
    AppointmentRepository appointments;

    @Inject
    CardRepository cards;

    @Inject
    PatientAccountRepository accounts;

    @Inject
    MessageRepository messages;

    @Inject
    Mailer mailer;

    @Inject
    RegionSettings region;

    @Inject
    Clock clock;

    /** Ids of the booked appointments of tomorrow (the region's date) not reminded yet. */
    public List<Long> dueTomorrow() {
        LocalDate tomorrow = region.today().plusDays(1);
        return appointments.dueForReminder(tomorrow.atStartOfDay(region.zone()).toInstant(),
                tomorrow.plusDays(1).atStartOfDay(region.zone()).toInstant());
    }

    /** Reminds of one appointment, in a transaction of its own; returns whether a reminder was made now. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean remind(long appointmentId) {
        // The card file first, then the appointment: the order of booking and cancelling. Locking the
        // appointment first deadlocked with a cancel of it (the cancel held the account's row, which the
        // notification's foreign key needs; the reminder held the appointment the cancel updates).
        Optional<Long> accountId = appointments.accountOf(appointmentId);
        if (accountId.isEmpty()) {
            return false;
        }
        cards.lockCardFile(accountId.get());
        Appointment appointment = appointments.lock(appointmentId).orElse(null);
        if (appointment == null || !appointment.isBooked() || appointment.getRemindedAt() != null
                || appointment.getAccountId() == null) {
            return false;
        }
        Instant now = clock.instant();
        appointment.reminded(now);
        Slot slot = appointment.getSlot();
        Doctor doctor = slot.getDoctor();
        String when = WHEN.format(slot.getStartsAt().atZone(region.zone()));
        messages.add(new PatientMessage(appointment.getAccountId(), appointment.getCardId(),
                MessageTopic.APPOINTMENT_REMINDER, appointment.getPatientName(),
                List.of(when, doctor.getSpecialty().getName(), doctor.getFullName(), doctor.getInstitution().getName(),
                        slot.getCabinet()), now));
        accounts.find(appointment.getAccountId())
                .map(a -> a.getEmail())
                .filter(email -> email != null && !email.isBlank())
                .ifPresent(email -> mail(email, appointment, when));
        return true;
    }

    private void mail(String email, Appointment appointment, String when) {
        Slot slot = appointment.getSlot();
        Doctor doctor = slot.getDoctor();
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag("ru"));
        Object[] arguments = {appointment.getPatientName(), when, doctor.getSpecialty().getName(), doctor.getFullName(),
                doctor.getInstitution().getName(), doctor.getInstitution().getAddress(), slot.getCabinet(),
                String.valueOf(appointment.getId()), region.name()};
        Locale ru = Locale.forLanguageTag("ru");
        try {
            Instant now = clock.instant();
            mailer.send(email, new MessageFormat(texts.getString("subject"), ru).format(arguments),
                    new MessageFormat(texts.getString("body"), ru).format(arguments),
                    TicketCalendar.of(BookingCatalog.Ticket.of(appointment, null, now), ru, now));
        } catch (Mailer.MailException e) {
            LOG.log(Level.WARNING, notSent(appointment.getId(), e.getCause()));
        }
    }

    /**
     * The log line of a reminder mail that was not sent: the appointment and the kind of failure only. The
     * SMTP server's reply (the exception's message) repeats the recipient's address: personal data, never logged.
     */
    static String notSent(long appointmentId, Throwable cause) {
        return "The reminder mail of appointment " + appointmentId + " was not sent: "
                + (cause == null ? "unknown failure" : cause.getClass().getSimpleName());
    }
}
