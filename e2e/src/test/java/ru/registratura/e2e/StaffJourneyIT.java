package ru.registratura.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The staff's core journeys through the pages only, with the demo staff of the README (so that they run on the
 * default H2 domain of {@code ./registratura run} as on PostgreSQL): a registry operator finds a patient by
 * policy, books by phone, prints the ticket and cancels; marks a doctor absent for a day and back; an admin
 * imports a small register file through the page and reads the report, and finds the operator's reading of
 * a patient in the audit log and exports it. Screenshots {@code journey-<database>-staff-*.png}.
 */
class StaffJourneyIT {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    /** Новикова Татьяна Юрьевна, ophthalmologist of Поликлиника № 4. */
    private static final long OPHTHALMOLOGIST = 8;
    /** Иванова Мария Петровна of the demo register, attached to Поликлиника № 4. */
    private static final String IVANOVA_POLICY = "3850100000123458";

    private WebDriver browser;

    @TempDir
    Path folder;

    @BeforeEach
    void open() {
        browser = Portal.browser();
    }

    @AfterEach
    void close() {
        try {
            // The journeys ran under the workspace's policy (scripts by nonce only, no inline style): nothing refused.
            assertEquals(List.of(), Portal.refusedByPolicy(browser), "refused by Content-Security-Policy");
        } finally {
            browser.quit();
        }
    }

    @Test
    void aRegistrarFindsAPatientByPolicyBooksByPhonePrintsTheTicketAndCancels() throws Exception {
        StaffBrowser.logIn(browser, "registrator.p4", "Demo-Registrar-2026");
        assertTrue(searchByPolicy(IVANOVA_POLICY).contains("Иванова Мария Петровна"));
        StaffBrowser.submit(browser, By.cssSelector("tr.found-patient .book-link"));
        assertTrue(browser.findElement(By.id("bookingFor")).getText().contains("Иванова Мария"));
        screenshot("staff-1-doctors");

        WebElement time = StaffBrowser.aTimeAfterToday(browser);
        StaffBrowser.submit(browser, time);
        assertTrue(browser.getCurrentUrl().contains("/staff/ticket.xhtml?appointment="),
                browser.getCurrentUrl() + ": " + main());
        assertTrue(main().contains("Иванова Мария Петровна"), main());
        screenshot("staff-2-ticket");

        // «Распечатать талон» opens the browser's print dialogue, which a headless test replaces to see it called.
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript("window.print = function () { window.printed = true; };");
        browser.findElement(By.id("printTicket")).click();
        assertEquals(Boolean.TRUE, js.executeScript("return window.printed === true;"));

        StaffBrowser.submitConfirmed(browser, By.id("ticketForm:cancel"));
        assertTrue(browser.findElement(By.id("messages")).getText().contains("Запись отменена"), main());
        assertTrue(browser.findElements(By.id("ticketForm:cancel")).isEmpty(), "a cancelled appointment has no «Отменить»");
        screenshot("staff-3-cancelled");
    }

    @Test
    void anAdminImportsASmallRegisterFileThroughThePageAndReadsTheReport() throws Exception {
        String policy = RegisterImportIT.enp();
        Path file = folder.resolve("register.csv");
        Files.writeString(file, String.join("\r\n",
                "FAM;IM;OT;W;DR;SNILS;SPOL;NPOL;SMO;LPU;LPUUCH;LPUDT",
                "Журналова;Нина;Петровна;2;01.02.1980;;;" + policy + ";АО «СОГАЗ-Мед»;380004;2;15.01.2020",
                "Ошибкина;Ольга;;2;31.02.1990;;;" + RegisterImportIT.enp() + ";;380004;;01.01.2019") + "\r\n",
                StandardCharsets.UTF_8);
        StaffBrowser.logIn(browser, "admin.demo", "Demo-Admin-2026");
        StaffBrowser.uploadRegister(browser, file);
        new WebDriverWait(browser, Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(500))
                .ignoring(StaleElementReferenceException.class) // the report page updates itself while it runs
                .withMessage("the import did not complete within 60 s")
                .until(d -> "COMPLETED".equals(d.findElement(By.id("importStatus")).getAttribute("data-status")));
        assertEquals("2", count("countRead"));
        assertEquals("1", count("countAdded"));
        assertEquals("1", count("countRejected"));
        Map<String, String> rejected = browser.findElements(By.cssSelector("tr.rejection")).stream().collect(
                Collectors.toMap(row -> row.findElement(By.cssSelector("[data-line]")).getAttribute("data-line"),
                        row -> row.findElements(By.tagName("td")).get(1).getText()));
        assertEquals(List.of("3"), List.copyOf(rejected.keySet()));
        assertTrue(rejected.get("3").contains("ДД.ММ.ГГГГ"), rejected.get("3"));
        screenshot("staff-4-register-report");

        // The added person is in the register: a registrar of that institution finds her by the policy.
        browser.manage().deleteAllCookies();
        StaffBrowser.logIn(browser, "registrator.p4", "Demo-Registrar-2026");
        String found = searchByPolicy(policy);
        assertTrue(found.contains("Журналова Нина Петровна"), found);
    }

    @Test
    void aRegistrarMarksADoctorAbsentForADayAndTheDayComesBackWhenTheAbsenceIsRemoved() throws Exception {
        LocalDate day = LocalDate.now(Journey.REGION).plusDays(12);
        StaffBrowser.logIn(browser, "registrator.p4", "Demo-Registrar-2026");
        StaffBrowser.submit(browser, By.id("schedulesLink"));
        StaffBrowser.submit(browser, browser.findElement(By.cssSelector(
                "tr.schedule-doctor[data-doctor='" + OPHTHALMOLOGIST + "'] a")));
        // An absence an earlier, interrupted run may have left.
        while (!browser.findElements(By.cssSelector("tr.exception .remove-exception")).isEmpty()) {
            StaffBrowser.submit(browser, browser.findElement(By.cssSelector("tr.exception .remove-exception")));
        }
        type("exceptionForm:firstDay_input", DATE.format(day));
        type("exceptionForm:lastDay_input", DATE.format(day));
        type("exceptionForm:reason", "учёба врача");
        StaffBrowser.submit(browser, By.id("exceptionForm:add"));
        if (!browser.findElements(By.id("confirmForm:confirm")).isEmpty()) {
            StaffBrowser.submit(browser, By.id("confirmForm:confirm")); // appointments of that day are cancelled
        }
        String applied = browser.findElement(By.id("messages")).getText();
        assertTrue(applied.contains("Расписание изменено") && !applied.contains("снято: 0"), applied);
        assertEquals(1, browser.findElements(By.cssSelector("tr.exception[data-kind='ABSENCE']")).size());
        screenshot("staff-5-absence");

        StaffBrowser.submit(browser, browser.findElement(By.cssSelector("tr.exception .remove-exception")));
        String back = browser.findElement(By.id("messages")).getText();
        assertTrue(back.contains("Добавлено талонов:") && !back.contains("Добавлено талонов: 0"), back);
        assertTrue(browser.findElements(By.cssSelector("tr.exception")).isEmpty());
    }

    @Test
    void anAdminFindsTheRegistrarsReadingOfAPatientInTheAuditLogAndExportsIt() throws Exception {
        StaffBrowser.logIn(browser, "registrator.p4", "Demo-Registrar-2026");
        searchByPolicy(IVANOVA_POLICY);
        StaffBrowser.submit(browser, By.cssSelector("tr.found-patient .book-link")); // opening the patient is audited
        browser.manage().deleteAllCookies();

        StaffBrowser.logIn(browser, "admin.demo", "Demo-Admin-2026");
        StaffBrowser.submit(browser, By.id("auditLink"));
        type("auditForm:person", IVANOVA_POLICY);
        StaffBrowser.submit(browser, By.id("auditForm:search"));
        assertTrue(browser.findElements(By.cssSelector("tr.audit-event")).stream().anyMatch(e ->
                "STAFF_PATIENT_VIEWED".equals(AuditLogIT.action(e)) && e.getText().contains("registrator.p4")),
                browser.findElement(By.tagName("main")).getText());
        screenshot("staff-6-audit");

        HttpSession admin = new HttpSession().staffLogIn("admin.demo", "Demo-Admin-2026");
        HttpSession.JsfForm form = HttpSession.jsfForm(admin.get(Portal.BASE_URL + "/staff/audit.xhtml").body(), "auditForm");
        String export = HttpSession.location(admin.post(form.action(), form.body("auditForm:person", IVANOVA_POLICY,
                "auditForm:user", "registrator.p4", "auditForm:action", "STAFF_PATIENT_VIEWED", "auditForm:from", "",
                "auditForm:until", "", "auditForm:export", "x")));
        String csv = admin.get(export).body();
        String[] lines = csv.split("\r\n");
        assertTrue(lines[0].startsWith("\uFEFFКогда;Действие;Результат;Пользователь"), lines[0]);
        assertTrue(lines.length >= 2 && lines[1].contains(";STAFF_PATIENT_VIEWED;SUCCESS;registrator.p4;"), csv);
        assertFalse(csv.contains(IVANOVA_POLICY), "the export names ids, never the policy");
    }

    private void type(String id, String value) {
        StaffBrowser.retype(browser.findElement(By.id(id)), value);
    }

    /** The registry's patient search by policy; returns the list of people found. */
    private String searchByPolicy(String policy) {
        browser.get(Portal.BASE_URL + "/staff/patients.xhtml");
        browser.findElement(By.id("searchForm:policyNumber")).sendKeys(policy);
        StaffBrowser.submit(browser, By.id("searchForm:search"));
        return browser.findElement(By.id("resultsForm:found")).getText();
    }

    private String count(String id) {
        return browser.findElement(By.id(id)).getText().trim();
    }

    private String main() {
        return browser.findElement(By.tagName("main")).getText();
    }

    private void screenshot(String name) throws Exception {
        Portal.screenshot(browser, "journey-" + Portal.DATABASE + "-" + name);
    }
}
