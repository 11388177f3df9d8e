package ru.registratura.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * «Неделя врача» on a doctor's schedule page, a journey of the default H2 run and of PostgreSQL alike: a booking a
 * patient has just made on the portal is in the doctor's week at once, with the patient's name on hover and its
 * ticket a click away; the operator serving the patient on the phone books a free time of another doctor's week,
 * and a time the rules refuse (a second appointment with the district doctor) says why and books nothing.
 */
class DoctorWeekJourneyIT {

    /** Новикова Татьяна Юрьевна, ophthalmologist of Поликлиника № 4. */
    private static final long OPHTHALMOLOGIST = 8;
    private static final String IVANOVA_POLICY = "3850100000123458";

    private WebDriver patient;
    private WebDriver operator;
    private Journey journey;

    @BeforeEach
    void open() throws Exception {
        Esia.reset();
        patient = Portal.browser();
        journey = new Journey(patient);
        journey.logInAsPatient("ivanova@example.ru");
        journey.emptyCardFile();
        operator = Portal.browser();
    }

    @AfterEach
    void close() {
        try {
            assertEquals(List.of(), Portal.refusedByPolicy(operator), "refused by Content-Security-Policy");
            journey.emptyCardFile();
        } finally {
            patient.quit();
            operator.quit();
        }
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(operator, Duration.ofSeconds(20));
    }

    private String main() {
        return operator.findElement(By.tagName("main")).getText();
    }

    private static String parameter(String url, String name) {
        for (String pair : url.substring(url.indexOf('?') + 1).split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        throw new AssertionError("No " + name + " in " + url);
    }

    /** Opens the doctor's week that holds the day and waits for its slots. */
    private void week(long doctor, String day) {
        operator.get(Portal.BASE_URL + "/staff/schedule.xhtml?doctor=" + doctor + "&week=" + day);
        waiting().until(d -> !d.findElements(By.cssSelector(".fc-timegrid-event")).isEmpty());
    }

    /** A free time of the week shown, on a day after today. */
    private WebElement aFreeTimeAfterToday() {
        String today = LocalDate.now(Journey.REGION).toString();
        return operator.findElements(By.cssSelector("td.fc-timegrid-col[data-date]")).stream()
                .filter(col -> col.getAttribute("data-date").compareTo(today) > 0)
                .flatMap(col -> col.findElements(By.cssSelector(".week-slot--free")).stream())
                .findFirst().orElseThrow(() -> new AssertionError("No free time after today in the week: " + main()));
    }

    /** Clicks a free time, and «Записать» in the confirmation; returns what the confirmation asked. */
    private String bookInTheWeek(WebElement time) {
        time.click();
        String asked = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("weekConfirmText"))).getText();
        operator.findElement(By.id("week:weekBook")).click();
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("week:weekConfirm")));
        return asked;
    }

    @Test
    void aPortalBookingIsInTheWeekAtOnceAndTheOperatorBooksAFreeTimeForThePatientOnTheLine() throws Exception {
        long card = journey.addFromEsia("esiaSelf", "Иванова Мария Петровна");
        assertEquals("FOUND", journey.attachmentStatus(card));
        journey.go("/cabinet/book.xhtml?card=" + card);
        journey.chooseSpecialty("Терапевт участковый");
        // The district doctor is chosen for her: the calendar's day links name him.
        long doctor = Long.parseLong(parameter(patient.findElement(By.cssSelector("#calendar a")).getAttribute("href"),
                "doctor"));
        journey.chooseDayAndTime();
        // «dd.MM.yyyy HH:mm» on the confirmation: the day of the week to open.
        String when = journey.text("confirmWhen");
        String day = LocalDate.parse(when.substring(when.length() - 16, when.length() - 6),
                java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")).toString();
        Esia.press(patient, "bookForm:book");
        String ticket = journey.text("ticketNumber");

        // The operator's week of that doctor shows the booking, the patient's name on hover, the ticket on a click.
        StaffBrowser.logIn(operator, "registrator.p4", Staff.PASSWORD);
        week(doctor, day);
        WebElement booked = waiting().until(d -> d.findElements(By.cssSelector(".week-slot--booked")).stream()
                .filter(e -> String.valueOf(e.getAttribute("href")).endsWith("appointment=" + ticket)).findFirst().orElse(null));
        new Actions(operator).moveToElement(booked).perform();
        WebElement tooltip = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-tooltip")));
        assertTrue(tooltip.getText().contains("Иванова Мария Петровна"), tooltip.getText());
        assertTrue(main().contains("Чтобы записать пациента на свободное время, сначала выберите его"), main());
        Portal.screenshot(operator, "journey-" + Portal.DATABASE + "-week-1-booked");
        booked.click();
        waiting().until(ExpectedConditions.urlContains("/staff/ticket.xhtml?appointment=" + ticket));
        assertTrue(main().contains("Иванова Мария Петровна"), main());

        // Serving her on the phone, the operator books the ophthalmologist from the doctor's week.
        PhoneScreen screen = new PhoneScreen(operator).open();
        screen.suggest(IVANOVA_POLICY);
        screen.choose("Иванова Мария");
        week(OPHTHALMOLOGIST, LocalDate.now(Journey.REGION).plusDays(7).toString());
        assertTrue(operator.findElement(By.id("servedPatient")).getText().contains("Иванова Мария Петровна"),
                operator.findElement(By.id("servedPatient")).getText());
        int bookedBefore = operator.findElements(By.cssSelector(".week-slot--booked")).size();
        String asked = bookInTheWeek(aFreeTimeAfterToday());
        assertTrue(asked.startsWith("Записать пациента Иванова Мария Петровна к врачу Новикова Татьяна Юрьевна"), asked);
        waiting().until(d -> main().contains("Пациент Иванова Мария Петровна записан на"));
        waiting().until(d -> d.findElements(By.cssSelector(".week-slot--booked")).size() == bookedBefore + 1);
        Portal.screenshot(operator, "journey-" + Portal.DATABASE + "-week-2-booked-by-operator");

        // A second appointment with the district doctor is refused by the rules, and nothing is booked.
        week(doctor, day);
        int districtBooked = operator.findElements(By.cssSelector(".week-slot--booked")).size();
        bookInTheWeek(aFreeTimeAfterToday());
        waiting().until(d -> main().contains("уже есть"));
        assertEquals(districtBooked, operator.findElements(By.cssSelector(".week-slot--booked")).size());
    }
}
