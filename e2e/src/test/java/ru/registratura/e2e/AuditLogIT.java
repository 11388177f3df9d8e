package ru.registratura.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The audit log: a registry operator's reading of a patient is audited, and an admin finds it by the patient's
 * policy and by the operator and action, pages through, and exports the selection as CSV (the export audited
 * too). Bad filters are refused next to their fields; a registry operator cannot open the log.
 */
class AuditLogIT {

    /** Смирнов Дмитрий Олегович of the demo register, attached to Поликлиника № 4. */
    private static final long ENTRY = 6;
    private static final String POLICY = "3850100000567894";

    private static final String WHEN_HEADER = "Когда";

    private WebDriver browser;

    @BeforeEach
    void open() {
        browser = Portal.browser();
    }

    @AfterEach
    void close() {
        browser.quit();
    }

    private void type(String id, String value) {
        StaffBrowser.retype(browser.findElement(By.id(id)), value);
    }

    private List<WebElement> events() {
        return browser.findElements(By.cssSelector("tr.audit-event"));
    }

    /** The action of a row of the table. */
    static String action(WebElement row) {
        return row.findElement(By.cssSelector("[data-action]")).getAttribute("data-action");
    }

    private String table() {
        return browser.findElement(By.id("eventsForm:events")).getText();
    }

    /** Waits until PrimeFaces has no ajax request under way. */
    private void settled() {
        StaffBrowser.settled(browser);
    }

    private List<String> details() {
        return events().stream().map(e -> e.findElements(By.tagName("td")).get(6).getText()).toList();
    }

    @Test
    void anOperatorsReadingOfAPatientIsFoundByPolicyUserAndActionAndExported() throws Exception {
        HttpSession operator = new HttpSession().staffLogIn("registrator.p4", Staff.PASSWORD);
        assertEquals(200, operator.get(Portal.BASE_URL + "/staff/book.xhtml?entry=" + ENTRY).statusCode());

        StaffBrowser.logIn(browser, "admin.demo", "Demo-Admin-2026");
        StaffBrowser.submit(browser, By.id("auditLink"));
        assertFalse(events().isEmpty(), "the latest events first, unfiltered");

        type("auditForm:person", POLICY);
        StaffBrowser.submit(browser, By.id("auditForm:search"));
        List<WebElement> found = events();
        assertTrue(found.stream().anyMatch(e -> "STAFF_PATIENT_VIEWED".equals(action(e))
                && e.getText().contains("registrator.p4")), table());
        assertTrue(found.stream().noneMatch(e -> "STAFF_LOGIN".equals(action(e))),
                "only what concerns the person");
        Portal.screenshot(browser, "staff-audit-by-person");

        type("auditForm:person", "");
        type("auditForm:user", "registrator.p4");
        new Select(browser.findElement(By.id("auditForm:action"))).selectByValue("STAFF_PATIENT_VIEWED");
        StaffBrowser.submit(browser, By.id("auditForm:search"));
        assertFalse(events().isEmpty());
        assertTrue(events().stream().allMatch(e -> "STAFF_PATIENT_VIEWED".equals(action(e))
                && e.getText().contains("registrator.p4")), table());

        type("auditForm:person", "12345");
        // The period's date pickers take a typed date as well.
        type("auditForm:from_input", "02.12.2026");
        type("auditForm:until_input", "01.12.2026");
        StaffBrowser.submit(browser, By.id("auditForm:search"));
        String main = browser.findElement(By.tagName("main")).getText();
        assertTrue(main.contains("Укажите полис ОМС") && main.contains("раньше даты «с»"), main);

        HttpSession admin = new HttpSession().staffLogIn("admin.demo", "Demo-Admin-2026");
        HttpSession.JsfForm form = HttpSession.jsfForm(admin.get(Portal.BASE_URL + "/staff/audit.xhtml").body(), "auditForm");
        int exportsBefore = Esia.audited("AUDIT_EXPORTED", "SUCCESS", "admin.demo");
        String export = HttpSession.location(admin.post(form.action(), form.body("auditForm:person", POLICY,
                "auditForm:user", "", "auditForm:action", "", "auditForm:from", "", "auditForm:until", "",
                "auditForm:export", "x")));
        assertFalse(export.contains(POLICY), "the address carries a key, not the filter: " + export);
        HttpResponse<String> csv = admin.get(export);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment; filename=\"audit-"),
                csv.headers().map().toString());
        assertEquals(404, admin.get(export).statusCode(), "a key serves one export");
        String[] lines = csv.body().split("\r\n");
        assertTrue(lines[0].startsWith("\uFEFFКогда;Действие;Результат;Пользователь"), lines[0]);
        assertTrue(List.of(lines).stream().anyMatch(l -> l.contains(";STAFF_PATIENT_VIEWED;SUCCESS;registrator.p4;")
                && l.contains(";" + ENTRY + ";") && l.endsWith(";register entry")), csv.body());
        assertFalse(csv.body().contains(POLICY), "the export names ids, never the policy");
        assertEquals(exportsBefore + 1, Esia.audited("AUDIT_EXPORTED", "SUCCESS", "admin.demo"));
    }

    @Test
    void anExportPagesThroughALargeSelectionWithoutLosingOrRepeatingAnEvent() throws Exception {
        Staff.execute("delete from audit_event where subject = 'it-export'");
        // 2,500 events, ten to a timestamp: the export reads them in batches of 2,000 across equal times.
        Staff.execute("insert into audit_event (id, occurred_at, action, outcome, subject, detail) select "
                + "nextval('audit_event_seq'), timestamptz '2026-01-01 00:00+00' + (g / 10) * interval '1 second', "
                + "'STAFF_LOGIN', 'SUCCESS', 'it-export', 'event ' || g from generate_series(1, 2500) g");
        HttpSession admin = new HttpSession().staffLogIn("admin.demo", "Demo-Admin-2026");
        HttpSession.JsfForm form = HttpSession.jsfForm(admin.get(Portal.BASE_URL + "/staff/audit.xhtml").body(), "auditForm");
        String export = HttpSession.location(admin.post(form.action(), form.body("auditForm:person", "",
                "auditForm:user", "it-export", "auditForm:action", "", "auditForm:from", "", "auditForm:until", "",
                "auditForm:export", "x")));
        String[] lines = admin.get(export).body().split("\r\n");
        assertEquals(2501, lines.length, "a header and every event");
        assertEquals(2500, Arrays.stream(lines).skip(1).map(l -> l.substring(l.lastIndexOf(';') + 1))
                .distinct().count(), "none twice");
    }

    @Test
    void aRegistryOperatorCannotOpenTheLog() throws Exception {
        HttpSession operator = new HttpSession().staffLogIn("registrator.p4", Staff.PASSWORD);
        assertEquals(404, operator.get(Portal.BASE_URL + "/staff/audit.xhtml").statusCode());
    }

    @Test
    void theTablePagesSortsAndFiltersOnTheServer() throws Exception {
        Staff.execute("delete from audit_event where subject = 'it-lazy'");
        // 120 events a minute apart; every tenth FORBIDDEN; «n» in the detail.
        Staff.execute("insert into audit_event (id, occurred_at, action, outcome, subject, detail) select "
                + "nextval('audit_event_seq'), timestamptz '2026-02-01 00:00+00' + g * interval '1 minute', 'STAFF_LOGIN', "
                + "case when g % 10 = 0 then 'FORBIDDEN' else 'SUCCESS' end, 'it-lazy', 'n' || g from generate_series(1, 120) g");
        StaffBrowser.logIn(browser, "admin.demo", "Demo-Admin-2026");
        StaffBrowser.submit(browser, By.id("auditLink"));
        type("auditForm:user", "it-lazy");
        StaffBrowser.submit(browser, By.id("auditForm:search"));
        assertEquals(50, events().size(), table());
        assertEquals("n120", details().get(0), "the latest first");
        assertTrue(browser.findElement(By.cssSelector(".ui-paginator-current")).getText().contains("1–50 из 120"),
                browser.findElement(By.cssSelector(".ui-paginator-current")).getText());

        browser.findElement(By.cssSelector(".ui-paginator-top .ui-paginator-next")).click();
        settled();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> "n70".equals(details().get(0)));
        assertEquals("n21", details().get(49));
        Portal.screenshot(browser, "staff-audit-lazy-page-2");

        // Sorted by the time, oldest first: back to the first page, which starts with the oldest.
        browser.findElement(By.xpath("//th[contains(@class, 'ui-sortable-column')][.//span[@class='ui-column-title' and text()='"
                + WHEN_HEADER + "']]")).click();
        settled();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> "n1".equals(details().get(0)));

        // Only what was refused: the outcome's filter in the column's head.
        StaffBrowser.filter(browser, "eventsForm:events:outcomeFilter", "FORBIDDEN");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> events().size() == 12);
        assertTrue(events().stream().allMatch(e -> e.getText().contains("FORBIDDEN")), table());
        assertEquals("n10", details().get(0), "still oldest first");

        // A page whose view the server no longer keeps (here its state is replaced, as after many other pages): the
        // next Ajax click does not silently do nothing but opens the page afresh and says why.
        ((JavascriptExecutor) browser).executeScript("document.querySelectorAll(\"input[name='jakarta.faces.ViewState']\")"
                + ".forEach(i => i.value = '-1:-1'); window.notReloaded = true;");
        browser.findElement(By.xpath("//th[contains(@class, 'ui-sortable-column')][.//span[@class='ui-column-title' and text()='"
                + WHEN_HEADER + "']]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.findElements(By.id("interruptedNotice")).isEmpty());
        assertTrue(browser.findElement(By.id("interruptedNotice")).getText().contains("загружена заново"),
                browser.findElement(By.id("interruptedNotice")).getText());
        assertEquals(Boolean.FALSE, ((JavascriptExecutor) browser).executeScript("return window.notReloaded === true"));
        assertTrue(browser.getCurrentUrl().contains("/staff/audit.xhtml?interrupted=expired"), browser.getCurrentUrl());
        Portal.screenshot(browser, "staff-audit-ajax-expired");
        Staff.execute("delete from audit_event where subject = 'it-lazy'");
    }
}
