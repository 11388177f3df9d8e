package ru.registratura.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * No IDOR: account A's session tries account B's card, relative and attachment ids in every view and action
 * of the card file (view, edit, delete, act-as, retry), by URL and by tampering with A's own forms; each
 * attempt is refused with 404, changes nothing and leaves an audit line.
 */
class CardAccessIT {

    private static final String IVANOVA = "1000300001";
    private static final String SIDOROV = "1000300003";

    private HttpSession a;
    private long ownCard;
    private long othersCard;
    private long othersRelative;

    @BeforeEach
    void twoAccounts() throws Exception {
        Esia.reset();
        new HttpSession().logIn("sidorov@example.ru");
        a = new HttpSession().logIn("ivanova@example.ru");
        Cards.reset(IVANOVA);
        Cards.reset(SIDOROV);
        ownCard = Cards.insert(IVANOVA, "Иванова", "Мария", "1986-05-14", "3850100000123458", "SELF", "FAILED");
        othersCard = Cards.insert(SIDOROV, "Сидоров", "Алексей", "1990-07-30", "3850100000345671", "SELF", "FAILED");
        othersRelative = Cards.insert(SIDOROV, "Сидоров", "Иван", "2020-01-15", "3850100000234560", "SON", "FOUND");
    }

    private String fingerprint(long card) throws Exception {
        return Cards.string("select c.last_name || c.first_name || c.version || s.status || s.requested_at "
                + "from patient_card c join attachment_search s on s.card_id = c.id where c.id = ?", card);
    }

    private static void assertRefused(HttpResponse<String> response) {
        assertEquals(404, response.statusCode(), response.uri() + " answered " + response.statusCode());
        assertFalse(response.body().contains("Сидоров"), "nothing of B's card is shown");
    }

    @Test
    void anotherAccountsCardsCannotBeViewedEditedDeletedOrActedFor() throws Exception {
        String before = fingerprint(othersCard) + fingerprint(othersRelative);
        int refusals = Esia.audited("CARD_VIEWED", "NOT_OWNER", IVANOVA);
        int actingFor = Esia.audited("ACTING_FOR_CHANGED", "NOT_OWNER", IVANOVA);
        for (long card : new long[] {othersCard, othersRelative}) {
            assertRefused(a.get(Portal.BASE_URL + "/cabinet/card.xhtml?card=" + card));
            assertRefused(a.get(Portal.BASE_URL + "/cabinet/card.xhtml?card=" + card + "&tab=appointments"));
            assertRefused(a.get(Portal.BASE_URL + "/cabinet/card-form.xhtml?card=" + card));
            assertRefused(a.get(Portal.BASE_URL + "/cabinet/card-delete.xhtml?card=" + card));
            assertRefused(a.post(Portal.BASE_URL + "/cabinet/acting-for", "card=" + card));
        }
        assertEquals(refusals + 8, Esia.audited("CARD_VIEWED", "NOT_OWNER", IVANOVA), "the four card pages of each card");
        assertEquals(actingFor + 2, Esia.audited("ACTING_FOR_CHANGED", "NOT_OWNER", IVANOVA));
        assertFalse(a.get(Portal.BASE_URL + "/cabinet/index.xhtml").body().contains("id=\"actingFor\""),
                "the portal still acts for the patient");
        assertEquals(before, fingerprint(othersCard) + fingerprint(othersRelative));
        // The booking wizard: B's cards, and ids that are not numbers (the wizard reads its parameters itself).
        for (long card : new long[] {othersCard, othersRelative}) {
            assertRefused(a.get(Portal.BASE_URL + "/cabinet/book.xhtml?card=" + card));
        }
        assertRefused(a.get(Portal.BASE_URL + "/cabinet/book.xhtml?card=abc"));
        assertRefused(a.get(Portal.BASE_URL + "/cabinet/book.xhtml?card=" + ownCard + "&specialty=x"));
        assertRefused(a.get(Portal.BASE_URL + "/cabinet/book.xhtml?card=" + ownCard + "&move=abc"));
        assertEquals(200, a.get(Portal.BASE_URL + "/cabinet/book.xhtml?card=" + ownCard).statusCode());
        // A calendar's day that is not a date, or not within the horizon, is not found either; a day within it is shown.
        String calendar = Portal.BASE_URL + "/cabinet/book.xhtml?card=" + ownCard + "&specialty=6&doctor=8&day=";
        assertRefused(a.get(calendar + "x"));
        assertRefused(a.get(calendar + "2000-01-01"));
        assertRefused(a.get(calendar + "2999-01-01"));
        LocalDate day = LocalDate.now().plusDays(3);
        HttpResponse<String> shown = a.get(calendar + day);
        assertEquals(200, shown.statusCode());
        assertTrue(shown.body().contains(day.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"))), "the day's times are shown");
        long freeSlot = Cards.number("select min(id) from slot where appointment_id is null and starts_at > now() + interval '1 day'");
        assertRefused(a.get(Portal.BASE_URL + "/cabinet/book-confirm.xhtml?card=" + othersCard + "&slot=" + freeSlot));
        assertRefused(a.get(Portal.BASE_URL + "/cabinet/book-confirm.xhtml?card=abc&slot=" + freeSlot));
        assertRefused(a.get(Portal.BASE_URL + "/cabinet/book-confirm.xhtml?card=" + ownCard + "&slot=x"));
        // A child that ESIA's «Данные детей» does not have: not found either (was a 500).
        assertRefused(a.get(Portal.BASE_URL + "/cabinet/card-form.xhtml?from=child&child=99"));
        assertRefused(a.get(Portal.BASE_URL + "/cabinet/card-form.xhtml?from=child&child=-1"));
    }

    @Test
    void tamperedIdsInTheOwnFormsAreRefused() throws Exception {
        String before = fingerprint(othersCard) + fingerprint(othersRelative);
        int deletes = Esia.audited("CARD_DELETED", "NOT_OWNER", IVANOVA);
        int changes = Esia.audited("CARD_CHANGED", "NOT_OWNER", IVANOVA);
        int retries = Esia.audited("ATTACHMENT_SEARCH_RETRIED", "NOT_OWNER", IVANOVA);

        // Delete: A's own confirmation form, posted with B's card id.
        String page = a.get(Portal.BASE_URL + "/cabinet/card-delete.xhtml?card=" + ownCard).body();
        HttpSession.JsfForm delete = HttpSession.jsfForm(page, "deleteForm");
        assertRefused(a.post(delete.action(), delete.body("card", String.valueOf(othersCard),
                "deleteForm:confirmDelete", "Удалить")));

        // Edit: A's own card form, posted with B's card id.
        page = a.get(Portal.BASE_URL + "/cabinet/card-form.xhtml?card=" + ownCard).body();
        HttpSession.JsfForm edit = HttpSession.jsfForm(page, "cardForm");
        assertRefused(a.post(edit.action(), edit.body("card", String.valueOf(othersRelative),
                "cardForm:lastName", "Взломщиков", "cardForm:firstName", "Иван", "cardForm:sex", "M",
                "cardForm:birthDate", "15.01.2020", "cardForm:policyNumber", "", "cardForm:snils", "156-789-012 11",
                "cardForm:kinship", "SELF", "cardForm:submit", "Сохранить")));

        // Retry: A's own failed search, retried with B's card id.
        page = a.get(Portal.BASE_URL + "/cabinet/card.xhtml?card=" + ownCard).body();
        HttpSession.JsfForm retry = HttpSession.jsfForm(page, "retryForm");
        assertRefused(a.post(retry.action(), retry.body("card", String.valueOf(othersCard),
                "retryForm:retry", "Повторить поиск")));

        assertEquals(before, fingerprint(othersCard) + fingerprint(othersRelative));
        assertEquals(3, Cards.count(SIDOROV) + Cards.count(IVANOVA));
        assertEquals(deletes + 1, Esia.audited("CARD_DELETED", "NOT_OWNER", IVANOVA));
        assertEquals(changes + 1, Esia.audited("CARD_CHANGED", "NOT_OWNER", IVANOVA));
        assertEquals(retries + 1, Esia.audited("ATTACHMENT_SEARCH_RETRIED", "NOT_OWNER", IVANOVA));

        // The same forms with A's own id work: the refusals above were about ownership, not broken forms.
        page = a.get(Portal.BASE_URL + "/cabinet/card.xhtml?card=" + ownCard).body();
        retry = HttpSession.jsfForm(page, "retryForm");
        HttpResponse<String> retried = a.post(retry.action(), retry.body("retryForm:retry", "Повторить поиск"));
        assertEquals(302, retried.statusCode());
        assertFalse("FAILED".equals(Cards.string("select status from attachment_search where card_id = ?", ownCard)));
    }
}
