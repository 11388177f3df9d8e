package ru.registratura.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The waitlist in Chromium (issue 23, «Сообщить о более раннем времени»): patient A asks for an earlier time with a
 * doctor who has none before the day after tomorrow; patient B cancels; the freed time is held for A, who gets the
 * notification and a mail with the link, and confirms. Then a held time A lets pass goes to C, the next in the queue.
 * The doctor's other times before that day are taken for the test (and given back after it), so that the one freed
 * is the only one. Screenshots {@code waitlist-*.png}.
 */
class WaitlistIT {

    private static final String IVANOVA = "1000300001";
    private static final String IVANOVA_POLICY = "3850100000123458";
    private static final String SMIRNOV = "1000300005";
    private static final String VASILYEVA = "1000300006";
    /** Новикова Татьяна Юрьевна, офтальмолог of Поликлиника № 4 (no district, no age limits). */
    private static final long OPHTHALMOLOGIST = 8;
    private static final String BLOCKER = "waitlist-test-blocker";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private WebDriver browser;
    private WebDriver other;
    /** The day before which the patients want a time: the day after tomorrow in the region. */
    private LocalDate before;

    @BeforeEach
    void open() throws Exception {
        Esia.reset();
        for (String oid : List.of(IVANOVA, SMIRNOV, VASILYEVA)) {
            Cards.reset(oid);
        }
        before = LocalDate.now(Journey.REGION).plusDays(2);
        // Every free time of the doctor before that day taken, as a busy doctor's would be.
        Cards.update("with free as (select id from slot where doctor_id = ? and appointment_id is null and held_by is null "
                + "and starts_at < (cast(? as date) + time '00:00') at time zone ?), made as (insert into appointment "
                + "(id, slot_id, patient_name, channel, status, booked_at) select nextval('appointment_seq'), id, ?, "
                + "'PORTAL', 'BOOKED', now() from free returning id, slot_id) "
                + "update slot s set appointment_id = made.id from made where s.id = made.slot_id",
                OPHTHALMOLOGIST, before.toString(), Journey.REGION.getId(), BLOCKER);
        browser = Portal.browser();
    }

    @AfterEach
    void close() throws Exception {
        browser.quit();
        if (other != null) {
            other.quit();
        }
        Cards.update("update slot set appointment_id = null where appointment_id in "
                + "(select id from appointment where patient_name = ?)", BLOCKER);
        Cards.update("delete from appointment where patient_name = ?", BLOCKER);
    }

    @Test
    void aFreedTimeIsHeldForTheWaitingPatientWhoGetsTheMailAndConfirms() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(Integer.getInteger("it.smtp.port", 28025), "127.0.0.1", "smtp"));
        smtp.start();
        try {
            // B (Васильева) holds the doctor's time tomorrow evening.
            other = Portal.browser();
            Journey b = new Journey(other);
            b.logInAsPatient("vasilyeva@example.ru");
            long bCard = Cards.insert(VASILYEVA, "Васильева", "Анна", "1995-03-08", "3850100000567894", "SELF", "NOT_FOUND");
            long slot = Cards.slotTomorrowEvening(OPHTHALMOLOGIST);
            long bAppointment = Cards.bookSlot(bCard, slot);

            // A (Иванова) finds no free day with the doctor and asks for an earlier time.
            Journey a = new Journey(browser);
            a.logInAsPatient("ivanova@example.ru");
            long aCard = ownCard();
            long specialty = Cards.number("select specialty_id from doctor where id = ?", OPHTHALMOLOGIST);
            a.go("/cabinet/book.xhtml?card=" + aCard + "&specialty=" + specialty + "&doctor=" + OPHTHALMOLOGIST);
            Portal.screenshot(browser, "waitlist-1-day-step");
            Esia.press(browser, "askEarlier");
            assertTrue(text("waitDoctor").startsWith("Новикова Татьяна Юрьевна"), text("waitDoctor"));
            assertEquals("Иванова Мария Петровна", text("waitPerson"));

            // A date that is not after today is refused with a message, and nothing is stored.
            browser.findElement(By.id("waitForm:before")).sendKeys(LocalDate.now(Journey.REGION).format(SHOWN));
            Esia.press(browser, "waitForm:ask");
            assertTrue(main().contains("Укажите дату позже сегодняшней"), main());
            assertEquals(0, Cards.number("select count(*) from wait_request where card_id = ?", aCard));
            browser.findElement(By.id("waitForm:before")).clear();
            browser.findElement(By.id("waitForm:before")).sendKeys(before.format(SHOWN));
            Portal.screenshot(browser, "waitlist-2-request");
            Esia.press(browser, "waitForm:ask");
            assertTrue(main().contains("Заявка принята"), main());
            long request = Cards.number("select id from wait_request where card_id = ?", aCard);
            assertEquals("WAITING", Cards.string("select status from wait_request where id = ?", request));
            assertEquals("WAITING", browser.findElement(By.id("request-" + request)).getAttribute("data-status"));
            Thread.sleep(3_000);
            assertEquals("WAITING", Cards.string("select status from wait_request where id = ?", request),
                    "nothing free before the date: the request waits");

            // B cancels: the time is held for A at once, offered to nobody else.
            b.go("/cabinet/appointment-cancel.xhtml?id=" + bAppointment);
            Esia.press(other, "cancelForm:confirmCancel");
            waitForStatus(request, "OFFERED");
            assertEquals(request, Cards.number("select held_by from slot where id = ? and appointment_id is null", slot));
            assertEquals(slot, Cards.number("select slot_id from wait_request where id = ?", request));
            b.go("/cabinet/book-confirm.xhtml?card=" + bCard + "&slot=" + slot);
            assertTrue(other.findElement(By.tagName("main")).getText().contains("Это время уже занято"),
                    "a held time is not offered to another patient");

            MimeMessage mail = new WebDriverWait(browser, Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(500))
                    .withMessage("no waitlist mail within 30 s").until(d -> Mails.to(smtp, "ivanova@example.ru").stream()
                            .filter(m -> Mails.subject(m).startsWith("Освободилось более раннее время")).findFirst().orElse(null));
            String body = Mails.text(mail);
            assertTrue(body.contains("Новикова Татьяна Юрьевна") && body.contains("Время отложено до"), body);
            String link = Portal.BASE_URL + "/cabinet/waitlist.xhtml#request-" + request;
            assertTrue(body.contains(link), "the mail links to the offer: " + body);

            a.go("/cabinet/notifications.xhtml");
            assertTrue(main().contains("отложено более раннее время") && main().contains("Новикова Татьяна Юрьевна"), main());
            browser.get(link);
            assertEquals("OFFERED", browser.findElement(By.id("request-" + request)).getAttribute("data-status"));
            assertTrue(text("offer-" + request).contains("Новикова Татьяна Юрьевна"), text("offer-" + request));
            Portal.screenshot(browser, "waitlist-3-offer");
            Esia.press(browser, browser.findElement(By.cssSelector("#request-" + request + " input[id$=':confirm']"))
                    .getAttribute("id"));
            assertTrue(main().contains("Готово: запись на отложенное для Вас время"), main());
            long appointment = Long.parseLong(text("ticketNumber"));
            Portal.screenshot(browser, "waitlist-4-booked");
            assertEquals(slot, Cards.number("select slot_id from appointment where id = ? and card_id = ? and status = 'BOOKED'",
                    appointment, aCard));
            assertEquals(appointment, Cards.number("select appointment_id from slot where id = ? and held_by is null", slot));
            assertEquals("FULFILLED", Cards.string("select status from wait_request where id = ?", request));
            assertEquals(1, Cards.number("select count(*) from audit_event where action = 'WAITLIST_CONFIRMED' and outcome = "
                    + "'SUCCESS' and detail = ?", "request " + request + ", appointment " + appointment));
        } finally {
            smtp.stop();
        }
    }

    @Test
    void aHeldTimeNotConfirmedInTimeGoesToTheNextInTheQueue() throws Exception {
        Journey a = new Journey(browser);
        a.logInAsPatient("ivanova@example.ru");
        long aCard = ownCard();
        long aRequest = ask(a, browser, aCard);

        other = Portal.browser();
        Journey c = new Journey(other);
        c.logInAsPatient("smirnov@example.ru");
        long cCard = Cards.insert(SMIRNOV, "Смирнов", "Дмитрий", "1979-01-11", "3850100000456783", "SELF", "NOT_FOUND");
        long cRequest = ask(c, other, cCard);

        // The schedule gains a time before the date: the first in the queue gets it held.
        long slot = Cards.slotTomorrowEvening(OPHTHALMOLOGIST);
        waitForStatus(aRequest, "OFFERED");
        assertEquals(aRequest, Cards.number("select held_by from slot where id = ?", slot));
        assertEquals("WAITING", Cards.string("select status from wait_request where id = ?", cRequest));

        // The registry of the doctor's institution sees the queue: A with the held time, then C; another one's does not.
        WebDriver staff = Portal.browser();
        try {
            StaffBrowser.logIn(staff, "registrator.p4", Staff.PASSWORD);
            staff.get(Portal.BASE_URL + "/staff/waitlist.xhtml");
            List<String> queue = staff.findElements(By.cssSelector("#waitlistForm\\:queue span[data-request]")).stream()
                    .map(e -> e.getAttribute("data-request") + ":" + e.getAttribute("data-status")).toList();
            int aAt = queue.indexOf(aRequest + ":OFFERED");
            assertTrue(aAt >= 0 && aAt < queue.indexOf(cRequest + ":WAITING"), "A held, then C waiting: " + queue);
            String table = staff.findElement(By.id("waitlistForm:queue")).getText();
            assertTrue(table.contains("Иванова Мария Петровна") && table.contains("Смирнов Дмитрий") && table.contains("Отложено"),
                    table);
            Portal.screenshot(staff, "waitlist-6-registry");
            staff.manage().deleteAllCookies();
            StaffBrowser.logIn(staff, "registrator.dp3", Staff.PASSWORD);
            staff.get(Portal.BASE_URL + "/staff/waitlist.xhtml");
            assertTrue(staff.findElements(By.cssSelector("span[data-request='" + aRequest + "']")).isEmpty(),
                    "another institution's registry does not see the request");
        } finally {
            staff.quit();
        }

        // A lets the hold pass (its fifteen minutes moved into the past): the time goes to C.
        Cards.update("update wait_request set offer_until = now() - interval '1 minute' where id = ?", aRequest);
        Cards.update("update slot set held_until = now() - interval '1 minute' where id = ?", slot);
        waitForStatus(cRequest, "OFFERED");
        assertEquals("MISSED", Cards.string("select status from wait_request where id = ?", aRequest));
        assertEquals(cRequest, Cards.number("select held_by from slot where id = ? and appointment_id is null", slot));
        assertEquals(1, Cards.number("select count(*) from patient_message where card_id = ? and topic = 'WAITLIST_MISSED'",
                aCard));

        a.go("/cabinet/waitlist.xhtml");
        assertEquals("MISSED", browser.findElement(By.id("request-" + aRequest)).getAttribute("data-status"));
        assertTrue(browser.findElements(By.cssSelector("#request-" + aRequest + " input[id$=':confirm']")).isEmpty(),
                "nothing to confirm any more");
        Portal.screenshot(browser, "waitlist-5-missed");

        c.go("/cabinet/waitlist.xhtml");
        Esia.press(other, other.findElement(By.cssSelector("#request-" + cRequest + " input[id$=':confirm']")).getAttribute("id"));
        assertTrue(other.findElement(By.tagName("main")).getText().contains("Готово"), other.findElement(By.tagName("main")).getText());
        assertEquals(1, Cards.number("select count(*) from appointment where slot_id = ? and card_id = ? and status = 'BOOKED'",
                slot, cCard));
        assertEquals("FULFILLED", Cards.string("select status from wait_request where id = ?", cRequest));
    }

    /** «Сообщить о более раннем времени» with the doctor before the date, through the pages; returns the request. */
    private long ask(Journey journey, WebDriver driver, long card) throws Exception {
        journey.go("/cabinet/waitlist-new.xhtml?card=" + card + "&doctor=" + OPHTHALMOLOGIST);
        driver.findElement(By.id("waitForm:before")).sendKeys(before.format(SHOWN));
        Esia.press(driver, "waitForm:ask");
        assertTrue(driver.findElement(By.tagName("main")).getText().contains("Заявка принята"));
        return Cards.number("select id from wait_request where card_id = ? and status = 'WAITING'", card);
    }

    private void waitForStatus(long request, String status) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(300))
                .withMessage("request " + request + " not " + status + " within 30 s").until(d -> {
                    try {
                        return status.equals(Cards.string("select status from wait_request where id = ?", request));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
    }

    /** Ivanova's own card, attached to Поликлиника № 4, district 2, as its search would find it. */
    private long ownCard() throws Exception {
        long card = Cards.insert(IVANOVA, "Иванова", "Мария", "1986-05-14", IVANOVA_POLICY, "SELF", "PENDING");
        Cards.attach(card, IVANOVA_POLICY);
        Cards.person(card, "F", "Петровна");
        return card;
    }



    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private String main() {
        return browser.findElement(By.tagName("main")).getText();
    }
}
