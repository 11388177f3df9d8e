package ru.registratura.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.registratura.e2e.Api.call;
import static ru.registratura.e2e.Api.field;

import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * Referrals (issue 23): the admin marks the ophthalmologist «по направлению»; without a referral the wizard explains
 * how to get one and a booking is refused; the registry issues one (a bad form changes nothing); the patient sees it in
 * the card, books with it (it is used), cancels (it comes back). The API refuses such a booking without a valid
 * referral number (422 REFERRAL_REQUIRED) and books with one. The mark is taken off after each test.
 */
class ReferralIT {

    private static final String IVANOVA = "1000300001";
    private static final String IVANOVA_POLICY = "3850100000123458";
    /** Новикова Татьяна Юрьевна, офтальмолог of Поликлиника № 4 (no district, no age limits). */
    private static final long OPHTHALMOLOGIST = 8;
    /** Лукина, an adult of the demo register of Поликлиника № 4 (the API's patient). */
    private static final long LUKINA = 13;

    private static WebDriver admin;

    private WebDriver browser;

    @BeforeEach
    void open() throws Exception {
        Esia.reset();
        Cards.reset(IVANOVA);
        clearEntry();
        browser = Portal.browser();
        markDoctor(true);
    }

    @AfterEach
    void close() throws Exception {
        try {
            markDoctor(false);
        } finally {
            browser.quit();
            clearEntry();
        }
    }

    private static void clearEntry() throws Exception {
        Staff.execute("delete from referral where register_entry_id = " + LUKINA + " or card_id in (select c.id from "
                + "patient_card c join patient_account a on a.id = c.account_id where a.esia_oid = '" + IVANOVA + "')");
        Staff.execute("update slot set appointment_id = null where appointment_id in (select id from appointment where "
                + "register_entry_id = " + LUKINA + ")");
        Staff.execute("delete from api_idempotency where appointment_id in (select id from appointment where "
                + "register_entry_id = " + LUKINA + ")");
        Staff.execute("delete from appointment where register_entry_id = " + LUKINA);
    }

    /**
     * The admin, signed in once for the class: each sign-in takes a fresh one-time code, and the portal takes one a
     * 30-second step, so signing in before and after every test waited for the clock (a minute a test).
     */
    @BeforeAll
    static void signInTheAdmin() throws Exception {
        admin = Portal.browser();
        StaffBrowser.logIn(admin, Staff.freshAdmin(), Staff.PASSWORD);
    }

    @AfterAll
    static void closeTheAdmin() {
        admin.quit();
    }

    /** The admin ticks (or unticks) «Запись к этому врачу только по направлению» of the ophthalmologist. */
    private static void markDoctor(boolean referral) {
        admin.get(Portal.BASE_URL + "/staff/doctor.xhtml?id=" + OPHTHALMOLOGIST);
        if (admin.findElement(By.id("doctorForm:referralRequired")).isSelected() != referral) {
            admin.findElement(By.id("doctorForm:referralRequired")).click();
        }
        StaffBrowser.submit(admin, By.id("doctorForm:save"));
        assertTrue(admin.findElement(By.tagName("main")).getText().contains("Сохранено"),
                admin.findElement(By.tagName("main")).getText());
    }

    @Test
    void aPatientBooksADoctorByReferralOnlyWithTheOneTheRegistryIssued() throws Exception {
        Journey journey = new Journey(browser);
        journey.logInAsPatient("ivanova@example.ru");
        long card = Cards.insert(IVANOVA, "Иванова", "Мария", "1986-05-14", IVANOVA_POLICY, "SELF", "PENDING");
        Cards.attach(card, IVANOVA_POLICY);
        Cards.person(card, "F", "Петровна");
        long specialty = Cards.number("select specialty_id from doctor where id = ?", OPHTHALMOLOGIST);

        // Without a referral: the doctor is marked, the day step explains, a booking is refused and changes nothing.
        journey.go("/cabinet/book.xhtml?card=" + card + "&specialty=" + specialty);
        assertTrue(journey.text("doctors").contains("по направлению"), journey.text("doctors"));
        journey.go("/cabinet/book.xhtml?card=" + card + "&specialty=" + specialty + "&doctor=" + OPHTHALMOLOGIST);
        assertTrue(journey.text("referralMissing").contains("только по направлению"), journey.text("referralMissing"));
        assertTrue(browser.findElements(By.id("calendar")).isEmpty(), "no times to choose without a referral");
        Portal.screenshot(browser, "referral-1-missing");
        long slot = Cards.number("select id from slot where doctor_id = ? and appointment_id is null and held_by is null "
                + "and access = 'INTERNET' and starts_at > now() + interval '1 day' order by starts_at limit 1", OPHTHALMOLOGIST);
        journey.go("/cabinet/book-confirm.xhtml?card=" + card + "&slot=" + slot);
        Esia.press(browser, "bookForm:book");
        assertTrue(journey.main().contains("только по направлению"), journey.main());
        assertEquals(0, Cards.number("select count(*) from appointment where card_id = ?", card));

        // The registry issues one: a form without the specialty is refused and stores nothing.
        WebDriver staff = Portal.browser();
        String number;
        try {
            StaffBrowser.logIn(staff, "registrator.p4", Staff.PASSWORD);
            staff.get(Portal.BASE_URL + "/staff/referral.xhtml?card=" + card);
            assertTrue(staff.findElement(By.id("referralFor")).getText().contains("Иванова Мария Петровна"));
            StaffBrowser.submit(staff, By.id("referralForm:issue"));
            assertTrue(staff.findElement(By.tagName("main")).getText().contains("Выберите специальность"),
                    staff.findElement(By.tagName("main")).getText());
            assertEquals(0, Cards.number("select count(*) from referral where card_id = ?", card));
            new Select(staff.findElement(By.id("referralForm:specialty"))).selectByValue(String.valueOf(specialty));
            Portal.screenshot(staff, "referral-2-issue");
            StaffBrowser.submit(staff, By.id("referralForm:issue"));
            String main = staff.findElement(By.tagName("main")).getText();
            assertTrue(main.contains("выдано"), main);
            number = Cards.string("select number from referral where card_id = ?", card);
            assertTrue(main.contains("Направление № " + number), main);
            assertEquals("VALID", staff.findElement(By.cssSelector("#issuedReferrals tr[data-number='" + number + "']"))
                    .getAttribute("data-state"));
        } finally {
            staff.quit();
        }

        // The patient sees it in the card and books with it: it is used; cancelling gives it back.
        journey.go("/cabinet/card.xhtml?card=" + card + "&tab=appointments");
        assertEquals("VALID", browser.findElement(By.cssSelector("#referrals tr[data-number='" + number + "']"))
                .getAttribute("data-state"));
        journey.go("/cabinet/book.xhtml?card=" + card + "&specialty=" + specialty + "&doctor=" + OPHTHALMOLOGIST);
        assertTrue(journey.text("referralUsed").contains(number), journey.text("referralUsed"));
        Portal.screenshot(browser, "referral-3-calendar");
        journey.chooseDayAndTime();
        assertTrue(journey.text("confirmReferral").contains(number), journey.text("confirmReferral"));
        Esia.press(browser, "bookForm:book");
        assertTrue(journey.main().contains("Вы записаны на приём"), journey.main());
        long appointment = Long.parseLong(journey.text("ticketNumber"));
        assertEquals("USED", Cards.string("select status from referral where number = ?", number));
        assertEquals(appointment, Cards.number("select appointment_id from referral where number = ?", number));
        journey.go("/cabinet/card.xhtml?card=" + card + "&tab=appointments");
        assertEquals("USED", browser.findElement(By.cssSelector("#referrals tr[data-number='" + number + "']"))
                .getAttribute("data-state"));

        journey.go("/cabinet/appointment-cancel.xhtml?id=" + appointment);
        Esia.press(browser, "cancelForm:confirmCancel");
        assertEquals("ISSUED", Cards.string("select status from referral where number = ?", number));
        assertEquals(null, Cards.string("select appointment_id from referral where number = ?", number));
        journey.go("/cabinet/card.xhtml?card=" + card + "&tab=appointments");
        assertEquals("VALID", browser.findElement(By.cssSelector("#referrals tr[data-number='" + number + "']"))
                .getAttribute("data-state"));
    }

    @Test
    void theApiBooksADoctorByReferralOnlyWithAValidReferralNumber() throws Exception {
        KeyPair key = Tokens.registered();
        String hub = Tokens.of(key.getPrivate(), "it-hub", "booking-hub");
        String policy = Cards.string("select policy_number from attachment_register where id = ?", LUKINA);
        String birth = Cards.string("select cast(birth_date as varchar) from attachment_register where id = ?", LUKINA);
        HttpResponse<String> found = call("POST", "/patients/lookup", hub,
                "{\"policy\":\"" + policy + "\",\"birthDate\":\"" + birth + "\"}");
        assertEquals(200, found.statusCode(), found.body());
        String tomorrow = LocalDate.now(Journey.REGION).plusDays(1).atStartOfDay(Journey.REGION).toInstant().toString();
        HttpResponse<String> slots = call("GET", "/slots?doctor=" + OPHTHALMOLOGIST + "&from=" + tomorrow, hub, null);
        List<String> free = Api.all(slots.body(), "id");
        assertFalse(free.isEmpty(), slots.body());
        long specialty = Cards.number("select specialty_id from doctor where id = ?", OPHTHALMOLOGIST);
        HttpResponse<String> doctors = call("GET", "/doctors?specialty=" + specialty, hub, null);
        assertEquals(200, doctors.statusCode(), doctors.body());
        assertTrue(doctors.body().replace(" ", "").matches("(?s).*\\{[^}]*\"id\":" + OPHTHALMOLOGIST
                + ",[^}]*\"referralRequired\":true.*"), "the directory says so: " + doctors.body());

        HttpResponse<String> without = book(hub, free.get(0), null);
        assertEquals(422, without.statusCode(), without.body());
        assertEquals("REFERRAL_REQUIRED", field(without.body(), "code"), without.body());
        HttpResponse<String> wrong = book(hub, free.get(0), "2026-999999");
        assertEquals(422, wrong.statusCode(), wrong.body());
        assertEquals("REFERRAL_REQUIRED", field(wrong.body(), "code"));
        assertEquals(0, Cards.number("select count(*) from appointment where register_entry_id = ?", LUKINA));

        WebDriver staff = Portal.browser();
        String number;
        try {
            StaffBrowser.logIn(staff, "registrator.p4", Staff.PASSWORD);
            staff.get(Portal.BASE_URL + "/staff/referral.xhtml?entry=" + LUKINA);
            new Select(staff.findElement(By.id("referralForm:specialty"))).selectByValue(String.valueOf(specialty));
            StaffBrowser.submit(staff, By.id("referralForm:issue"));
            number = Cards.string("select number from referral where register_entry_id = ?", LUKINA);
        } finally {
            staff.quit();
        }
        HttpResponse<String> with = book(hub, free.get(0), number);
        assertEquals(201, with.statusCode(), with.body());
        String appointment = field(with.body(), "id");
        assertEquals("USED", Cards.string("select status from referral where number = ?", number));
        HttpResponse<String> again = book(hub, free.get(1), number);
        assertEquals(422, again.statusCode(), "a used referral books once: " + again.body());

        HttpResponse<String> cancelled = call("DELETE", "/appointments/" + appointment + "?reason=other", hub, null);
        assertTrue(cancelled.statusCode() < 300, cancelled.body());
        assertEquals("ISSUED", Cards.string("select status from referral where number = ?", number));
    }

    private static HttpResponse<String> book(String token, String slot, String referral) throws Exception {
        return call("POST", "/appointments", token, "{\"patientId\":" + LUKINA + ",\"slotId\":" + slot
                + (referral == null ? "" : ",\"referralNumber\":\"" + referral + "\"") + "}");
    }
}
