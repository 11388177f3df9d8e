package ru.registratura.interfaces.cabinet.web;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.registratura.application.WaitRequestNotFoundException;
import ru.registratura.application.WaitlistRefusedException;
import ru.registratura.application.WaitlistService;
import ru.registratura.domain.card.CardNotFoundException;
import ru.registratura.domain.scheduling.BookingRefusedException;
import ru.registratura.infrastructure.config.RegionSettings;
import ru.registratura.interfaces.shared.web.Shared;

/**
 * «Лист ожидания» ({@code waitlist.xhtml}): the card file's requests for an earlier time. A held time is shown with
 * until when it is held, «Записаться на это время» and «Отказаться»; a waiting request can be withdrawn.
 */
@Named
@ViewScoped
public class WaitlistPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CabinetSession cabinet;

    @Inject
    @Shared
    WaitlistService waitlist;

    @Inject
    RegionSettings region;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private List<WaitlistService.Entry> entries;
    private int holdMinutes;

    public void load() {
        entries = waitlist.ofAccount(cabinet.actor());
        holdMinutes = waitlist.holdMinutes();
    }

    public int getHoldMinutes() {
        return holdMinutes;
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** The moment in the region's zone, dd.MM.yyyy HH:mm. */
    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(region.zone()));
    }

    /** «Записаться на это время»: the ticket of the booked (or moved) appointment. */
    public String confirm(long requestId) {
        try {
            long appointment = waitlist.confirm(cabinet.actor(), requestId);
            CabinetPages.flash("waitlist.confirmed");
            return "/cabinet/appointment?faces-redirect=true&id=" + appointment;
        } catch (WaitRequestNotFoundException | CardNotFoundException e) {
            CabinetPages.notFound();
        } catch (WaitlistRefusedException e) {
            CabinetPages.error("waitlist.refused." + e.reason().name());
        } catch (BookingRefusedException e) {
            CabinetPages.error("booking.refused." + e.rule().name());
        }
        load();
        return null;
    }

    /** «Отказаться» from an offer, or «Отозвать» a waiting request. */
    public String withdraw(long requestId) {
        try {
            waitlist.withdraw(cabinet.actor(), requestId);
            CabinetPages.flash("waitlist.withdrawn");
            return "/cabinet/waitlist?faces-redirect=true";
        } catch (WaitRequestNotFoundException e) {
            CabinetPages.notFound();
        } catch (WaitlistRefusedException e) {
            CabinetPages.error("waitlist.refused." + e.reason().name());
        }
        load();
        return null;
    }

    public List<WaitlistService.Entry> getEntries() {
        return entries;
    }
}
