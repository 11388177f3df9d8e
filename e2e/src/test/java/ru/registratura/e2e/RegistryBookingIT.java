package ru.registratura.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * A registry operator books for a phoned-in patient (channel REGISTRY): a portal patient, who gets the
 * message, and a person of the attachment register without a card; prints the ticket and cancels, which
 * frees the slot. An operator of another institution gets a 404 for that patient and that ticket.
 */
class RegistryBookingIT {

    private static final String IVANOVA = "1000300001";
    private static final String IVANOVA_POLICY = "3850100000123458";

    private WebDriver browser;
    /** The appointments a test booked, cancelled afterwards so that no other test meets them. */
    private final List<Long> booked = new ArrayList<>();

    @BeforeEach
    void open() {
        browser = Portal.browser();
    }

    @AfterEach
    void close() throws Exception {
        browser.quit();
        for (long appointment : booked) {
            Cards.cancel(appointment);
        }
    }

    private void logIn(String username) {
        StaffBrowser.logIn(browser, username, Staff.PASSWORD);
    }

    private long ivanovasCard() throws Exception {
        new HttpSession().logIn("ivanova@example.ru");
        Cards.reset(IVANOVA);
        long card = Cards.insert(IVANOVA, "Иванова", "Мария", "1986-05-14", IVANOVA_POLICY, "SELF", "PENDING");
        Cards.attach(card, IVANOVA_POLICY);
        return card;
    }

    /** Books the first free time after today of the first doctor that has one; returns the slot. */
    private long bookTheFirstFreeTime() throws Exception {
        WebElement time = StaffBrowser.aTimeAfterToday(browser);
        long slot = Long.parseLong(time.getAttribute("data-slot"));
        Portal.screenshot(browser, "staff-book-times");
        StaffBrowser.submit(browser, time);
        return slot;
    }

    @Test
    void anOperatorBooksForAPhonedInPortalPatientPrintsTheTicketAndCancels() throws Exception {
        long card = ivanovasCard();
        long messages = Cards.number("select count(*) from patient_message m join patient_account a on a.id = m.account_id "
                + "where a.esia_oid = ? and m.topic = 'APPOINTMENT_BOOKED'", IVANOVA);
        int booked = Esia.audited("APPOINTMENT_BOOKED", "SUCCESS", "registrator.p4");
        logIn("registrator.p4");
        browser.get(Portal.BASE_URL + "/staff/patients.xhtml");
        browser.findElement(By.id("searchForm:policyNumber")).sendKeys(IVANOVA_POLICY);
        StaffBrowser.submit(browser, By.id("searchForm:search"));
        StaffBrowser.submit(browser, By.cssSelector("tr.found-patient .book-link"));
        assertTrue(browser.findElement(By.id("bookingFor")).getText().contains("Иванова Мария"));
        long slot = bookTheFirstFreeTime();

        assertTrue(browser.getCurrentUrl().contains("/staff/ticket.xhtml?appointment="),
                browser.getCurrentUrl() + ": " + browser.findElement(By.tagName("main")).getText());
        long appointment = Long.parseLong(browser.findElement(By.id("ticketNumber")).getText().trim());
        Portal.screenshot(browser, "staff-ticket");
        assertEquals("REGISTRY|BOOKED|" + card + "|" + slot, Cards.string("select channel || '|' || status || '|' || card_id "
                + "|| '|' || slot_id from appointment where id = ?", appointment));
        assertEquals(Cards.string("select id from staff_user where username = 'registrator.p4'"),
                Cards.string("select booked_by from appointment where id = ?", appointment));
        assertEquals(String.valueOf(appointment), Cards.string("select appointment_id from slot where id = ?", slot));
        assertEquals(messages + 1, Cards.number("select count(*) from patient_message m join patient_account a "
                + "on a.id = m.account_id where a.esia_oid = ? and m.topic = 'APPOINTMENT_BOOKED'", IVANOVA),
                "the patient sees the booking in «Сообщения»");
        assertEquals(booked + 1, Esia.audited("APPOINTMENT_BOOKED", "SUCCESS", "registrator.p4"));

        StaffBrowser.submitConfirmed(browser, By.id("ticketForm:cancel"));
        assertTrue(browser.findElement(By.id("messages")).getText().contains("Запись отменена"));
        assertEquals("CANCELLED|REGISTRY", Cards.string("select status || '|' || cancelled_by from appointment where id = ?",
                appointment));
        assertEquals(null, Cards.string("select appointment_id from slot where id = ?", slot), "the slot is free at once");
        assertTrue(browser.findElements(By.id("ticketForm:cancel")).isEmpty(), "a cancelled appointment has no «Отменить»");
    }

    @Test
    void aPersonOfTheRegisterWithoutACardIsBookedFromTheRegister() throws Exception {
        long entry = Cards.number("select e.id from attachment_register e where e.institution_id = 1 and e.birth_date < "
                + "current_date - interval '20 years' and not exists (select 1 from patient_card c where c.snils = e.snils "
                + "or c.policy_number = e.policy_number) and not exists (select 1 from appointment a where "
                + "a.register_entry_id = e.id) order by e.id limit 1");
        logIn("registrator.p4");
        browser.get(Portal.BASE_URL + "/staff/book.xhtml?entry=" + entry);
        assertTrue(browser.findElement(By.id("bookingFor")).getText().contains("карточки на портале нет"));
        long slot = bookTheFirstFreeTime();
        long appointment = Long.parseLong(browser.findElement(By.id("ticketNumber")).getText().trim());
        booked.add(appointment);
        assertEquals("REGISTRY|" + entry + "|" + slot, Cards.string("select channel || '|' || register_entry_id || '|' "
                + "|| slot_id from appointment where id = ? and card_id is null and account_id is null", appointment));
    }

    @Test
    void anOperatorOfAnotherInstitutionGetsNotFound() throws Exception {
        long card = ivanovasCard();
        logIn("registrator.p4");
        browser.get(Portal.BASE_URL + "/staff/book.xhtml?card=" + card);
        bookTheFirstFreeTime();
        long appointment = Long.parseLong(browser.findElement(By.id("ticketNumber")).getText().trim());
        booked.add(appointment);

        HttpSession other = new HttpSession().staffLogIn("registrator.dp3", Staff.PASSWORD);
        assertEquals(404, other.get(Portal.BASE_URL + "/staff/book.xhtml?card=" + card).statusCode());
        assertEquals(404, other.get(Portal.BASE_URL + "/staff/ticket.xhtml?appointment=" + appointment).statusCode());
        assertFalse(other.get(Portal.BASE_URL + "/staff/ticket.xhtml?appointment=" + appointment).body().contains("Иванова"));
        assertEquals("BOOKED", Cards.string("select status from appointment where id = ?", appointment));
    }
}
