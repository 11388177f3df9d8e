package ru.registratura.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The phone screen against the database: a portal patient found by policy is booked, gets the ticket by mail and
 * the booking in «Сообщения»; the appointment moved to another time keeps its ticket, frees the old slot, holds the
 * new one, is audited as moved and told to the patient.
 */
class PhoneBookingIT {

    private static final String IVANOVA = "1000300001";
    private static final String IVANOVA_POLICY = "3850100000123458";

    private WebDriver browser;
    private GreenMail smtp;
    private final List<Long> booked = new ArrayList<>();

    @BeforeEach
    void open() {
        smtp = new GreenMail(new ServerSetup(Integer.getInteger("it.smtp.port", 28025), "127.0.0.1", "smtp"));
        smtp.start();
        browser = Portal.browser();
    }

    @AfterEach
    void close() throws Exception {
        try {
            assertEquals(List.of(), Portal.refusedByPolicy(browser), "refused by Content-Security-Policy");
        } finally {
            browser.quit();
            smtp.stop();
            for (long appointment : booked) {
                Cards.cancel(appointment);
            }
        }
    }

    private MimeMessage ticketTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return address.equals(m.getAllRecipients()[0].toString()) && m.getSubject().startsWith("Талон на приём");
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElse(null);
    }

    @Test
    void aPortalPatientIsBookedGetsTheTicketByMailAndIsMovedToAnotherTime() throws Exception {
        new HttpSession().logIn("ivanova@example.ru");
        Cards.reset(IVANOVA);
        long card = Cards.insert(IVANOVA, "Иванова", "Мария", "1986-05-14", IVANOVA_POLICY, "SELF", "PENDING");
        Cards.attach(card, IVANOVA_POLICY);
        StaffBrowser.logIn(browser, "registrator.p4", Staff.PASSWORD);
        PhoneScreen screen = new PhoneScreen(browser).open();
        assertTrue(screen.suggest(IVANOVA_POLICY).startsWith("Найдено: 1"));
        screen.choose("Иванова Мария");
        assertTrue(screen.main().contains("Карточка на портале: есть"), screen.main());

        WebElement time = screen.aTimeAfterToday("#board tbody tr:first-child");
        long slot = Long.parseLong(time.getAttribute("data-slot"));
        String day = time.getAttribute("data-day");
        screen.book(time);
        long first = Long.parseLong(screen.ticketNumber());
        booked.add(first);
        assertEquals("REGISTRY|BOOKED|" + card + "|" + slot, Cards.string("select channel || '|' || status || '|' "
                + "|| card_id || '|' || slot_id from appointment where id = ?", first));
        assertEquals(1, Cards.number("select count(*) from patient_message where card_id = ? and topic = 'APPOINTMENT_BOOKED'",
                card), "the patient sees the booking in «Сообщения»");

        screen.click(By.id("phone:mailTicket"));
        assertTrue(screen.main().contains("Талон отправлен на электронную почту пациента"), screen.main());
        MimeMessage mail = new WebDriverWait(browser, Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(500))
                .withMessage("no ticket mail").until(d -> ticketTo("ivanova@example.ru"));
        String body = Mails.text(mail);
        assertTrue(body.contains("Талон № " + first) && body.contains("Иванова Мария"), body);
        String event = Mails.calendar(mail, "PUBLISH");
        assertTrue(event != null && event.contains("UID:appointment-" + first + "@registratura"), "the ticket's calendar file: " + event);

        screen.move(String.valueOf(first));
        WebElement other = browser.findElements(By.cssSelector("#board tbody tr:first-child .board-time")).stream()
                .filter(t -> Long.parseLong(t.getAttribute("data-slot")) != slot
                        && t.getAttribute("data-day").compareTo(day) >= 0)
                .findFirst().orElseThrow();
        long newSlot = Long.parseLong(other.getAttribute("data-slot"));
        screen.book(other);
        assertEquals(String.valueOf(first), screen.ticketNumber(), "the same appointment and ticket");
        assertEquals("REGISTRY|BOOKED|" + card + "|" + newSlot, Cards.string("select channel || '|' || status || '|' "
                + "|| card_id || '|' || slot_id from appointment where id = ?", first));
        assertEquals(null, Cards.string("select appointment_id from slot where id = ?", slot), "the old time is free");
        assertEquals(String.valueOf(first), Cards.string("select appointment_id from slot where id = ?", newSlot));
        assertEquals(1, Cards.number("select count(*) from audit_event where action = 'APPOINTMENT_MOVED' and "
                + "outcome = 'SUCCESS' and object_id = ? and detail = 'by the registry: slot " + slot + " to " + newSlot
                + "'", first));
        assertEquals(1, Cards.number("select count(*) from patient_message where card_id = ? and topic = 'APPOINTMENT_MOVED'",
                card), "the patient is told of the new time");
    }
}
