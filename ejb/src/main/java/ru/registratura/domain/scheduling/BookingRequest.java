package ru.registratura.domain.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import ru.registratura.domain.directory.Doctor;
import ru.registratura.domain.directory.Sex;

/**
 * One booking as the rules see it: the person it is for, the slot, the channel, the moment, the person's other
 * upcoming appointments, how many booked future appointments the person's account holds already (0 for a
 * person of the attachment register without an account: the account limit does not apply to them), and whether the
 * booking carries a valid referral for this time ({@code referred}).
 */
public record BookingRequest(Person person, Slot slot, Channel channel, Instant now, List<Appointment> upcoming,
                             int accountActive, boolean referred) {

    public BookingRequest {
        Objects.requireNonNull(person);
        Objects.requireNonNull(slot);
        Objects.requireNonNull(channel);
        Objects.requireNonNull(now);
        upcoming = List.copyOf(upcoming);
    }

    /** A request without a referral. */
    public BookingRequest(Person person, Slot slot, Channel channel, Instant now, List<Appointment> upcoming,
            int accountActive) {
        this(person, slot, channel, now, upcoming, accountActive, false);
    }

    /** The same request carrying a valid referral for the person and the slot (or not). */
    public BookingRequest referred(boolean withReferral) {
        return new BookingRequest(person, slot, channel, now, upcoming, accountActive, withReferral);
    }

    /** A booking request of someone without an account (the registry's or the API's register entry). */
    public BookingRequest(Person person, Slot slot, Channel channel, Instant now, List<Appointment> upcoming) {
        this(person, slot, channel, now, upcoming, 0);
    }

    /**
     * Who the booking is for: birth date and sex (the specialty's limits) and which doctor is their district
     * doctor (a district specialty is booked with one's own district doctor only).
     */
    public record Person(LocalDate birthDate, Sex sex, Predicate<Doctor> districtDoctor) {

        public Person {
            Objects.requireNonNull(birthDate);
            Objects.requireNonNull(districtDoctor);
        }

        /** A person whose district doctor nobody is (the registry books any doctor of a district specialty). */
        public static Person withoutDistrict(LocalDate birthDate, Sex sex) {
            return new Person(birthDate, sex, doctor -> false);
        }
    }
}
