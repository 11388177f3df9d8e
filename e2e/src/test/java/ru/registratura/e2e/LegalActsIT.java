package ru.registratura.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * An admin keeps «Законодательство»: a script link and a title left out are refused with their fields and save
 * nothing; a region's act is on the public page at once, changed at once, gone when deleted. Every change audited.
 */
class LegalActsIT {

    private static final String TITLE = "Тестовый акт: о территориальной программе государственных гарантий";

    private WebDriver browser;

    @BeforeEach
    void open() throws Exception {
        browser = Portal.browser();
        Staff.execute("delete from legal_act where title like 'Тестовый акт%'");
        Staff.create("test.legal", "Законова Ирина", "ADMIN");
        StaffBrowser.logIn(browser, "test.legal", Staff.PASSWORD);
    }

    @AfterEach
    void close() throws Exception {
        browser.quit();
        Staff.execute("delete from legal_act where title like 'Тестовый акт%'");
    }

    private void fill(String id, String value) {
        StaffBrowser.retype(browser.findElement(By.id("legalForm:" + id)), value);
    }

    private String error(String field) {
        WebElement input = browser.findElement(By.id("legalForm:" + field));
        return browser.findElement(By.id(input.getAttribute("aria-describedby"))).getText();
    }

    private List<String> regionalActs() {
        browser.get(Portal.BASE_URL + "/legal.xhtml");
        return browser.findElements(By.cssSelector("#regionalActs li")).stream().map(WebElement::getText).toList();
    }

    @Test
    void anAdminAddsARegionalActChangesItAndDeletesIt() throws Exception {
        int changes = Esia.audited("LEGAL_ACTS_CHANGED", "SUCCESS", "test.legal");
        browser.get(Portal.BASE_URL + "/staff/index.xhtml");
        StaffBrowser.submit(browser, By.id("legalAdminLink"));
        StaffBrowser.submit(browser, By.id("addLegalAct"));

        fill("url", "javascript:alert(1)");
        StaffBrowser.submit(browser, By.id("legalForm:save"));
        assertEquals("Укажите название акта", error("title"));
        assertEquals("Ссылка: адрес, начинающийся с https:// или http://", error("url"));
        fill("title", TITLE);
        fill("adoptedOn_input", "31.02.2025");
        StaffBrowser.submit(browser, By.id("legalForm:save"));
        assertEquals("Укажите дату в формате ДД.ММ.ГГГГ", error("adoptedOn_input"));
        assertEquals(0, Staff.execute("update legal_act set title = title where title like 'Тестовый акт%'"), "nothing saved");
        Portal.screenshot(browser, "legal-admin-1-refused");

        browser.findElement(By.cssSelector("input[name='legalForm:level'][value='REGIONAL']")).click();
        fill("number", "123-пп");
        fill("adoptedOn_input", "26.12.2025");
        fill("url", "https://irkobl.ru/");
        StaffBrowser.submit(browser, By.id("legalForm:save"));
        assertTrue(browser.findElement(By.id("messages")).getText().contains("Акт сохранён"));
        assertTrue(regionalActs().contains(TITLE + "\nот 26.12.2025 № 123-пп"), regionalActs().toString());
        assertEquals("https://irkobl.ru/", browser.findElement(By.linkText(TITLE)).getAttribute("href"));

        browser.get(Portal.BASE_URL + "/staff/legal-acts.xhtml");
        StaffBrowser.submit(browser, browser.findElement(By.linkText(TITLE)));
        fill("number", "124-пп");
        StaffBrowser.submit(browser, By.id("legalForm:save"));
        assertTrue(regionalActs().contains(TITLE + "\nот 26.12.2025 № 124-пп"), "changed at once: " + regionalActs());

        browser.get(Portal.BASE_URL + "/staff/legal-acts.xhtml");
        StaffBrowser.submitConfirmed(browser, browser.findElement(By.xpath(
                "//tr[td/a[normalize-space()='" + TITLE + "']]//button[contains(@class, 'legal-delete')]")));
        assertTrue(browser.findElement(By.id("messages")).getText().contains("Акт удалён из списка"));
        assertFalse(regionalActs().stream().anyMatch(a -> a.startsWith(TITLE)));
        assertEquals(changes + 3, Esia.audited("LEGAL_ACTS_CHANGED", "SUCCESS", "test.legal"), "added, changed, deleted");
    }
}
