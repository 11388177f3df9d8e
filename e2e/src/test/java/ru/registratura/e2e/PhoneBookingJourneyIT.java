package ru.registratura.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * «Запись по телефону» (staff/phone.xhtml), a journey of the default H2 run and of PostgreSQL alike (it reads
 * nothing but the pages): a registry operator with a patient on the phone finds them in the one search box, books a
 * time of the board and prints the ticket, in at most six interactions, counted; moves an appointment to another
 * time and cancels it from the same screen; and a text that finds nobody says why. Every page under the workspace's
 * Content-Security-Policy (PrimeFaces' scripts by nonce): nothing refused.
 */
class PhoneBookingJourneyIT {

    /** Голубева Ксения Романовна of the demo register (no card), attached to Поликлиника № 4. */
    private static final String GOLUBEVA = "Голубева 25.07.1991";
    /** Смирнов Дмитрий Олегович of the demo register, by his SNILS. */
    private static final String SMIRNOV_SNILS = "145-678-901 05";

    private WebDriver browser;
    private PhoneScreen screen;

    @BeforeEach
    void open() {
        browser = Portal.browser();
        StaffBrowser.logIn(browser, "registrator.p4", Staff.PASSWORD);
        screen = new PhoneScreen(browser);
    }

    @AfterEach
    void close() {
        try {
            assertEquals(List.of(), Portal.refusedByPolicy(browser), "refused by Content-Security-Policy");
        } finally {
            browser.quit();
        }
    }

    private String main() {
        return screen.main();
    }

    @Test
    void anOperatorBooksAPhonedInPatientFromTheSearchBoxInSixInteractionsAndPrintsTheTicket() throws Exception {
        screen.open();
        Portal.screenshot(browser, "journey-" + Portal.DATABASE + "-phone-1-empty");
        assertTrue(screen.suggest(GOLUBEVA).startsWith("Найдено: 1"), "one found");
        assertTrue(browser.findElement(By.id("phone:who_panel")).getText().contains("Поликлиника № 4"),
                browser.findElement(By.id("phone:who_panel")).getText());
        Portal.screenshot(browser, "journey-" + Portal.DATABASE + "-phone-2-suggestions");
        screen.choose("Голубева Ксения Романовна");
        assertTrue(main().contains("25.07.1991"), main());
        assertTrue(main().contains("нет предстоящих записей"), main());
        // The district doctor of her attachment is the board's first row, and the district specialty is chosen.
        WebElement first = browser.findElement(By.cssSelector("#board tbody tr"));
        assertTrue(first.getAttribute("class").contains("board-row--district"), first.getAttribute("class"));
        assertTrue(first.getText().contains("участковый врач пациента"), first.getText());
        String doctor = first.findElement(By.className("board-row__name")).getText();
        Portal.screenshot(browser, "journey-" + Portal.DATABASE + "-phone-3-board");

        String asked = screen.book(screen.aTimeAfterToday("#board tbody tr:first-child"));
        assertTrue(asked.contains("Голубева Ксения Романовна") && asked.contains(doctor), asked);
        WebElement ticket = screen.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ticket")));
        assertTrue(ticket.getText().contains("Голубева Ксения Романовна"), ticket.getText());
        assertEquals(doctor, browser.findElement(By.id("ticketDoctor")).getText());
        assertTrue(main().contains("Пациент Голубева Ксения Романовна записан"), main());
        ((JavascriptExecutor) browser).executeScript("window.printed = 0; window.print = function () { window.printed++; };");
        screen.click(By.id("printTicket"));
        assertEquals(1L, ((JavascriptExecutor) browser).executeScript("return window.printed;"));
        Portal.screenshot(browser, "journey-" + Portal.DATABASE + "-phone-4-ticket");
        assertTrue(screen.interactions() <= 6, screen.interactions() + " interactions from an empty screen to a printed ticket");

        // The register's person has no account: no mail, and the screen says so.
        browser.findElement(By.id("phone:mailTicket")).click();
        screen.settled();
        screen.waiting().until(d -> main().contains("нет электронной почты"));
        String appointment = screen.ticketNumber();
        assertEquals(1, browser.findElements(By.cssSelector("tr[data-appointment='" + appointment + "']")).size());
        screen.cancel(appointment);
        assertTrue(main().contains("нет предстоящих записей"), main());
    }

    @Test
    void anOperatorMovesAnAppointmentToAnotherTimeAndCancelsItFromTheSameScreen() throws Exception {
        screen.open();
        screen.suggest(SMIRNOV_SNILS);
        screen.choose("Смирнов Дмитрий Олегович");
        WebElement time = screen.aTimeAfterToday("#board tbody tr:first-child");
        String firstSlot = time.getAttribute("data-slot");
        screen.book(time);
        String booked = screen.ticketNumber();
        assertFalse(browser.findElements(By.cssSelector("button[data-slot='" + firstSlot + "']")).stream()
                .anyMatch(WebElement::isDisplayed), "a booked time leaves the board");

        screen.move(booked);
        assertTrue(browser.findElement(By.id("moving")).getText().contains("выберите новое время"),
                browser.findElement(By.id("moving")).getText());
        List<WebElement> times = browser.findElements(By.cssSelector("#board tbody tr:first-child .board-time"));
        WebElement later = times.stream().filter(t -> t.getAttribute("data-slot").compareTo(firstSlot) != 0
                && t.getAttribute("data-day").compareTo(LocalDate.now(Journey.REGION).toString()) > 0)
                .findFirst().orElseThrow();
        String laterTime = later.getText();
        String asked = screen.book(later);
        assertTrue(asked.startsWith("Перенести запись пациента Смирнов Дмитрий Олегович"), asked);
        assertTrue(main().contains("перенесена, прежнее время освобождено"), main());
        Portal.screenshot(browser, "journey-" + Portal.DATABASE + "-phone-5-moved");
        String moved = screen.ticketNumber();
        assertEquals(booked, moved, "the same appointment and ticket, at the new time");
        assertEquals(1, browser.findElements(By.cssSelector("tr.phone-appointment")).size(), "one appointment");
        assertTrue(browser.findElement(By.id("ticketWhen")).getText().endsWith(laterTime),
                browser.findElement(By.id("ticketWhen")).getText());
        assertEquals(1, browser.findElements(By.cssSelector("button[data-slot='" + firstSlot + "']")).size(),
                "the old time is free again on the board");

        screen.cancel(moved);
        assertTrue(main().contains("нет предстоящих записей"), main());
        assertTrue(browser.findElements(By.id("ticket")).isEmpty(), "the cancelled ticket is not shown");
    }

    @Test
    void aTextThatFindsNobodySaysWhyAndTheKeysAreListed() throws Exception {
        screen.open();
        String incomplete = screen.suggest("Иванова");
        assertTrue(incomplete.contains("Введите полис (от 6 цифр), СНИЛС или фамилию с датой рождения"), incomplete);
        // A SNILS whose check number is wrong.
        String wrong = screen.suggest("112-233-445 96");
        assertTrue(wrong.contains("ошибка в контрольном числе"), wrong);
        String nobody = screen.suggest("Несуществующая 01.01.1990");
        assertTrue(nobody.contains("никого не найдено"), nobody);
        assertFalse(browser.findElement(By.id("phone:who_panel")).isDisplayed(), "no suggestions shown");
        assertTrue(browser.findElements(By.id("patientName")).isEmpty(), "no patient chosen");
        Portal.screenshot(browser, "journey-" + Portal.DATABASE + "-phone-6-nobody");

        // F2 brings the cursor back to the search box from anywhere on the screen.
        browser.findElement(By.id("workspaceHome")).sendKeys(Keys.F2);
        assertEquals("phone:who_input", browser.switchTo().activeElement().getAttribute("id"));
        browser.findElement(By.cssSelector("#phoneKeys summary")).click();
        assertTrue(browser.findElement(By.id("phoneKeys")).getText().contains("Alt+P"),
                browser.findElement(By.id("phoneKeys")).getText());
    }
}
