package ru.registratura.interfaces.staff.web;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.PrimeFaces;

import ru.registratura.application.BookingCatalog.Ticket;
import ru.registratura.application.FoundPatient;
import ru.registratura.application.FoundPatient.FoundAppointment;
import ru.registratura.application.RegistryBookingService;
import ru.registratura.application.RegistryBookingService.TicketMail;
import ru.registratura.application.RegistryService;
import ru.registratura.application.RegistryService.Board;
import ru.registratura.application.RegistryService.BoardRow;
import ru.registratura.application.RegistryService.Person;
import ru.registratura.application.StaffAccessDeniedException;
import ru.registratura.domain.scheduling.Appointment;
import ru.registratura.domain.scheduling.BookingRefusedException;
import ru.registratura.domain.scheduling.BookingRefusedException.FreeTime;
import ru.registratura.infrastructure.config.RegionSettings;
import ru.registratura.interfaces.shared.web.PageMessages;

/**
 * «Запись по телефону» ({@code staff/phone.xhtml}): a registry operator serves a patient on the phone in one
 * screen. One search box finds the patient as the operator types (policy, SNILS, or surname with birth date); the
 * patient's upcoming appointments at the operator's institutions are listed with their ticket, «Перенести» and
 * «Отменить»; the board shows the doctors of a specialty (the district one first, the patient's district doctor in
 * the first row) with their free times of a week; a time, confirmed, books it (or moves the appointment being
 * rescheduled) and shows the ticket to print or to send to the patient's mail.
 */
@Named
@ViewScoped
public class PhoneBookingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    /** How many days the board shows at once. */
    static final int DAYS = 7;

    @Inject
    RegistryService registry;

    @Inject
    RegistryBookingService booking;

    @Inject
    CurrentStaff current;

    @Inject
    RegionSettings region;

    @Inject
    ServedPatient served;

    private String query;
    private final Map<String, FoundPatient> offered = new LinkedHashMap<>();
    private String hint;

    private FoundPatient patient;
    private Person person;
    private List<FoundAppointment> appointments = List.of();
    private Long specialty;
    private LocalDate from;
    private Board board;

    private Long pickedSlot;
    private Long rescheduling;
    private Ticket ticket;

    /** The search box's suggestions for the text typed so far: keys of {@link #offer}. */
    public List<String> complete(String text) {
        offered.clear();
        RegistryService.Lookup lookup;
        try {
            lookup = registry.find(current.actor(), text);
        } catch (StaffAccessDeniedException e) {
            hint = PageMessages.text("staff.forbidden.registrar");
            return List.of();
        }
        for (FoundPatient found : lookup.found()) {
            offered.put(key(found), found);
        }
        hint = lookup.hint() != null ? PageMessages.text(lookup.hint())
                : offered.isEmpty() ? PageMessages.text("staff.phone.hint.nobody")
                : PageMessages.text("staff.phone.hint.found", offered.size());
        return List.copyOf(offered.keySet());
    }

    private static String key(FoundPatient found) {
        return found.inPortal() ? "card:" + found.cardId() : "entry:" + found.registerEntryId();
    }

    /** A suggestion of the last search, by its key. */
    public FoundPatient offer(String key) {
        return offered.get(key);
    }

    /** The text shown in the box for a chosen suggestion. */
    public String label(String key) {
        FoundPatient found = offered.get(key);
        if (found == null) {
            return key;
        }
        return found.fullName() + ", " + DATE.format(found.birthDate());
    }

    /** The suggestion chosen: the patient, their appointments and the board. */
    public void choose() {
        FoundPatient found = query == null ? null : offered.get(query);
        if (found == null) {
            return;
        }
        Optional<Person> chosen;
        try {
            chosen = registry.person(current.actor(), found.cardId(), found.cardId() == null ? found.registerEntryId() : null);
        } catch (StaffAccessDeniedException e) {
            chosen = Optional.empty();
        }
        if (chosen.isEmpty()) {
            PageMessages.error(null, "staff.phone.notYours");
            return;
        }
        patient = found;
        person = chosen.get();
        served.serve(found, person);
        hint = null;
        specialty = null;
        from = null;
        rescheduling = null;
        pickedSlot = null;
        ticket = null;
        reload();
    }

    /**
     * The view action: the patient the operator was serving (back from a doctor's week, or the page reloaded) is
     * shown again with their appointments and the board.
     */
    public void load() {
        if (person == null && served.getPerson() != null && current.isRegistrar()) {
            patient = served.getFound();
            person = served.getPerson();
            reload();
        }
    }

    /** Starts over with another patient. */
    public void clear() {
        served.forget();
        query = null;
        hint = null;
        patient = null;
        person = null;
        board = null;
        appointments = List.of();
        rescheduling = null;
        pickedSlot = null;
        ticket = null;
    }

    private void reload() {
        appointments = registry.appointmentsOf(current.actor(), person);
        board = registry.board(current.actor(), person, specialty, from, DAYS);
        specialty = board.specialtyId();
        from = board.days().isEmpty() ? null : board.days().get(0);
    }

    /** Another specialty chosen on the board. */
    public void changeSpecialty() {
        if (person != null) {
            board = registry.board(current.actor(), person, specialty, from, DAYS);
            specialty = board.specialtyId();
        }
    }

    /** The board a week later or earlier (not before today). */
    public void shift(int weeks) {
        if (person != null && from != null) {
            from = from.plusDays((long) weeks * DAYS);
            board = registry.board(current.actor(), person, specialty, from, DAYS);
            from = board.days().get(0);
        }
    }

    public boolean isFirstWeek() {
        return from == null || !from.isAfter(region.today());
    }

    /** A free time picked on the board (from the page's script): the confirmation asks next. */
    public void pick() {
        pickedSlot = null;
        String slot = FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().get("slot");
        if (slot == null || !slot.matches("\\d{1,18}") || board == null) {
            PrimeFaces.current().ajax().addCallbackParam("picked", false);
            return;
        }
        long id = Long.parseLong(slot);
        if (picked(id).isPresent()) {
            pickedSlot = id;
        }
        PrimeFaces.current().ajax().addCallbackParam("picked", pickedSlot != null);
    }

    private Optional<Picked> picked(long slotId) {
        for (BoardRow row : board.rows()) {
            for (List<FreeTime> times : row.byDay().values()) {
                for (FreeTime time : times) {
                    if (time.slotId() == slotId) {
                        return Optional.of(new Picked(row, time));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The time picked and its doctor, as the confirmation shows them. */
    public record Picked(BoardRow row, FreeTime time) implements Serializable {
    }

    public Picked getPicked() {
        return pickedSlot == null || board == null ? null : picked(pickedSlot).orElse(null);
    }

    /** «Записать» in the confirmation: books the picked time (or moves the appointment being rescheduled). */
    public void confirm() {
        if (pickedSlot == null || person == null) {
            return;
        }
        long slot = pickedSlot;
        pickedSlot = null;
        try {
            Appointment made = rescheduling != null ? booking.reschedule(current.actor(), rescheduling, slot)
                    : booking.book(current.actor(), person.cardId(), person.registerEntryId(), slot);
            PageMessages.info(rescheduling != null ? "staff.phone.moved" : "staff.phone.booked",
                    person.fullName());
            rescheduling = null;
            ticket = registry.ticket(current.actor(), made.getId()).orElse(null);
        } catch (BookingRefusedException e) {
            PageMessages.error(null, "booking.refused." + e.rule().name());
        } catch (StaffAccessDeniedException e) {
            PageMessages.error(null, "staff.forbidden.booking");
        }
        reload();
    }

    /** The ticket of one of the patient's appointments, to print or to mail. */
    public void showTicket(long appointmentId) {
        ticket = registry.ticket(current.actor(), appointmentId).orElse(null);
    }

    /** «Отменить» an appointment of the patient (asked first on the page). */
    public void cancel(long appointmentId) {
        try {
            booking.cancel(current.actor(), appointmentId);
            PageMessages.info("staff.phone.cancelled");
            if (ticket != null && ticket.id() == appointmentId) {
                ticket = null;
            }
            if (rescheduling != null && rescheduling == appointmentId) {
                rescheduling = null;
            }
        } catch (BookingRefusedException e) {
            PageMessages.error(null, "booking.refused." + e.rule().name());
        } catch (StaffAccessDeniedException e) {
            PageMessages.error(null, "staff.forbidden.booking");
        }
        reload();
    }

    /** «Перенести»: the next time confirmed on the board replaces this appointment; the board shows its specialty. */
    public void reschedule(long appointmentId) {
        Optional<FoundAppointment> moving = appointments.stream().filter(a -> a.id() == appointmentId).findFirst();
        if (moving.isEmpty()) {
            return;
        }
        rescheduling = appointmentId;
        board.specialties().stream()
                .filter(s -> s.name().equals(moving.get().specialty()))
                .findFirst()
                .ifPresent(s -> specialty = s.id());
        board = registry.board(current.actor(), person, specialty, from, DAYS);
    }

    /** Gives up moving an appointment. */
    public void stopRescheduling() {
        rescheduling = null;
    }

    /** «Отправить на почту» the ticket shown. */
    public void mailTicket() {
        if (ticket == null) {
            return;
        }
        try {
            TicketMail sent = booking.mailTicket(current.actor(), ticket.id());
            if (sent == TicketMail.SENT) {
                PageMessages.info("staff.phone.mailed");
            } else {
                PageMessages.error(null, "staff.phone.noMail");
            }
        } catch (StaffAccessDeniedException e) {
            PageMessages.error(null, "staff.forbidden.booking");
        }
    }

    /** The appointment being moved, as listed; null when none. */
    public FoundAppointment getMoving() {
        return rescheduling == null ? null
                : appointments.stream().filter(a -> a.id() == rescheduling).findFirst().orElse(null);
    }

    /** A moment as the page says it: dd.MM.yyyy HH:mm in the region's zone. */
    public String when(Instant instant) {
        return WHEN.format(instant.atZone(region.zone()));
    }

    /** The start of a time in the region's zone, for the board's buttons. */
    public String time(Instant startsAt) {
        return TIME.format(startsAt.atZone(region.zone()));
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getHint() {
        return hint;
    }

    public FoundPatient getPatient() {
        return patient;
    }

    public Person getPerson() {
        return person;
    }

    public List<FoundAppointment> getAppointments() {
        return appointments;
    }

    public Long getSpecialty() {
        return specialty;
    }

    public void setSpecialty(Long specialty) {
        this.specialty = specialty;
    }

    public Board getBoard() {
        return board;
    }

    public Ticket getTicket() {
        return ticket;
    }
}
