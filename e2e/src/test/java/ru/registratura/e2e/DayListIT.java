package ru.registratura.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * «Приём на день»: a registry operator sees the day's appointments at their institutions by doctor and marks
 * «Пришёл» / «Не явился» (and corrects a mark); a future day's appointments cannot be marked; another
 * institution's operator does not see them.
 */
class DayListIT {

    private static final ZoneId REGION = ZoneId.of("Asia/Irkutsk");

    private WebDriver browser;

    @BeforeEach
    void open() {
        browser = Portal.browser();
    }

    @AfterEach
    void close() {
        browser.quit();
    }

    private void logIn(String username) {
        StaffBrowser.logIn(browser, username, Staff.PASSWORD);
    }

    /** An appointment of a register person of Поликлиника № 4 at hh:07 of the day (a time no template makes). */
    private static long appointment(LocalDate day, int hour) throws Exception {
        long doctor = Cards.number("select min(id) from doctor where institution_id = 1 and active");
        long entry = Cards.number("select min(id) from attachment_register where institution_id = 1");
        String startsAt = LocalDateTime.of(day, LocalTime.of(hour, 7)).atZone(REGION).toOffsetDateTime().toString();
        Staff.execute("update slot set appointment_id = null where doctor_id = " + doctor + " and starts_at = timestamptz '"
                + startsAt + "'");
        Staff.execute("delete from appointment where slot_id in (select id from slot where doctor_id = " + doctor
                + " and starts_at = timestamptz '" + startsAt + "')");
        Staff.execute("delete from slot where doctor_id = " + doctor + " and starts_at = timestamptz '" + startsAt + "'");
        long slot = Cards.number("select nextval('slot_seq')");
        Staff.execute("insert into slot (id, doctor_id, starts_at, ends_at, cabinet, access, version) values (" + slot + ", "
                + doctor + ", timestamptz '" + startsAt + "', timestamptz '" + startsAt + "' + interval '10 minutes', '101', "
                + "'REGISTRY', 0)");
        long appointment = Cards.number("select nextval('appointment_seq')");
        Staff.execute("insert into appointment (id, slot_id, register_entry_id, patient_name, channel, status, booked_at) "
                + "values (" + appointment + ", " + slot + ", " + entry + ", 'Дневной Пациент " + hour + "', 'REGISTRY', "
                + "'BOOKED', now())");
        Staff.execute("update slot set appointment_id = " + appointment + " where id = " + slot);
        return appointment;
    }

    private WebElement row(long appointment) {
        return browser.findElement(By.cssSelector("tr.day-entry[data-appointment='" + appointment + "']"));
    }

    private String status(long appointment) throws Exception {
        return Cards.string("select status from appointment where id = ?", appointment);
    }

    @Test
    void anOperatorMarksTodaysAppointmentsAndCorrectsAMark() throws Exception {
        LocalDate today = LocalDate.now(REGION);
        long first = appointment(today, 6);
        long second = appointment(today, 7);
        long tomorrow = appointment(today.plusDays(1), 6);
        int marks = Esia.audited("APPOINTMENT_MARKED", "SUCCESS", "registrator.p4");
        logIn("registrator.p4");
        browser.get(Portal.BASE_URL + "/staff/day.xhtml");
        assertTrue(row(first).getText().contains("Дневной Пациент 6"), row(first).getText());

        StaffBrowser.submit(browser, row(first).findElement(By.cssSelector(".mark-attended")));
        assertEquals("ATTENDED", status(first));
        assertTrue(row(first).getText().contains("Приём состоялся"));
        StaffBrowser.submit(browser, row(second).findElement(By.cssSelector(".mark-no-show")));
        assertEquals("NO_SHOW", status(second));
        Portal.screenshot(browser, "staff-day-list");
        StaffBrowser.submit(browser, row(first).findElement(By.cssSelector(".mark-no-show")));
        assertEquals("NO_SHOW", status(first), "a mark can be corrected");
        assertEquals(marks + 3, Esia.audited("APPOINTMENT_MARKED", "SUCCESS", "registrator.p4"), "each mark audited");

        StaffBrowser.submit(browser, By.id("nextDay"));
        assertTrue(row(tomorrow).getText().contains("Дневной Пациент 6"));
        assertTrue(row(tomorrow).findElements(By.cssSelector(".mark-attended, .mark-no-show")).isEmpty(),
                "tomorrow's appointments are not marked today");
        assertEquals("BOOKED", status(tomorrow));
    }

    @Test
    void anotherInstitutionsOperatorDoesNotSeeThem() throws Exception {
        long appointment = appointment(LocalDate.now(REGION), 6);
        logIn("registrator.dp3");
        browser.get(Portal.BASE_URL + "/staff/day.xhtml");
        assertTrue(browser.findElements(By.cssSelector("tr.day-entry[data-appointment='" + appointment + "']")).isEmpty());
        assertFalse(browser.findElement(By.tagName("main")).getText().contains("Дневной Пациент"));
    }
}
