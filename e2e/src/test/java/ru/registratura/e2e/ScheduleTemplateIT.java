package ru.registratura.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * A registry operator gives a doctor a weekly template on the schedule page: the weekdays, hours, slot length,
 * cabinet and access chosen on the form are what is stored and what the slots get; a form without a weekday, or
 * with one that is none, is refused next to the field and changes nothing; the template opens again for editing with its weekdays ticked.
 */
class ScheduleTemplateIT {

    private static final ZoneId REGION = ZoneId.of("Asia/Irkutsk");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String DOCTOR_SURNAME = "Шаблонова";

    private WebDriver operator;

    @BeforeEach
    void open() {
        operator = Portal.browser();
    }

    @AfterEach
    void close() {
        operator.quit();
    }

    /** A doctor of Поликлиника № 4 without any schedule. */
    private static long doctorWithoutSchedule() throws Exception {
        for (String table : List.of("slot", "schedule_exception", "schedule_template")) {
            Staff.execute("delete from " + table + " where doctor_id in (select id from doctor where last_name = '"
                    + DOCTOR_SURNAME + "')");
        }
        Staff.execute("delete from doctor where last_name = '" + DOCTOR_SURNAME + "'");
        long doctor = Cards.number("select nextval('doctor_seq')");
        Staff.execute("insert into doctor (id, institution_id, specialty_id, last_name, first_name, middle_name, cabinet, "
                + "active) select " + doctor + ", 1, specialty_id, '" + DOCTOR_SURNAME + "', 'Вера', 'Тестовна', '101', true "
                + "from doctor where id = 8");
        return doctor;
    }

    private void type(String id, String value) {
        StaffBrowser.retype(operator.findElement(By.id(id)), value);
    }

    /** Ticks exactly these weekdays (0 is Monday) on the template form. */
    private void weekdays(int... days) {
        for (int i = 0; i < 7; i++) {
            WebElement box = operator.findElement(By.id("templateForm:days:" + i));
            boolean wanted = false;
            for (int day : days) {
                wanted |= day == i;
            }
            if (box.isSelected() != wanted) {
                box.click();
            }
        }
    }

    private String main() {
        return operator.findElement(By.tagName("main")).getText();
    }

    @Test
    void aTemplateChosenOnTheFormIsStoredAndGivesItsSlots() throws Exception {
        long doctor = doctorWithoutSchedule();
        StaffBrowser.logIn(operator, "registrator.p4", Staff.PASSWORD);
        operator.get(Portal.BASE_URL + "/staff/schedule.xhtml?doctor=" + doctor);
        assertTrue(operator.findElement(By.id("scheduleDoctor")).getText().contains(DOCTOR_SURNAME));
        assertEquals(0, operator.findElements(By.cssSelector("tr.template")).size());

        // No weekday: refused next to the field, nothing stored.
        weekdays();
        StaffBrowser.submit(operator, By.id("templateForm:save"));
        assertTrue(main().contains("Отметьте хотя бы один день недели"), main());
        assertEquals(0, Cards.number("select count(*) from schedule_template where doctor_id = " + doctor));

        // A weekday that is none (a tampered form): refused next to the field, nothing stored.
        weekdays(0);
        ((JavascriptExecutor) operator).executeScript(
                "document.getElementById('templateForm:days:0').value = 'FUNDAY';");
        StaffBrowser.submit(operator, By.id("templateForm:save"));
        assertTrue(main().contains("Выберите значение из списка"), main());
        assertEquals(0, Cards.number("select count(*) from schedule_template where doctor_id = " + doctor));

        LocalDate from = LocalDate.now(REGION).plusDays(1);
        weekdays(1, 3);
        type("templateForm:starts", "15:00");
        type("templateForm:ends", "16:00");
        type("templateForm:slotMinutes", "20");
        type("templateForm:cabinet", "305");
        operator.findElement(By.cssSelector("input[name='templateForm:access'][value='REGISTRY']")).click();
        type("templateForm:validFrom_input", DATE.format(from));
        StaffBrowser.submit(operator, By.id("templateForm:save"));
        assertTrue(main().contains("Расписание изменено"), main());

        List<WebElement> rows = operator.findElements(By.cssSelector("tr.template"));
        assertEquals(1, rows.size(), main());
        String row = rows.get(0).getText();
        assertTrue(row.contains("Вт, Чт") && row.contains("15:00–16:00") && row.contains("305")
                && row.contains("Только регистратура") && row.contains(DATE.format(from)), row);
        Portal.screenshot(operator, "staff-schedule-template");
        assertEquals("10|15:00:00|16:00:00|20|305|REGISTRY|" + from, Cards.string("select weekdays || '|' || starts || '|' "
                + "|| ends || '|' || slot_minutes || '|' || cabinet || '|' || access || '|' || valid_from "
                + "from schedule_template where doctor_id = ?", doctor), "Tuesday and Thursday: bits 1 and 3");
        long slots = Cards.number("select count(*) from slot where doctor_id = " + doctor + " and not withdrawn");
        long wrong = Cards.number("select count(*) from slot where doctor_id = " + doctor + " and (access <> 'REGISTRY' "
                + "or cabinet <> '305' or ends_at - starts_at <> interval '20 minutes' "
                + "or extract(isodow from starts_at at time zone 'Asia/Irkutsk') not in (2, 4))");
        assertTrue(slots >= 3 && slots % 3 == 0, "three 20-minute slots on each Tuesday and Thursday: " + slots);
        assertEquals(0, wrong, "every slot as the template says");

        // Open it again: the form shows what is stored.
        StaffBrowser.submit(operator, operator.findElement(By.cssSelector("tr.template .edit-template")));
        for (int i = 0; i < 7; i++) {
            assertEquals(i == 1 || i == 3, operator.findElement(By.id("templateForm:days:" + i)).isSelected(), "day " + i);
        }
        assertTrue(operator.findElement(By.cssSelector("input[name='templateForm:access'][value='REGISTRY']")).isSelected());
        assertEquals("20", operator.findElement(By.id("templateForm:slotMinutes")).getAttribute("value"));
    }
}
