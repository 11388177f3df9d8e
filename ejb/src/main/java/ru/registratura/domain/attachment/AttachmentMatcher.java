package ru.registratura.domain.attachment;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import ru.registratura.domain.card.OmsPolicy;
import ru.registratura.domain.card.PatientCard;
import ru.registratura.domain.card.PersonIdentity;

/**
 * Finds a card's entry in the register: by policy number (and series, for an old policy), else by SNILS,
 * else by surname, first name, patronymic and birth date (case and «ё» ignored). A policy or SNILS match
 * also needs the birth date to agree, so that a typo in the number cannot show a stranger's attachment.
 * Where several entries match, the most recent attachment wins. Whether a name-only match may attach the card is
 * {@link AttachmentSearch#trusted}'s decision.
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
        PersonIdentity person = card.identity();
        Predicate<RegisterEntry> sameBirth = e -> e.identity().sameBirthDate(person);
        OmsPolicy policy = person.policy();
        if (policy != null) {
            Optional<RegisterEntry> entry = latest(register.byPolicyNumber(policy.number()),
                    sameBirth.and(e -> e.identity().samePolicy(person)));
            if (entry.isPresent()) {
                return Optional.of(new Match(entry.get(), MatchedBy.POLICY));
            }
        }
        if (person.getSnils() != null) {
            Optional<RegisterEntry> entry = latest(register.bySnils(person.getSnils()), sameBirth);
            if (entry.isPresent()) {
                return Optional.of(new Match(entry.get(), MatchedBy.SNILS));
            }
        }
        return latest(register.byBirthDate(person.getBirthDate()), e -> e.identity().sameName(person))
                .map(e -> new Match(e, MatchedBy.NAME));
    }

    private static Optional<RegisterEntry> latest(List<RegisterEntry> entries, Predicate<RegisterEntry> filter) {
        return entries.stream().filter(filter).max(Comparator.comparing(RegisterEntry::getAttachedSince));
    }
}
