package ru.registratura.domain.scheduling;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.Objects;

import ru.registratura.domain.directory.Specialty;

/** The rules of {@link BookingPolicy}, one small object each. */
public final class BookingRules {

    private BookingRules() {
    }

    /** A slot that has started or is over cannot be booked. */
    public record FutureSlot() implements BookingPolicy.Rule {
        @Override
        public BookingRule refusal() {
            return BookingRule.SLOT_PAST;
        }

        @Override
        public boolean isBrokenBy(BookingRequest request) {
            return !request.slot().getStartsAt().isAfter(request.now());
        }
    }

    /** Slots are booked up to the end of the region's booking horizon, not beyond. */
    public record WithinHorizon(Instant end) implements BookingPolicy.Rule {
        public WithinHorizon {
            Objects.requireNonNull(end);
        }

        @Override
        public BookingRule refusal() {
            return BookingRule.BEYOND_HORIZON;
        }

        @Override
        public boolean isBrokenBy(BookingRequest request) {
            return !request.slot().getStartsAt().isBefore(end);
        }
    }

    /** The portal and the API book online slots only; the registry books its own slots too. */
    public record OpenToChannel() implements BookingPolicy.Rule {
        @Override
        public BookingRule refusal() {
            return BookingRule.NOT_OPEN_TO_CHANNEL;
        }

        @Override
        public boolean isBrokenBy(BookingRequest request) {
            return !request.channel().mayBook(request.slot().getAccess());
        }
    }

    /** The specialty serves the person's age in full years on the slot's day (a child turning 18 that week). */
    public record ServesAge(ZoneId zone) implements BookingPolicy.Rule {
        public ServesAge {
            Objects.requireNonNull(zone);
        }

        @Override
        public BookingRule refusal() {
            return BookingRule.AGE;
        }

        @Override
        public boolean isBrokenBy(BookingRequest request) {
            int age = Period.between(request.person().birthDate(),
                    request.slot().getStartsAt().atZone(zone).toLocalDate()).getYears();
            return !specialty(request).servesAge(age);
        }
    }

    /** A specialty for one sex (a gynaecologist) serves that sex only. */
    public record ServesSex() implements BookingPolicy.Rule {
        @Override
        public BookingRule refusal() {
            return BookingRule.SEX;
        }

        @Override
        public boolean isBrokenBy(BookingRequest request) {
            return !specialty(request).servesSex(request.person().sex());
        }
    }

    /**
     * A district specialty (a district therapist, a paediatrician) is booked with the person's own district
     * doctor; the registry may book any of them.
     */
    public record OwnDistrictDoctor() implements BookingPolicy.Rule {
        @Override
        public BookingRule refusal() {
            return BookingRule.NOT_YOUR_DISTRICT;
        }

        @Override
        public boolean isBrokenBy(BookingRequest request) {
            return specialty(request).getDistrictKind() != null && request.channel() != Channel.REGISTRY
                    && !request.person().districtDoctor().test(request.slot().getDoctor());
        }
    }

    /**
     * A doctor or specialty marked «по направлению» is booked with a valid referral of the person; the registry, which
     * issues referrals, books without one.
     */
    public record ReferralIfRequired() implements BookingPolicy.Rule {
        @Override
        public BookingRule refusal() {
            return BookingRule.REFERRAL_REQUIRED;
        }

        @Override
        public boolean isBrokenBy(BookingRequest request) {
            return request.channel() != Channel.REGISTRY && request.slot().getDoctor().needsReferral()
                    && !request.referred();
        }
    }

    /** One active appointment per specialty: a second one waits until the first is over or cancelled. */
    public record OnePerSpecialty() implements BookingPolicy.Rule {
        @Override
        public BookingRule refusal() {
            return BookingRule.ONE_PER_SPECIALTY;
        }

        @Override
        public boolean isBrokenBy(BookingRequest request) {
            String code = specialty(request).getFederalCode();
            return request.upcoming().stream()
                    .anyMatch(a -> a.getSlot().getDoctor().getSpecialty().getFederalCode().equals(code));
        }
    }

    /** An account holds at most so many booked future appointments across its card file. */
    public record AccountLimit(int max) implements BookingPolicy.Rule {
        @Override
        public BookingRule refusal() {
            return BookingRule.ACCOUNT_LIMIT;
        }

        @Override
        public boolean isBrokenBy(BookingRequest request) {
            return request.accountActive() >= max;
        }
    }

    private static Specialty specialty(BookingRequest request) {
        return request.slot().getDoctor().getSpecialty();
    }
}
