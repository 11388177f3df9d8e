package ru.registratura.domain.scheduling;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules a booking must keep, in the order a refusal names them: the slot is in the future and within the
 * booking horizon, open to the channel, of a specialty that serves the person's age and sex, with the person's
 * own district doctor for a district specialty, the person's only active appointment with that specialty (where
 * the region says so), and within the account's limit of booked future appointments. Every channel (portal,
 * registry, API) asks the same policy; whether the slot is still free is not a rule but the database's atomic
 * claim.
 */
public final class BookingPolicy {

    /** One rule of booking: which refusal it gives, and whether a request breaks it. */
    public interface Rule {
        BookingRule refusal();

        boolean isBrokenBy(BookingRequest request);
    }

    private final List<Rule> rules;

    public BookingPolicy(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * The region's policy: its booking horizon ends at {@code horizonEnd}, ages are counted on the slot's day in
     * {@code zone}, and one active appointment per specialty and at most {@code maxActivePerAccount} per account
     * where the region says so.
     */
    public static BookingPolicy of(Instant horizonEnd, ZoneId zone, boolean onePerSpecialty, int maxActivePerAccount) {
        List<Rule> rules = new ArrayList<>(List.of(
                new BookingRules.FutureSlot(),
                new BookingRules.WithinHorizon(horizonEnd),
                new BookingRules.OpenToChannel(),
                new BookingRules.ServesAge(zone),
                new BookingRules.ServesSex(),
                new BookingRules.OwnDistrictDoctor(),
                new BookingRules.ReferralIfRequired()));
        if (onePerSpecialty) {
            rules.add(new BookingRules.OnePerSpecialty());
        }
        rules.add(new BookingRules.AccountLimit(maxActivePerAccount));
        return new BookingPolicy(rules);
    }

    /** The first rule the request breaks, if any. */
    public Optional<BookingRule> firstBroken(BookingRequest request) {
        for (Rule rule : rules) {
            if (rule.isBrokenBy(request)) {
                return Optional.of(rule.refusal());
            }
        }
        return Optional.empty();
    }
}
