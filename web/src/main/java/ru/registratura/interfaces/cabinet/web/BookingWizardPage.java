package ru.registratura.interfaces.cabinet.web;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import ru.registratura.application.AppointmentNotFoundException;
import ru.registratura.application.BookingCatalog;
import ru.registratura.application.BookingCatalog.CalendarStep;
import ru.registratura.application.BookingCatalog.ChosenDoctor;
import ru.registratura.application.BookingCatalog.DoctorChoice;
import ru.registratura.application.BookingCatalog.DoctorStep;
import ru.registratura.application.BookingCatalog.SpecialtyChoice;
import ru.registratura.application.ReferralService;
import ru.registratura.domain.card.CardNotFoundException;
import ru.registratura.domain.scheduling.BookingRefusedException.FreeTime;
import ru.registratura.infrastructure.config.RegionSettings;
import ru.registratura.interfaces.shared.web.PageMessages;
import ru.registratura.interfaces.shared.web.PortalDates;
import ru.registratura.interfaces.shared.web.Shared;

/**
 * «Записаться на приём»: specialty → doctor → day and time, each step a plain GET page
 * ({@code book.xhtml?card=&specialty=&doctor=&day=}) so that the browser's back button and a bookmark work. The
 * doctor's calendar shows the times of the nearest day with free time under it, or of the day clicked.
 * The card defaults to the person acted for. The confirmation is {@link BookingConfirmationPage}.
 */
@Named
@RequestScoped
public class BookingWizardPage {

    /** One day of the calendar; {@code free} times open to booking, {@code inHorizon} whether it can have any. */
    public record CalendarDay(LocalDate date, int free, boolean inHorizon) implements Serializable {

        private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("dd.MM");

        /** «05.12»: the day as the calendar's cell shows it. */
        public String getLabel() {
            return date.format(LABEL);
        }

        /** The cell's look: free (a link), busy (within the horizon, nothing free) or out (before today, past the horizon). */
        public String getState() {
            return free > 0 ? "free" : inHorizon ? "busy" : "out";
        }
    }

    @Inject
    CabinetSession cabinet;

    @Inject
    PeopleMenu people;

    @Inject
    @Shared
    BookingCatalog catalog;

    @Inject
    RegionSettings region;

    @Inject
    HttpServletRequest request;

    private Long card;
    private Long specialty;
    private Long doctor;
    private String day;
    /** «Перенести»: the appointment being moved (its card's), or null for a new booking. */
    private Long move;
    private BookingCatalog.Ticket moving;

    private PeopleMenu.Card person;
    private List<SpecialtyChoice> specialties;
    private DoctorStep doctorStep;
    private DoctorChoice chosenDoctor;
    private List<List<CalendarDay>> calendar;
    private LocalDate chosenDay;
    /** The chosen day is the nearest with free time (no day asked for), not one the patient clicked. */
    private boolean nearest;
    private List<FreeTime> times;
    /** The card's referral a booking of the chosen doctor «по направлению» uses, or null. */
    private ReferralService.Shown referral;
    /** The chosen doctor is booked «по направлению» and the card has no valid referral for them. */
    private boolean referralMissing;

    /**
     * Works out the step from the parameters; an id that is not the patient's, or not bookable, or not a number, is a
     * 404. The parameters are read here, not by view parameters: a view parameter is a component with a converter
     * looked up per request, 4–6 % of a wizard page's CPU for nothing a GET page without a form needs
     * (bench/RESULTS.md, issue 17).
     */
    public void load() {
        try {
            card = CabinetPages.id(request.getParameter("card"));
            specialty = CabinetPages.id(request.getParameter("specialty"));
            doctor = CabinetPages.id(request.getParameter("doctor"));
            move = CabinetPages.id(request.getParameter("move"));
            day = request.getParameter("day");
        } catch (NumberFormatException e) {
            CabinetPages.notFound();
            return;
        }
        try {
            if (card == null) {
                person = people.current().orElse(null);
                if (person == null) {
                    return;
                }
                card = person.id();
            } else {
                person = people.card(card).orElseThrow(() -> new CardNotFoundException(card));
            }
            if (move != null) {
                moving = catalog.ticket(cabinet.actor(), move);
                if (!moving.cancellable() || !card.equals(moving.cardId())) {
                    CabinetPages.notFound();
                    return;
                }
            }
            if (specialty == null) {
                specialties = catalog.specialties(cabinet.actor(), card);
                return;
            }
            // The day asked for: one not within the horizon is a 404 where a calendar would show it.
            LocalDate asked = day == null ? null : parseDay(day);
            boolean badDay = day != null && asked == null;
            BookingCatalog.Calendar shown;
            if (doctor == null) {
                // The doctor step, or straight on with the district doctor of the person's attachment.
                Optional<DoctorStep> step = catalog.doctors(cabinet.actor(), card, specialty);
                if (step.isEmpty()) {
                    CabinetPages.notFound();
                    return;
                }
                doctorStep = step.get();
                if (doctorStep.districtDoctor() == null) {
                    return;
                }
                chosenDoctor = doctorStep.districtDoctor();
                doctor = chosenDoctor.id();
                if (chosenDoctor.referral() && move == null) {
                    referral = catalog.referralFor(cabinet.actor(), card, doctor).orElse(null);
                    if (referral == null) {
                        referralMissing = true;
                        return;
                    }
                }
                if (badDay) {
                    CabinetPages.notFound();
                    return;
                }
                shown = catalog.calendar(doctor, asked);
            } else {
                // The day and time steps: the chosen doctor, the referral and the calendar in one container call
                // (and none of the other doctors' free times read).
                if (badDay) {
                    CabinetPages.notFound();
                    return;
                }
                Optional<CalendarStep> found = catalog.calendarStep(cabinet.actor(), people.header(), card, doctor, asked,
                        move != null)
                        .filter(c -> c.chosen().specialty().id() == specialty);
                if (found.isEmpty()) {
                    // A doctor chosen elsewhere («Врачи») whom this person cannot book: the specialties, and why.
                    PageMessages.error(null, "booking.doctor.notForPerson");
                    specialty = null;
                    doctor = null;
                    specialties = catalog.specialties(cabinet.actor(), card);
                    return;
                }
                ChosenDoctor chosen = found.get().chosen();
                chosenDoctor = chosen.doctor();
                doctorStep = new DoctorStep(chosen.specialty(), List.of(),
                        chosen.district() == null ? null : chosen.doctor(), chosen.district(), null);
                referral = found.get().referral();
                shown = found.get().calendar();
                if (shown == null) {
                    // «По направлению»: without a valid referral of the card, how to get one.
                    referralMissing = true;
                    return;
                }
            }
            // The calendar and, under it, the times of the chosen day, or of the nearest day with free time: one page
            // where there were two, so a patient in a rush is a click (and a request) nearer the confirmation.
            nearest = asked == null;
            chosenDay = shown.day();
            calendar = calendar(shown.freeDays());
            times = shown.times();
        } catch (CardNotFoundException | AppointmentNotFoundException e) {
            CabinetPages.notFound();
        }
    }

    /** The step shown: noCard, specialty, doctor, day (the calendar, no day with free time) or time (the calendar and a day's times). */
    public String getStep() {
        if (person == null) {
            return "noCard";
        }
        if (specialties != null) {
            return "specialty";
        }
        if (chosenDoctor == null) {
            return "doctor";
        }
        return times == null ? "day" : "time";
    }

    /** Whole weeks, Monday first, from this week to the week of the horizon's last day. */
    private List<List<CalendarDay>> calendar(SortedMap<LocalDate, Integer> free) {
        LocalDate today = region.today();
        LocalDate last = today.plusDays(region.horizonDays() - 1L);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<List<CalendarDay>> weeks = new ArrayList<>();
        for (LocalDate start = monday; !start.isAfter(last); start = start.plusWeeks(1)) {
            List<CalendarDay> week = new ArrayList<>(7);
            for (int i = 0; i < 7; i++) {
                LocalDate date = start.plusDays(i);
                boolean inHorizon = !date.isBefore(today) && !date.isAfter(last);
                week.add(new CalendarDay(date, free.getOrDefault(date, 0), inHorizon));
            }
            weeks.add(week);
        }
        return weeks;
    }

    private LocalDate parseDay(String value) {
        try {
            LocalDate date = LocalDate.parse(value);
            LocalDate today = region.today();
            return date.isBefore(today) || !date.isBefore(today.plusDays(region.horizonDays())) ? null : date;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The wizard's address for the card: the specialty step, and the start of every other step's link. */
    public String getBase() {
        return request.getContextPath() + "/cabinet/book.xhtml?card=" + card + getMoveParam();
    }

    /** «&amp;move=id» while an appointment is being moved (every link of the wizard keeps it), else nothing. */
    public String getMoveParam() {
        return move == null ? "" : "&move=" + move;
    }

    /** «05.12.2026 19:00»: the time of the appointment being moved, in the region's time. */
    public String getMovingWhen() {
        return moving == null ? null : PortalDates.DATE_TIME.format(moving.startsAt().atZone(region.zone()));
    }

    /** The appointment being moved, or null. */
    public BookingCatalog.Ticket getMoving() {
        return moving;
    }

    public ReferralService.Shown getReferral() {
        return referral;
    }

    public boolean isReferralMissing() {
        return referralMissing;
    }

    public Long getMove() {
        return move;
    }

    /** A time's link to the confirmation without the slot (nor the moved appointment's {@link #getMoveParam}). */
    public String getTimeLinkBase() {
        return request.getContextPath() + "/cabinet/book-confirm.xhtml?card=" + card + "&slot=";
    }

    /** A calendar day's link without the day. */
    public String getDayLinkBase() {
        return getBase() + "&specialty=" + specialty + "&doctor=" + doctor + "&day=";
    }

    public PeopleMenu.Card getPerson() {
        return person;
    }

    public List<SpecialtyChoice> getSpecialties() {
        return specialties;
    }

    public DoctorStep getDoctorStep() {
        return doctorStep;
    }

    public DoctorChoice getChosenDoctor() {
        return chosenDoctor;
    }

    public List<List<CalendarDay>> getCalendar() {
        return calendar;
    }

    /** The chosen day as dd.MM.yyyy. */
    public String getChosenDayText() {
        return chosenDay == null ? "" : PortalDates.DATE.format(chosenDay);
    }

    public LocalDate getChosenDay() {
        return chosenDay;
    }

    /** Whether the times shown are the nearest day's (no day clicked yet). */
    public boolean isNearest() {
        return nearest;
    }

    public List<FreeTime> getTimes() {
        return times;
    }

    public Long getCard() {
        return card;
    }

    public Long getSpecialty() {
        return specialty;
    }

    public Long getDoctor() {
        return doctor;
    }

    public String getDay() {
        return day;
    }

}
