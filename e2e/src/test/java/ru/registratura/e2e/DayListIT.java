package ru.registratura.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
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
import org.openqa.selenium.support.ui.WebDriverWait;

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
        return appointment(day, LocalTime.of(hour, 7), 0, "Дневной Пациент " + hour);
    }

    /**
     * An appointment of a register person of Поликлиника № 4 with its {@code doctor}-th active doctor (by id) at the
     * time of the day, made straight in the database with a slot of its own.
     */
    private static long appointment(LocalDate day, LocalTime time, int doctorIndex, String patient) throws Exception {
        long doctor = Cards.number("select id from doctor where institution_id = 1 and active order by id offset "
                + doctorIndex + " limit 1");
        long entry = Cards.number("select min(id) from attachment_register where institution_id = 1");
        String startsAt = LocalDateTime.of(day, time).atZone(REGION).toOffsetDateTime().toString();
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
                + "values (" + appointment + ", " + slot + ", " + entry + ", '" + patient + "', 'REGISTRY', 'BOOKED', now())");
        Staff.execute("update slot set appointment_id = " + appointment + " where id = " + slot);
        return appointment;
    }

    private WebElement row(long appointment) {
        return browser.findElement(rowOf(appointment));
    }

    /** The table's row of an appointment (its time's cell names it). */
    private static By rowOf(long appointment) {
        return By.xpath("//tr[contains(@class, 'day-entry')][.//*[@data-appointment='" + appointment + "']]");
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
        assertTrue(browser.findElements(rowOf(appointment)).isEmpty());
        assertFalse(browser.findElement(By.tagName("main")).getText().contains("Дневной Пациент"));
    }

    /**
     * A long day in the lazy table: 25 rows a page of the day's 27, the next page read from the server, sorted by the
     * patient's name both ways, and filtered by doctor in the column's head; no row of another day or institution.
     */
    @Test
    void aLongDayIsPagedSortedAndFilteredOnTheServer() throws Exception {
        LocalDate day = LocalDate.now(REGION).plusDays(75);
        for (int i = 0; i < 26; i++) {
            appointment(day, LocalTime.of(8, 0).plusMinutes(10L * i), 0, String.format("Дневной Пациент %02d", i));
        }
        long other = appointment(day, LocalTime.of(9, 5), 1, "Другой Пациент");
        logIn("registrator.p4");
        browser.get(Portal.BASE_URL + "/staff/day.xhtml?day=" + day);
        assertTrue(browser.findElement(By.id("dayCount")).getText().contains("27"),
                browser.findElement(By.id("dayCount")).getText());
        assertEquals(25, rows().size(), "a page of 25 rows, not the whole day");
        assertTrue(browser.findElement(By.cssSelector(".ui-paginator-current")).getText().contains("1–25 из 27"),
                browser.findElement(By.cssSelector(".ui-paginator-current")).getText());
        assertTrue(rows().get(0).getText().contains("Дневной Пациент 00"), "by time: " + rows().get(0).getText());

        browser.findElement(By.cssSelector(".ui-paginator-next")).click();
        StaffBrowser.settled(browser);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> rows().size() == 2);
        assertTrue(rows().get(1).getText().contains("Дневной Пациент 25"), rows().get(1).getText());

        By patientHeader = By.xpath("//th[contains(@class, 'ui-sortable-column')][.//span[@class='ui-column-title' and "
                + "text()='Пациент']]");
        browser.findElement(patientHeader).click();
        StaffBrowser.settled(browser);
        browser.findElement(patientHeader).click();
        StaffBrowser.settled(browser);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> rows().get(0).getText().contains("Другой Пациент"));
        Portal.screenshot(browser, "staff-day-list-sorted");

        String otherDoctor = Cards.string("select last_name from doctor where id = (select s.doctor_id from slot s "
                + "join appointment a on a.slot_id = s.id where a.id = ?)", other);
        WebElement menu = browser.findElement(By.id("dayForm:entries:doctorFilter"));
        menu.click();
        WebElement option = new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector(
                "[id='dayForm:entries:doctorFilter_items'] li")).stream().filter(li -> li.getText().startsWith(otherDoctor))
                .findFirst().orElse(null));
        option.click();
        StaffBrowser.settled(browser);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> rows().size() == 1);
        assertTrue(rows().get(0).getText().contains("Другой Пациент"), rows().get(0).getText());
        Accessibility.check(browser);
    }

    private java.util.List<WebElement> rows() {
        return browser.findElements(By.cssSelector("tr.day-entry"));
    }
}
