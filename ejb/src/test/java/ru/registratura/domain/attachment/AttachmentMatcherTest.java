package ru.registratura.domain.attachment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import ru.registratura.domain.card.CardDraft;
import ru.registratura.domain.card.CardSource;
import ru.registratura.domain.card.FullName;
import ru.registratura.domain.card.Kinship;
import ru.registratura.domain.card.OmsPolicy;
import ru.registratura.domain.card.PatientCard;
import ru.registratura.domain.directory.Institution;
import ru.registratura.domain.directory.PatientGroup;
import ru.registratura.domain.directory.Sex;

class AttachmentMatcherTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final LocalDate BIRTH = LocalDate.of(1986, 5, 14);
    private static final Institution POLYCLINIC = new Institution("Поликлиника № 4", "П4", "адрес", "тел", PatientGroup.ADULT);
    private static final Institution OTHER = new Institution("ГКБ № 8", "ГКБ", "адрес", "тел", PatientGroup.ADULT);

    private final List<RegisterEntry> entries = new ArrayList<>();
    private final AttachmentMatcher matcher = new AttachmentMatcher(new AttachmentRegister() {
        @Override
        public List<RegisterEntry> byPolicyNumber(String number) {
            return entries.stream().filter(e -> e.getPolicy() != null && e.getPolicy().number().equals(number)).toList();
        }

        @Override
        public List<RegisterEntry> bySnils(String snils) {
            return entries.stream().filter(e -> snils.equals(e.getSnils())).toList();
        }

        @Override
        public List<RegisterEntry> byBirthDate(LocalDate birthDate) {
            return entries.stream().filter(e -> e.getBirthDate().equals(birthDate)).toList();
        }

        @Override
        public Optional<RegisterEntry> entry(long id) {
            return Optional.empty();
        }

        @Override
        public Optional<RegisterEntry> lockEntry(long id) {
            return Optional.empty();
        }
    });

    private static PatientCard card(String last, String first, String middle, String policySeries, String policy, String snils) {
        return card(last, first, middle, policySeries, policy, snils, CardSource.ESIA);
    }

    private static PatientCard card(String last, String first, String middle, String policySeries, String policy, String snils,
                                    CardSource source) {
        CardDraft d = new CardDraft();
        d.setLastName(last);
        d.setFirstName(first);
        d.setMiddleName(middle);
        d.setSex(Sex.F);
        d.setBirthDate(BIRTH);
        d.setPolicySeries(policySeries);
        d.setPolicyNumber(policy);
        d.setSnils(snils);
        d.setKinship(source == CardSource.ESIA ? Kinship.SELF : Kinship.DAUGHTER);
        return new PatientCard(1L, d.validate(TODAY), source, null, "test", Instant.EPOCH);
    }

    private RegisterEntry entry(OmsPolicy policy, String snils, String last, String first, String middle, LocalDate birth,
                                Institution institution, LocalDate since) {
        RegisterEntry e = new RegisterEntry(policy, snils, new FullName(last, first, middle), birth, Sex.F, "СОГАЗ-Мед",
                institution, null, since);
        entries.add(e);
        return e;
    }

    @Test
    void policyFirstThenSnilsThenNameAndBirthDate() {
        RegisterEntry byPolicy = entry(new OmsPolicy(null, "3850100000123458"), null, "Другая", "Фамилия", null, BIRTH,
                POLYCLINIC, LocalDate.of(2019, 3, 11));
        RegisterEntry bySnils = entry(null, "112-233-445 95", "Иванова", "Мария", "Петровна", BIRTH, OTHER,
                LocalDate.of(2020, 1, 1));
        var match = matcher.match(card("Иванова", "Мария", "Петровна", null, "3850100000123458", "112-233-445 95")).orElseThrow();
        assertEquals(byPolicy, match.entry());
        assertEquals(MatchedBy.POLICY, match.by());

        match = matcher.match(card("Иванова", "Мария", "Петровна", null, null, "112-233-445 95")).orElseThrow();
        assertEquals(bySnils, match.entry());
        assertEquals(MatchedBy.SNILS, match.by());

        match = matcher.match(card("ИВАНОВА", "мария", "Петровна", null, "6149700847000159", null)).orElseThrow();
        assertEquals(bySnils, match.entry());
        assertEquals(MatchedBy.NAME, match.by());
    }

    @Test
    void aPolicyOrSnilsMatchNeedsTheSameBirthDate() {
        entry(new OmsPolicy(null, "3850100000123458"), "112-233-445 95", "Петров", "Пётр", null, BIRTH.plusDays(1), POLYCLINIC,
                LocalDate.of(2019, 3, 11));
        assertTrue(matcher.match(card("Иванова", "Мария", null, null, "3850100000123458", "112-233-445 95")).isEmpty());
    }

    @Test
    void anOldPolicyMatchesWithItsSeriesAndNamesIgnoreTheLetterYo() {
        entry(new OmsPolicy("ИРК", "0045678912"), null, "Семёнова", "Алёна", null, BIRTH, POLYCLINIC, LocalDate.of(2008, 6, 17));
        assertEquals(MatchedBy.POLICY, matcher.match(card("Иванова", "Мария", null, "ирк", "0045678912", null)).orElseThrow().by());
        assertTrue(matcher.match(card("Иванова", "Мария", null, "ОМС", "0045678912", null)).isEmpty());
        assertEquals(MatchedBy.NAME, matcher.match(card("Семенова", "Алена", null, null, "6149700847000159", null))
                .orElseThrow().by());
    }

    @Test
    void theLatestAttachmentWinsAndNothingMatchesNothing() {
        entry(null, "112-233-445 95", "Иванова", "Мария", null, BIRTH, OTHER, LocalDate.of(2010, 1, 1));
        RegisterEntry latest = entry(null, "112-233-445 95", "Иванова", "Мария", null, BIRTH, POLYCLINIC, LocalDate.of(2021, 1, 1));
        assertEquals(latest, matcher.match(card("Иванова", "Мария", null, null, null, "112-233-445 95")).orElseThrow().entry());
        assertTrue(matcher.match(card("Васильева", "Анна", "Игоревна", null, "3850100000456783", "000-000-600 06")).isEmpty());
    }

    @Test
    void aNameOnlyMatchAttachesAVerifiedCardButNotOneTypedByHand() {
        entry(new OmsPolicy(null, "3850100000123458"), "112-233-445 95", "Иванова", "Мария", "Петровна", BIRTH, POLYCLINIC,
                LocalDate.of(2019, 3, 11));
        PatientCard typed = card("Иванова", "Мария", "Петровна", null, "6149700847000159", null, CardSource.MANUAL);
        var match = matcher.match(typed);
        assertEquals(MatchedBy.NAME, match.orElseThrow().by());

        AttachmentSearch search = new AttachmentSearch(7L, Instant.EPOCH);
        assertEquals(SearchStatus.NAME_ONLY, search.settle(match, typed.isVerified(), Instant.EPOCH));
        assertNull(search.getEntry(), "nothing of a namesake's entry is kept");

        PatientCard esia = card("Иванова", "Мария", "Петровна", null, "6149700847000159", null, CardSource.ESIA);
        search.restart(Instant.EPOCH);
        assertEquals(SearchStatus.FOUND, search.settle(matcher.match(esia), esia.isVerified(), Instant.EPOCH));
        assertEquals(POLYCLINIC, search.getEntry().getInstitution());

        PatientCard typedWithPolicy = card("Петрова", "Мария", null, null, "3850100000123458", null, CardSource.MANUAL);
        search.restart(Instant.EPOCH);
        assertEquals(SearchStatus.FOUND, search.settle(matcher.match(typedWithPolicy), false, Instant.EPOCH),
                "a policy and birth date attach a card typed by hand");

        search.restart(Instant.EPOCH);
        assertEquals(SearchStatus.NOT_FOUND, search.settle(Optional.empty(), false, Instant.EPOCH));
    }
}
