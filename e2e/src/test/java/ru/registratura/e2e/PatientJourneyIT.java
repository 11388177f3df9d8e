package ru.registratura.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The patient's core journeys as a newcomer meets them, through the pages only (no database access, so that
 * they run on the default H2 domain of {@code ./registratura run} as on PostgreSQL): a confirmed patient adds
 * «О себе», sees the attachment found, books the district doctor chosen automatically and cancels; then
 * adds a child from «Данные детей», switches to the child and books the district pediatrician. Each test
 * empties the card file through the pages first and last, so that it can run again on the same domain.
 * Screenshots {@code journey-<database>-patient-*.png}.
 */
class PatientJourneyIT {

    private WebDriver browser;
    private Journey journey;

    @BeforeEach
    void open() throws Exception {
        Esia.reset();
        browser = Portal.browser();
        journey = new Journey(browser);
        journey.logInAsPatient("ivanova@example.ru");
        journey.emptyCardFile();
    }

    @AfterEach
    void close() {
        try {
            // The whole journey ran under the pages' policy of no inline script or style: nothing was refused.
            assertEquals(List.of(), Portal.refusedByPolicy(browser), "refused by Content-Security-Policy");
            journey.emptyCardFile();
        } finally {
            browser.quit();
        }
    }

    @Test
    void aConfirmedPatientAddsAboutMeAndBooksTheDistrictDoctorThenCancels() throws Exception {
        long card = journey.addFromEsia("esiaSelf", "Иванова Мария Петровна");
        assertEquals("FOUND", journey.attachmentStatus(card));
        assertEquals("Смирнов Алексей Игоревич", journey.text("attachmentDoctor"));
        journey.screenshot("patient-1-attachment");

        journey.go("/cabinet/index.xhtml");
        Esia.press(browser, "tabBook");
        assertEquals("Иванова Мария Петровна", journey.text("bookingPerson"));
        journey.chooseSpecialty("Терапевт участковый");
        assertTrue(journey.text("districtDoctorNote").contains("участок 2"), journey.text("districtDoctorNote"));
        assertEquals("Смирнов Алексей Игоревич", journey.text("doctorName"), "the district doctor, chosen automatically");
        assertTrue(browser.findElements(By.id("doctors")).isEmpty(), "no doctor step for a district specialty");
        assertFalse(browser.getPageSource().contains("ln=primefaces"), "a patient's page loads no PrimeFaces resource");
        journey.screenshot("patient-2-calendar");

        String time = journey.chooseDayAndTime();
        assertEquals("Иванова Мария Петровна", journey.text("confirmPerson"));
        assertTrue(journey.text("confirmWhen").endsWith(time), journey.text("confirmWhen") + " / " + time);
        journey.screenshot("patient-3-confirm");
        Esia.press(browser, "bookForm:book");

        assertTrue(browser.getCurrentUrl().contains("/cabinet/appointment.xhtml"), browser.getCurrentUrl());
        assertTrue(journey.main().contains("Вы записаны на приём"), journey.main());
        assertEquals("Записан", journey.text("ticketStatus"));
        assertEquals("Смирнов Алексей Игоревич", journey.text("ticketDoctor"));
        assertTrue(journey.text("ticketWhen").endsWith(time));
        String ticket = journey.text("ticketNumber");
        journey.screenshot("patient-4-ticket");

        // «Перенести»: the same doctor's days, the last time of the last day, the same ticket.
        Esia.press(browser, "moveAppointment");
        assertTrue(journey.text("movingNotice").contains("Перенос записи"), journey.text("movingNotice"));
        String later = journey.chooseLastDayAndTime();
        Esia.press(browser, "bookForm:moveHere");
        assertTrue(journey.main().contains("Запись перенесена"), journey.main());
        assertEquals(ticket, journey.text("ticketNumber"), "the same ticket");
        assertTrue(journey.text("ticketWhen").endsWith(later), journey.text("ticketWhen") + " / " + later);
        assertEquals("Смирнов Алексей Игоревич", journey.text("ticketDoctor"));
        String lateWhen = journey.text("ticketWhen");

        // «Хочу раньше»: an earlier time of the doctor is held for the patient at once and moves the appointment.
        Esia.press(browser, "earlierAppointment");
        assertEquals("Иванова Мария Петровна", journey.text("waitPerson"));
        assertFalse(journey.value("waitForm:before").isBlank(), "the appointment's day, as the date to be before");
        Esia.press(browser, "waitForm:ask");
        assertTrue(journey.main().contains("Заявка принята"), journey.main());
        String request = journey.waitForRequest("OFFERED");
        assertTrue(journey.text("offer-" + request).contains("Смирнов Алексей Игоревич"), journey.text("offer-" + request));
        journey.screenshot("patient-4a-waitlist-offer");
        Esia.press(browser, browser.findElement(By.cssSelector("#request-" + request + " input[id$=':confirm']")).getAttribute("id"));
        assertTrue(journey.main().contains("Готово: запись на отложенное для Вас время"), journey.main());
        assertEquals(ticket, journey.text("ticketNumber"), "the same ticket, moved earlier");
        assertFalse(journey.text("ticketWhen").equals(lateWhen), journey.text("ticketWhen"));
        journey.go("/cabinet/waitlist.xhtml");
        assertEquals("FULFILLED", browser.findElement(By.id("request-" + request)).getAttribute("data-status"));
        journey.go("/cabinet/appointment.xhtml?id=" + ticket);

        Esia.press(browser, "cancelAppointment");
        Esia.press(browser, "cancelForm:confirmCancel");
        assertTrue(journey.main().contains("Запись отменена"), journey.main());
        assertTrue(journey.text("appointments").contains("Отменена"), journey.text("appointments"));
        assertTrue(browser.findElements(By.id("cancel-" + ticket)).isEmpty(), "a cancelled appointment has no «Отменить»");
        journey.screenshot("patient-5-cancelled");

        // The time is free again: the same doctor's day offers it.
        journey.go("/cabinet/book.xhtml?card=" + card);
        journey.chooseSpecialty("Терапевт участковый");
        assertFalse(browser.findElements(By.cssSelector("#calendar a")).isEmpty());
    }

    @Test
    void thePatientAddsAChildFromEsiaSwitchesToTheChildAndBooksThePediatrician() throws Exception {
        journey.addFromEsia("esiaSelf", "Иванова Мария Петровна");
        journey.go("/cabinet/cards.xhtml");
        Esia.press(browser, "esiaChildren");
        assertTrue(journey.text("esiaChildrenTable").contains("Иванов Артём Сергеевич"), journey.text("esiaChildrenTable"));
        Esia.press(browser, "addChild0");
        assertTrue(journey.text("verifiedName").contains("Иванов Артём"), journey.text("verifiedName"));
        Esia.press(browser, "cardForm:submit");
        Esia.press(browser, "consentForm:agree");
        assertTrue(journey.text("messages").contains("Карточка успешно добавлена"), journey.text("messages"));
        long artem = journey.cardIdOf("Иванов Артём Сергеевич");
        assertEquals("FOUND", journey.attachmentStatus(artem));
        assertEquals("Павлова Юлия Андреевна", journey.text("attachmentDoctor"));

        journey.go("/cabinet/index.xhtml");
        browser.findElement(By.id("userName")).click();
        Esia.press(browser, "person1");
        assertEquals("Вы действуете за: ИВАНОВ А.", journey.text("actingFor"));
        Esia.press(browser, "tabBook");
        assertTrue(journey.text("bookingPerson").startsWith("Иванов Артём"), journey.text("bookingPerson"));
        String specialties = journey.text("specialties");
        assertFalse(specialties.contains("Терапевт участковый"), "no adult specialties for a child: " + specialties);
        journey.chooseSpecialty("Педиатр участковый");
        assertEquals("Павлова Юлия Андреевна", journey.text("doctorName"));
        journey.chooseDayAndTime();
        assertTrue(journey.text("confirmPerson").startsWith("Иванов Артём"), journey.text("confirmPerson"));
        assertEquals("Иванова Мария Петровна", journey.text("confirmBooker"));
        Esia.press(browser, "bookForm:book");
        assertEquals("Записан", journey.text("ticketStatus"));
        assertEquals("Павлова Юлия Андреевна", journey.text("ticketDoctor"));
        assertTrue(journey.text("ticketPerson").startsWith("Иванов Артём"), journey.text("ticketPerson"));
        journey.screenshot("patient-6-child-ticket");

        Esia.press(browser, "cancelAppointment");
        Esia.press(browser, "cancelForm:confirmCancel");
        assertTrue(journey.main().contains("Запись отменена"), journey.main());
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> journey.text("appointments").contains("Отменена"));
    }
}
