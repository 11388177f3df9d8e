package ru.registratura.it;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;

import ru.registratura.application.Actor;
import ru.registratura.domain.account.AccountLevel;
import ru.registratura.domain.account.PatientAccount;
import ru.registratura.domain.card.CardDraft;
import ru.registratura.domain.card.CardSource;
import ru.registratura.domain.card.Kinship;
import ru.registratura.domain.card.PatientCard;
import ru.registratura.domain.directory.Sex;

/** What the booking services' Arquillian tests set up alike: patients of accounts of their own, each with one card. */
final class PatientFixtures {

    private PatientFixtures() {
    }

    /** A patient: the account acting and the card booked for. */
    record Patient(Actor actor, long cardId) {
    }

    /**
     * New patients (in the caller's transaction), each a confirmed account with its own card: a man born 1980-01-01,
     * whom a specialty without age or sex limits serves.
     */
    static List<Patient> patients(EntityManager em, String prefix, String firstName, int count) {
        List<Patient> result = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            PatientAccount account = new PatientAccount(prefix + System.nanoTime(), Instant.now());
            account.refresh("Тестов", "Тест", null, LocalDate.of(1980, 1, 1), Sex.M, null, AccountLevel.CONFIRMED, null,
                    null, null, List.of(), Instant.now());
            em.persist(account);
            em.flush();
            CardDraft d = new CardDraft();
            d.setLastName("Тестов");
            d.setFirstName(firstName);
            d.setSex(Sex.M);
            d.setBirthDate(LocalDate.of(1980, 1, 1));
            d.setSnils("000-000-" + String.format("%03d", i % 1000) + " 00");
            d.setKinship(Kinship.SELF);
            PatientCard card = new PatientCard(account.getId(), d.validate(LocalDate.now()), CardSource.ESIA, null,
                    "test", Instant.now());
            em.persist(card);
            em.flush();
            result.add(new Patient(new Actor(account.getId(), account.getEsiaOid(), null, "127.0.0.1"), card.getId()));
        }
        return result;
    }
}
