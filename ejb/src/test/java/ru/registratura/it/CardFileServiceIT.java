package ru.registratura.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import ru.registratura.application.Actor;
import ru.registratura.application.CardFileService;
import ru.registratura.domain.account.AccountLevel;
import ru.registratura.domain.account.PatientAccount;
import ru.registratura.domain.attachment.RegisterEntry;
import ru.registratura.domain.attachment.SearchStatus;
import ru.registratura.domain.card.CardDraft;
import ru.registratura.domain.card.CardNotFoundException;
import ru.registratura.domain.card.FieldError;
import ru.registratura.domain.card.FullName;
import ru.registratura.domain.card.InvalidCardException;
import ru.registratura.domain.card.Kinship;
import ru.registratura.domain.card.OmsPolicy;
import ru.registratura.domain.card.PatientCard;
import ru.registratura.domain.directory.Institution;
import ru.registratura.domain.directory.PatientGroup;
import ru.registratura.domain.directory.Sex;

/**
 * The card file's rules on PostgreSQL, where they must hold under concurrency: the same policy added by
 * concurrent requests makes one card; the attachment search runs after the commit and finds the register
 * entry; another account's card is not found.
 */
@ExtendWith(ArquillianExtension.class)
class CardFileServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application("card-file-it", CardFileServiceIT.class);
    }

    @PersistenceContext(unitName = "registratura")
    EntityManager em;

    @Inject
    UserTransaction tx;

    @Inject
    CardFileService cards;

    private Actor owner;
    private Actor stranger;

    @BeforeEach
    void accounts() throws Exception {
        owner = new Actor(account(), "it-owner", null, "127.0.0.1");
        stranger = new Actor(account(), "it-stranger", null, "127.0.0.1");
    }

    private long account() throws Exception {
        tx.begin();
        PatientAccount account = new PatientAccount("it-" + System.nanoTime(), Instant.now());
        account.refresh("Тестов", "Тест", null, LocalDate.of(1980, 1, 1), Sex.M, null, AccountLevel.CONFIRMED, null, null,
                null, List.of(), Instant.now());
        em.persist(account);
        tx.commit();
        return account.getId();
    }

    /** A valid unified policy number, different on every call. */
    private static String policy() {
        String fifteen = String.format("385%012d", System.nanoTime() % 1_000_000_000_000L);
        return fifteen + OmsPolicy.luhnCheckDigit(fifteen);
    }

    private static CardDraft draft(String policy, LocalDate birth) {
        CardDraft d = new CardDraft();
        d.setLastName("Кузьмин");
        d.setFirstName("Павел");
        d.setSex(Sex.M);
        d.setBirthDate(birth);
        d.setPolicyNumber(policy);
        d.setKinship(Kinship.SON);
        return d;
    }

    @Test
    void concurrentAddsOfTheSamePolicyMakeOneCard() throws Exception {
        String policy = policy();
        int attempts = 8;
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        try {
            for (int i = 0; i < attempts; i++) {
                Callable<String> add = () -> {
                    start.await();
                    try {
                        cards.add(owner, draft(policy, LocalDate.of(2018, 6, 1)), null);
                        return "added";
                    } catch (InvalidCardException e) {
                        return e.errors().stream().map(FieldError::key).toList().toString();
                    }
                };
                results.add(pool.submit(add));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> result : results) {
                outcomes.add(result.get());
            }
            assertEquals(1, outcomes.stream().filter("added"::equals).count(), outcomes.toString());
            assertEquals(attempts - 1, outcomes.stream().filter("[policy.duplicate]"::equals).count(), outcomes.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, cards.cards(owner.accountId()).size());
    }

    @Test
    void theSearchRunsAfterTheCommitAndFindsTheRegisterEntry() throws Exception {
        String policy = policy();
        LocalDate birth = LocalDate.of(2019, 2, 3);
        tx.begin();
        Institution institution = new Institution("Поликлиника для теста " + System.nanoTime(), "Тест", "адрес",
                "+7 (3952) 00-00-00", PatientGroup.MIXED);
        em.persist(institution);
        em.persist(new RegisterEntry(new OmsPolicy(null, policy), null, new FullName("Кузьмин", "Павел", null), birth,
                Sex.M, "СОГАЗ-Мед", institution, null, LocalDate.of(2019, 3, 1)));
        tx.commit();

        PatientCard card = cards.add(owner, draft(policy, birth), null);
        SearchStatus status = SearchStatus.PENDING;
        for (int i = 0; i < 100 && status == SearchStatus.PENDING; i++) {
            Thread.sleep(100);
            status = cards.attachment(owner, card.getId()).orElseThrow().getStatus();
        }
        assertEquals(SearchStatus.FOUND, status);
        assertEquals(institution.getId(), cards.attachment(owner, card.getId()).orElseThrow().getEntry().getInstitution().getId());
    }

    @Test
    void anotherAccountsCardIsNotFoundAndUnchanged() {
        PatientCard card = cards.add(owner, draft(policy(), LocalDate.of(2020, 1, 1)), null);
        assertThrows(CardNotFoundException.class, () -> cards.card(stranger, card.getId()));
        assertThrows(CardNotFoundException.class, () -> cards.change(stranger, card.getId(), draft(policy(), LocalDate.of(2020, 1, 1))));
        assertThrows(CardNotFoundException.class, () -> cards.delete(stranger, card.getId()));
        assertThrows(CardNotFoundException.class, () -> cards.actFor(stranger, card.getId()));
        assertEquals(card.getPolicy(), cards.card(owner, card.getId()).getPolicy());
    }
}
