package ru.registratura.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Security (issue 18): the card file's identity is ESIA's. The holder's own card cannot be given another person's
 * identity, a relative typed by hand is not taken for a namesake of the register, and an account's hand-typed
 * relatives and booked appointments are limited. Run alone with the other security tests:
 * {@code -Dit.test='Security*IT'}.
 */
class SecurityCardsIT {

    private static final String IVANOVA = "1000300001";
    private static final long OPHTHALMOLOGIST = 8;

    private HttpSession patient;
    private long ownCard;

    @BeforeEach
    void signedIn() throws Exception {
        Esia.reset();
        patient = new HttpSession().logIn("ivanova@example.ru");
        Cards.reset(IVANOVA);
        ownCard = Cards.insert(IVANOVA, "Иванова", "Мария", "1986-05-14", "3850100000123458", "SELF", "FAILED");
    }

    private String identity(long card) throws Exception {
        return Cards.string("select last_name || ' ' || first_name || ' ' || birth_date || ' ' || coalesce(snils, '-') "
                + "|| ' ' || coalesce(policy_number, '-') from patient_card where id = ?", card);
    }

    @Test
    void theOwnCardKeepsEsiasIdentityWhateverIsPosted() throws Exception {
        String esia = identity(ownCard);
        assertEquals("Иванова Мария 1986-05-14 112-233-445 95 3850100000123458", esia);

        String page = patient.get(Portal.BASE_URL + "/cabinet/card-form.xhtml?card=" + ownCard).body();
        assertFalse(page.contains("name=\"cardForm:lastName\""), "no input for the surname");
        HttpSession.JsfForm form = HttpSession.jsfForm(page, "cardForm");
        HttpResponse<String> saved = patient.post(form.action(), form.body(
                "cardForm:lastName", "Подменная", "cardForm:firstName", "Анна", "cardForm:sex", "F",
                "cardForm:birthDate", "01.01.1990", "cardForm:snils", "156-789-012 11",
                "cardForm:policyNumber", "3850100000234560", "cardForm:kinship", "SELF",
                "cardForm:phone", "+7 (914) 100-00-01", "cardForm:submit", "Сохранить"));
        assertEquals(302, saved.statusCode(), "the phone is saved: " + saved.body());
        assertEquals(esia, identity(ownCard), "the posted identity is ignored");
        assertEquals("+7 (914) 100-00-01", Cards.string("select phone from patient_card where id = ?", ownCard));
    }

    @Test
    void theNextLoginPutsEsiasIdentityBackOnTheOwnCard() throws Exception {
        String esia = identity(ownCard);
        int refreshed = Esia.audited("CARD_CHANGED", "SUCCESS", IVANOVA);
        new HttpSession().logIn("ivanova@example.ru");
        assertEquals(refreshed, Esia.audited("CARD_CHANGED", "SUCCESS", IVANOVA), "nothing changed, nothing refreshed");
        Cards.update("update patient_card set last_name = 'Подменная', birth_date = date '1990-01-01' where id = ?", ownCard);

        new HttpSession().logIn("ivanova@example.ru");

        assertEquals(esia, identity(ownCard));
        assertEquals(refreshed + 1, Esia.audited("CARD_CHANGED", "SUCCESS", IVANOVA), "the refresh is audited");
        assertEquals("ESIA", Cards.string("select source from patient_card where id = ?", ownCard));
    }

    @Test
    void aRelativeTypedByHandIsNotAttachedToANamesakeOfTheRegister() throws Exception {
        // Artyom is in the register with his policy and SNILS; typed by hand with his name and birth date but another
        // SNILS (valid, and nobody's in the register).
        long card = addByHand("Иванов", "Артём", "Сергеевич", Cards.ARTEM_BIRTH_SHOWN, "123-456-789 64");
        String status = awaitSearch(card);
        assertEquals("NAME_ONLY", status);
        assertNull(Cards.string("select cast(entry_id as varchar) from attachment_search where card_id = ?", card),
                "nothing of the namesake's entry is kept");

        String page = patient.get(Portal.BASE_URL + "/cabinet/card.xhtml?card=" + card).body();
        assertTrue(page.contains("Прикрепление не подтверждено"), page);
        assertTrue(page.contains("обратитесь в регистратуру"), page);
        assertTrue(page.contains("Введены вручную, не подтверждены"), page);
        assertFalse(page.contains("id=\"attachmentDoctor\"") || page.contains("id=\"attachmentInstitution\""),
                "no polyclinic, district or doctor of the namesake");
        assertFalse(page.contains("Павлова"), "the namesake's district doctor is not named");
    }

    @Test
    void handTypedRelativesAreLimitedPerAccount() throws Exception {
        for (int i = 10; i < 20; i++) {
            Cards.insert(IVANOVA, "Иванов", "Сын", Cards.ARTEM_BIRTH.toString(), "99990000000000" + i, "SON", "NOT_FOUND");
        }
        int refused = Esia.audited("CARD_ADDED", "INVALID_INPUT", IVANOVA);

        String page = reviewByHand("Иванова", "Полина", null, Cards.ARTEM_BIRTH_SHOWN, "123-456-789 64", "DAUGHTER");
        assertTrue(page.contains("можно вручную добавить не больше 10 родственников"), page);
        assertFalse(page.contains("id=\"consentForm\""), "no consent is asked");
        assertEquals(11, Cards.count(IVANOVA));
        assertEquals(refused + 1, Esia.audited("CARD_ADDED", "INVALID_INPUT", IVANOVA), "the refusal is audited");
    }

    @Test
    void bookedAppointmentsAreLimitedPerAccountAcrossItsCards() throws Exception {
        long son = Cards.insert(IVANOVA, "Иванов", "Артём", Cards.ARTEM_BIRTH.toString(), "3850100000234560", "SON", "FOUND");
        for (int i = 0; i < 10; i++) {
            Cards.book(son);
        }
        long slot = Cards.number("select id from slot where doctor_id = ? and appointment_id is null and access = 'INTERNET' "
                + "and starts_at > now() + interval '1 hour' and starts_at < now() + interval '2 days' "
                + "order by starts_at limit 1", OPHTHALMOLOGIST);
        int refused = Esia.audited("APPOINTMENT_BOOKED", "RULE_BROKEN", IVANOVA);

        String page = patient.get(Portal.BASE_URL + "/cabinet/book-confirm.xhtml?card=" + ownCard + "&slot=" + slot).body();
        HttpSession.JsfForm form = HttpSession.jsfForm(page, "bookForm");
        // The confirmation keeps no view: the form posts its card, its time and the login's form token, as a browser does.
        Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(page);
        assertTrue(token.find(), "the form's token");
        HttpResponse<String> booked = patient.post(form.action(), form.body("card", String.valueOf(ownCard),
                "slot", String.valueOf(slot), "move", "", "token", token.group(1), "bookForm:book", "Записаться"));

        assertTrue(booked.body().contains("уже столько предстоящих записей на приём, сколько разрешено"), booked.body());
        assertEquals(0, Cards.number("select count(*) from appointment where slot_id = ?", slot));
        assertEquals(10, Cards.number("select count(*) from appointment a join patient_card c on c.id = a.card_id "
                + "join patient_account p on p.id = c.account_id where p.esia_oid = ? and a.status = 'BOOKED'", IVANOVA));
        assertEquals(refused + 1, Esia.audited("APPOINTMENT_BOOKED", "RULE_BROKEN", IVANOVA));
    }

    /** The hand-typed relative's form posted: the page that answers (the consent, or the form with its errors). */
    private String reviewByHand(String last, String first, String middle, String birth, String snils, String kinship)
            throws Exception {
        String page = patient.get(Portal.BASE_URL + "/cabinet/card-form.xhtml?relative=true").body();
        HttpSession.JsfForm form = HttpSession.jsfForm(page, "cardForm");
        return patient.post(form.action(), form.body("cardForm:lastName", last, "cardForm:firstName", first,
                "cardForm:middleName", middle == null ? "" : middle, "cardForm:sex", kinship.equals("SON") ? "M" : "F",
                "cardForm:birthDate", birth, "cardForm:kinship", kinship, "cardForm:policySeries", "",
                "cardForm:policyNumber", "", "cardForm:snils", snils, "cardForm:phone", "",
                "cardForm:submit", "Добавить карточку")).body();
    }

    private long addByHand(String last, String first, String middle, String birth, String snils) throws Exception {
        String consent = reviewByHand(last, first, middle, birth, snils, "SON");
        HttpSession.JsfForm form = HttpSession.jsfForm(consent, "consentForm");
        HttpResponse<String> added = patient.post(form.action(), form.body("consentForm:agree", "Согласен"));
        assertEquals(302, added.statusCode(), added.body());
        return Cards.cardId(IVANOVA, last, first);
    }

    private static String awaitSearch(long card) throws Exception {
        for (int i = 0; i < 100; i++) {
            String status = Cards.string("select status from attachment_search where card_id = ?", card);
            if (!"PENDING".equals(status)) {
                return status;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The attachment search of card " + card + " did not finish");
    }
}
