package ru.registratura.domain.attachment;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

import ru.registratura.domain.card.FullName;
import ru.registratura.domain.card.OmsPolicy;
import ru.registratura.domain.card.PatientCard;
import ru.registratura.domain.card.Snils;

/**
 * Finds a card's entry in the register: by policy number (and series, for an old policy), else by SNILS,
 * else by surname, first name, patronymic and birth date (case and «ё» ignored). A policy or SNILS match
 * also needs the birth date to agree, so that a typo in the number cannot show a stranger's attachment.
 * Where several entries match, the most recent attachment wins.
 */
public final class AttachmentMatcher {

    /** A register entry and how it was found. */
    public record Match(RegisterEntry entry, MatchedBy by) {
    }

    private final AttachmentRegister register;

    public AttachmentMatcher(AttachmentRegister register) {
        this.register = register;
    }

    public Optional<Match> match(PatientCard card) {
        Predicate<RegisterEntry> sameBirth = e -> e.getBirthDate().equals(card.getBirthDate());
        OmsPolicy policy = card.getPolicy();
        if (policy != null) {
            Optional<RegisterEntry> entry = latest(register.byPolicyNumber(policy.number()),
                    sameBirth.and(e -> Objects.equals(seriesKey(e.getPolicy().series()), seriesKey(policy.series()))));
            if (entry.isPresent()) {
                return Optional.of(new Match(entry.get(), MatchedBy.POLICY));
            }
        }
        Snils snils = card.getSnils();
        if (snils != null) {
            Optional<RegisterEntry> entry = latest(register.bySnils(snils.value()), sameBirth);
            if (entry.isPresent()) {
                return Optional.of(new Match(entry.get(), MatchedBy.SNILS));
            }
        }
        return latest(register.byBirthDate(card.getBirthDate()), e -> sameName(e, card))
                .map(e -> new Match(e, MatchedBy.NAME));
    }

    private static Optional<RegisterEntry> latest(List<RegisterEntry> entries, Predicate<RegisterEntry> filter) {
        return entries.stream().filter(filter).max(Comparator.comparing(RegisterEntry::getAttachedSince));
    }

    private static boolean sameName(RegisterEntry e, PatientCard card) {
        return FullName.matchKey(e.getLastName()).equals(FullName.matchKey(card.getLastName()))
                && FullName.matchKey(e.getFirstName()).equals(FullName.matchKey(card.getFirstName()))
                && FullName.matchKey(e.getMiddleName()).equals(FullName.matchKey(card.getMiddleName()));
    }

    private static String seriesKey(String series) {
        return series == null ? null : FullName.matchKey(series);
    }
}
