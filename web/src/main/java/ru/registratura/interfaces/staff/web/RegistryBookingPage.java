package ru.registratura.interfaces.staff.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.registratura.application.RegistryBookingService;
import ru.registratura.application.RegistryService;
import ru.registratura.application.RegistryService.DoctorOption;
import ru.registratura.application.RegistryService.Person;
import ru.registratura.application.StaffAccessDeniedException;
import ru.registratura.domain.scheduling.Appointment;
import ru.registratura.domain.scheduling.BookingRefusedException;
import ru.registratura.domain.scheduling.BookingRefusedException.FreeTime;
import ru.registratura.infrastructure.config.RegionSettings;
import ru.registratura.interfaces.shared.web.PageMessages;

/**
 * «Записать на приём» by the registry ({@code staff/book.xhtml?card=…|entry=…[&doctor=…]}): the person found,
 * a doctor of the operator's institutions, then the doctor's free times open to the registry by day; a time
 * books at once (channel REGISTRY) and opens the ticket. A person or doctor the operator may not book for is
 * a 404; a refusal shows its rule, and a time taken meanwhile shows the times anew.
 */
@Named
@ViewScoped
public class RegistryBookingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RegistryService registry;

    @Inject
    RegistryBookingService booking;

    @Inject
    CurrentStaff current;

    @Inject
    RegionSettings region;

    private Long card;
    private Long entry;
    private Long doctor;
    private Person person;
    private List<DoctorOption> doctors;
    private DoctorOption chosen;
    private Map<LocalDate, List<FreeTime>> times;

    /** The view action: the person (404 if not the operator's), then the doctors or the chosen doctor's times. */
    public void load() {
        Optional<Person> found;
        try {
            found = registry.person(current.actor(), card, entry);
        } catch (StaffAccessDeniedException e) {
            found = Optional.empty();
        }
        if (found.isEmpty()) {
            PageMessages.notFound();
            return;
        }
        person = found.get();
        doctors = registry.doctors(current.actor(), person);
        if (doctor != null) {
            chosen = doctors.stream().filter(d -> d.id() == doctor).findFirst().orElse(null);
            if (chosen == null) {
                PageMessages.notFound();
                return;
            }
            loadTimes();
        }
    }

    private void loadTimes() {
        times = new LinkedHashMap<>();
        for (FreeTime time : registry.freeTimes(current.actor(), doctor)) {
            times.computeIfAbsent(time.startsAt().atZone(region.zone()).toLocalDate(), d -> new ArrayList<>())
                    .add(time);
        }
    }

    /** Books the time and opens the ticket; on a refusal stays with its message. */
    public String book(long slotId) {
        try {
            Appointment appointment = booking.book(current.actor(), card, entry, slotId);
            return "/staff/ticket?faces-redirect=true&appointment=" + appointment.getId();
        } catch (BookingRefusedException e) {
            PageMessages.error(null, "booking.refused." + e.rule().name());
            if (doctor != null) {
                loadTimes();
            }
        } catch (StaffAccessDeniedException e) {
            PageMessages.error(null, "staff.forbidden.booking");
        }
        return null;
    }

    /** The query of this person for links: {@code card=…} or {@code entry=…}. */
    public String getWho() {
        return card != null ? "card=" + card : "entry=" + entry;
    }

    public Person getPerson() {
        return person;
    }

    public List<DoctorOption> getDoctors() {
        return doctors;
    }

    public DoctorOption getChosen() {
        return chosen;
    }

    public List<Map.Entry<LocalDate, List<FreeTime>>> getDays() {
        return times == null ? List.of() : List.copyOf(times.entrySet());
    }

    public Long getCard() {
        return card;
    }

    public void setCard(Long card) {
        this.card = card;
    }

    public Long getEntry() {
        return entry;
    }

    public void setEntry(Long entry) {
        this.entry = entry;
    }

    public Long getDoctor() {
        return doctor;
    }

    public void setDoctor(Long doctor) {
        this.doctor = doctor;
    }
}
