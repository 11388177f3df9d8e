package ru.registratura.infrastructure.config;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import ru.registratura.domain.scheduling.BookingPolicy;

/**
 * The settings of the region this deployment serves. Each has a default for the demo region and
 * can be set by the admin as a system property of the domain (see server-config/).
 */
@ApplicationScoped
public class RegionSettings {

    @Inject
    @ConfigProperty(name = "registratura.region.zone", defaultValue = "Asia/Irkutsk")
    String zone;

    @Inject
    @ConfigProperty(name = "registratura.booking.horizon-days", defaultValue = "14")
    int horizonDays;

    @Inject
    @ConfigProperty(name = "registratura.region.name", defaultValue = "Иркутская область")
    String name;

    @Inject
    @ConfigProperty(name = "registratura.esia.allow-standard-accounts", defaultValue = "true")
    boolean standardAccountsAllowed;

    @Inject
    @ConfigProperty(name = "registratura.cards.relative-max-age", defaultValue = "14")
    int relativeMaxAge;

    @Inject
    @ConfigProperty(name = "registratura.booking.one-per-specialty", defaultValue = "true")
    boolean onePerSpecialty;

    @Inject
    @ConfigProperty(name = "registratura.cards.max-manual-relatives", defaultValue = "10")
    int maxManualRelatives;

    @Inject
    @ConfigProperty(name = "registratura.booking.max-active-per-account", defaultValue = "10")
    int maxActivePerAccount;

    @Inject
    Clock clock;

    /** The region's time zone: times are stored as instants and shown in this zone. */
    public ZoneId zone() {
        return ZoneId.of(zone);
    }

    /** Today's date in the region. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }

    /** The region's name as the pages show it. */
    public String name() {
        return name;
    }

    /**
     * Whether a standard ESIA account (SNILS and passport verified, identity not confirmed) may use the
     * portal. Most regions allow it; Irkutsk's seeds require a confirmed account.
     */
    public boolean standardAccountsAllowed() {
        return standardAccountsAllowed;
    }

    /**
     * A relative added to a card file must be younger than this many full years on the day added: from 14
     * a person registers in ESIA and uses the portal with their own account.
     */
    public int relativeMaxAge() {
        return relativeMaxAge;
    }

    /** Whether a person born on this day is, today, too old to be added to a card file as a relative. */
    public boolean tooOldForRelative(LocalDate birthDate) {
        return birthDate != null && Period.between(birthDate, today()).getYears() >= relativeMaxAge;
    }

    /** Whether a person may hold only one active appointment per specialty at a time. */
    public boolean onePerSpecialty() {
        return onePerSpecialty;
    }

    /** How many days ahead, today included, slots are generated and can be booked. */
    public int horizonDays() {
        return horizonDays;
    }

    /** The start of the first day beyond the booking horizon, in the region's zone. */
    public Instant horizonEnd() {
        return today().plusDays(horizonDays()).atStartOfDay(zone()).toInstant();
    }

    /**
     * How many relatives one account may add by hand (not from ESIA's «Данные детей»): a hand-typed card is the
     * patient's word only, and each one can hold appointments.
     */
    public int maxManualRelatives() {
        return maxManualRelatives;
    }

    /** How many booked future appointments one account may hold across all the cards of its card file. */
    public int maxActivePerAccount() {
        return maxActivePerAccount;
    }

    /** The booking rules of the region as of now (the horizon moves with the day). */
    public BookingPolicy bookingPolicy() {
        return BookingPolicy.of(horizonEnd(), zone(), onePerSpecialty, maxActivePerAccount);
    }
}
