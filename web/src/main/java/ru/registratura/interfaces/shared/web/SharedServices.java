package ru.registratura.interfaces.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import ru.registratura.application.BookingCatalog;
import ru.registratura.application.CabinetHeaderService;
import ru.registratura.application.CardFileService;
import ru.registratura.application.DoctorWeekService;
import ru.registratura.application.EsiaCardService;
import ru.registratura.application.MessageService;
import ru.registratura.application.PortalBookingService;
import ru.registratura.application.ReferralService;
import ru.registratura.application.WaitlistService;

/**
 * One reference to each stateless service the patients' pages use, made once for the application and handed to
 * their request- and view-scoped beans ({@code @Inject @Shared}).
 *
 * <p>Why: Weld makes a new reference to a session bean for every bean instance it is injected into, and for a page
 * bean that is every request. Each such reference costs Payara a JNDI lookup (a new {@code InitialContext}) and a
 * class loaded through the application's class loader under its lock: 2.6 % of the server's CPU samples in the page
 * rush, and 15 s of request threads blocked on that lock in a minute (bench/RESULTS.md, issue 17). A reference to a
 * stateless bean is safe to share between threads: every call still takes an instance from the container's pool and
 * runs in its own transaction, so nothing about the services' behaviour changes. The staff workspace's pages inject
 * their services directly: they are few and not on the rush's path.
 */
@ApplicationScoped
public class SharedServices {

    @Inject
    BookingCatalog catalog;

    @Inject
    CardFileService cards;

    @Inject
    CabinetHeaderService headers;

    @Inject
    MessageService messages;

    @Inject
    EsiaCardService esiaCards;

    @Inject
    PortalBookingService booking;

    @Inject
    DoctorWeekService doctorWeeks;

    @Inject
    WaitlistService waitlist;

    @Inject
    ReferralService referrals;

    @Produces
    @Shared
    BookingCatalog catalog() {
        return catalog;
    }

    @Produces
    @Shared
    CardFileService cards() {
        return cards;
    }

    @Produces
    @Shared
    CabinetHeaderService headers() {
        return headers;
    }

    @Produces
    @Shared
    MessageService messages() {
        return messages;
    }

    @Produces
    @Shared
    EsiaCardService esiaCards() {
        return esiaCards;
    }

    @Produces
    @Shared
    PortalBookingService booking() {
        return booking;
    }

    @Produces
    @Shared
    DoctorWeekService doctorWeeks() {
        return doctorWeeks;
    }

    @Produces
    @Shared
    WaitlistService waitlist() {
        return waitlist;
    }

    @Produces
    @Shared
    ReferralService referrals() {
        return referrals;
    }
}
