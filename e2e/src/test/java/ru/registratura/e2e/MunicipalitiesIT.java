package ru.registratura.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * An admin keeps the municipal districts: a name left out or taken is refused and saves nothing; a new district is in
 * the public selector at once; an institution moved into it is listed there with its working hours; a district
 * that an institution names cannot be deleted; renamed, it is public at once; emptied again, it can be deleted.
 */
class MunicipalitiesIT {

    private static final String NAME = "Тестовый район";

    private WebDriver browser;

    @BeforeEach
    void open() throws Exception {
        browser = Portal.browser();
        clean();
        StaffBrowser.logIn(browser, Staff.freshAdmin(), Staff.PASSWORD);
    }

    @AfterEach
    void close() throws Exception {
        browser.quit();
        clean();
    }

    private static void clean() throws Exception {
        Staff.execute("update institution set municipality_id = 3, working_hours = 'пн–пт 8:00–17:00' where id = 4");
        Staff.execute("delete from municipality where name like 'Тестовый район%'");
    }

    private void type(String id, String value) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    private String error(String field) {
        WebElement input = browser.findElement(By.id(field));
        return browser.findElement(By.id(input.getAttribute("aria-describedby"))).getText();
    }

    private List<String> publicDistricts() {
        browser.get(Portal.BASE_URL + "/institutions.xhtml");
        return browser.findElements(By.cssSelector("#municipalities a")).stream().map(WebElement::getText).toList();
    }

    @Test
    void anAdminAddsADistrictMovesAnInstitutionIntoItAndCannotDeleteItWhileUsed() throws Exception {
        browser.get(Portal.BASE_URL + "/staff/directory.xhtml");
        StaffBrowser.submit(browser, By.id("municipalitiesLink"));
        type("municipalityForm:name", "г. Иркутск");
        StaffBrowser.submit(browser, By.id("municipalityForm:save"));
        assertEquals("Район с таким названием уже есть", error("municipalityForm:name"));
        type("municipalityForm:name", "");
        StaffBrowser.submit(browser, By.id("municipalityForm:save"));
        assertTrue(error("municipalityForm:name").length() > 0);
        assertEquals(0, Staff.execute("update municipality set name = name where name like 'Тестовый район%'"));

        type("municipalityForm:name", NAME);
        type("municipalityForm:sortOrder", "5");
        StaffBrowser.submit(browser, By.id("municipalityForm:save"));
        assertEquals("Тестовый район (0)", publicDistricts().get(1), "first by its place, at once");

        // The Shelekhov hospital moves into it, with new working hours.
        browser.get(Portal.BASE_URL + "/staff/institution.xhtml?id=4");
        new Select(browser.findElement(By.id("institutionForm:municipality"))).selectByVisibleText(NAME);
        type("institutionForm:workingHours", "пн–сб 8:00–18:00");
        StaffBrowser.submit(browser, By.id("institutionForm:save"));
        browser.get(Portal.BASE_URL + "/institutions.xhtml");
        StaffBrowser.submit(browser, browser.findElement(By.partialLinkText(NAME)));
        String listed = browser.findElement(By.cssSelector(".municipality-group")).getText();
        assertTrue(listed.contains("ОГБУЗ «Шелеховская районная больница»") && listed.contains("пн–сб 8:00–18:00"), listed);
        Portal.screenshot(browser, "directory-admin-1-district");

        // Used: not deleted.
        browser.get(Portal.BASE_URL + "/staff/municipalities.xhtml");
        StaffBrowser.submitConfirmed(browser, browser.findElement(By.xpath(
                "//tr[td/a[normalize-space()='" + NAME + "']]//button[contains(@class, 'municipality-delete')]")));
        assertTrue(browser.findElement(By.id("messages")).getText().contains("Район нельзя удалить"),
                browser.findElement(By.id("messages")).getText());
        assertTrue(publicDistricts().contains("Тестовый район (1)"));

        // Renamed: public at once, its institution with it.
        browser.get(Portal.BASE_URL + "/staff/municipalities.xhtml");
        StaffBrowser.submit(browser, browser.findElement(By.linkText(NAME)));
        type("municipalityForm:name", NAME + " (новый)");
        StaffBrowser.submit(browser, By.id("municipalityForm:save"));
        assertTrue(publicDistricts().contains(NAME + " (новый) (1)"), publicDistricts().toString());

        // Emptied: deleted.
        browser.get(Portal.BASE_URL + "/staff/institution.xhtml?id=4");
        new Select(browser.findElement(By.id("institutionForm:municipality"))).selectByVisibleText("Шелеховский район");
        StaffBrowser.submit(browser, By.id("institutionForm:save"));
        browser.get(Portal.BASE_URL + "/staff/municipalities.xhtml");
        StaffBrowser.submitConfirmed(browser, browser.findElement(By.xpath(
                "//tr[td/a[normalize-space()='" + NAME + " (новый)']]//button[contains(@class, 'municipality-delete')]")));
        assertTrue(browser.findElement(By.id("messages")).getText().contains("Район удалён"));
        assertTrue(publicDistricts().stream().noneMatch(d -> d.startsWith(NAME)));
    }
}
