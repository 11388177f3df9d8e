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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * «Лечебные учреждения» and «Врачи» as a visitor meets them, through the pages only (the demo region; H2 and PostgreSQL
 * alike): institutions by municipal district, an institution's page with its hours, map and doctors; a doctor found
 * by name and specialty, their week and nearest free time, and «Записаться» leading through the ESIA login into the
 * wizard with that doctor chosen. Screenshots {@code directory-*.png}.
 */
class PublicDirectoryJourneyIT {

    private static final String DOCTOR = "Новикова Татьяна Юрьевна";

    private WebDriver browser;
    private boolean cardMade;

    @BeforeEach
    void open() {
        browser = Portal.browser();
    }

    @AfterEach
    void close() {
        try {
            assertEquals(List.of(), Portal.refusedByPolicy(browser), "refused by Content-Security-Policy");
        } finally {
            browser.quit();
        }
        if (cardMade) {
            Journey.emptyCardFileOf("ivanova@example.ru");
        }
    }

    @Test
    void institutionsByDistrictAndAnInstitutionsPageWithItsHoursMapAndDoctors() throws Exception {
        browser.get(Portal.BASE_URL + "/");
        Esia.press(browser, "registryLink");
        assertEquals("Лечебные учреждения", browser.findElement(By.tagName("h1")).getText());
        List<String> districts = browser.findElements(By.cssSelector("#municipalities a")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("Все районы", "г. Иркутск (3)", "Иркутский район (0)", "Шелеховский район (1)",
                "г. Братск (0)"), districts);
        Portal.screenshot(browser, "directory-1-districts");

        StaffBrowser.submit(browser, browser.findElement(By.partialLinkText("Шелеховский район")));
        assertEquals(List.of("ОГБУЗ «Шелеховская районная больница»"), names());
        StaffBrowser.submit(browser, browser.findElement(By.partialLinkText("Иркутский район")));
        assertEquals(List.of(), names());
        assertTrue(browser.findElement(By.id("noInstitutions")).isDisplayed());
        StaffBrowser.submit(browser, browser.findElement(By.partialLinkText("г. Иркутск")));
        assertEquals(3, names().size());

        StaffBrowser.submit(browser, browser.findElement(By.linkText("ОГБУЗ «Иркутская городская поликлиника № 4»")));
        assertEquals("ОГБУЗ «Иркутская городская поликлиника № 4»", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElement(By.id("workingHours")).getText().contains("пн–пт 8:00–20:00, сб 9:00–15:00"));
        assertTrue(browser.findElement(By.id("mapLink")).getAttribute("href").startsWith("https://yandex.ru/maps/?text="));
        String doctors = browser.findElement(By.id("institutionDoctors")).getText();
        assertTrue(doctors.contains("Офтальмолог\n" + DOCTOR), doctors);
        assertTrue(browser.findElement(By.id("divisions")).getText().contains("Женская консультация"));
        Portal.screenshot(browser, "directory-2-institution");
        assertTrue(browser.manage().getCookies().stream().noneMatch(c -> c.getName().equals("JSESSIONID")));
    }

    @Test
    void aDoctorFoundByNameAndSpecialtyIsBookedThroughTheLoginWithTheDoctorChosen() throws Exception {
        Esia.reset();
        WebDriver setup = Portal.browser();
        try {
            Journey cards = new Journey(setup);
            cards.logInAsPatient("ivanova@example.ru");
            cards.emptyCardFile();
            cardMade = true;
            cards.addFromEsia("esiaSelf", "Иванова Мария Петровна");
        } finally {
            setup.quit();
        }

        browser.get(Portal.BASE_URL + "/");
        Esia.press(browser, "doctorsLink");
        browser.findElement(By.id("q")).sendKeys("новикова");
        new Select(browser.findElement(By.id("s"))).selectByVisibleText("Офтальмолог");
        StaffBrowser.submit(browser, browser.findElement(By.id("findDoctors")));
        List<WebElement> rows = browser.findElements(By.cssSelector("#doctors tbody tr"));
        assertEquals(1, rows.size(), browser.findElement(By.id("foundCount")).getText());
        assertTrue(rows.get(0).getText().startsWith(DOCTOR + " Офтальмолог"), rows.get(0).getText());
        Portal.screenshot(browser, "directory-3-doctors");

        StaffBrowser.submit(browser, browser.findElement(By.linkText(DOCTOR)));
        assertEquals(DOCTOR, browser.findElement(By.tagName("h1")).getText());
        assertEquals("305", browser.findElement(By.id("doctorCabinet")).getText());
        assertTrue(browser.findElement(By.id("receptionHours")).getText().contains("Понедельник 09:00–13:00"),
                "the week's reception hours, a day's receptions on its line: "
                        + browser.findElement(By.id("receptionHours")).getText());
        assertTrue(browser.findElement(By.id("nearestFree")).getText().matches("\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2}"),
                browser.findElement(By.id("nearestFree")).getText());
        Portal.screenshot(browser, "directory-4-doctor");

        // «Записаться»: the cabinet asks for the login, and after it the wizard has the doctor chosen.
        StaffBrowser.submit(browser, browser.findElement(By.id("bookDoctor")));
        assertTrue(browser.getCurrentUrl().contains("/cabinet/login.xhtml"), browser.getCurrentUrl());
        Esia.press(browser, "esiaLogin");
        Esia.logInAndConsent(browser, "ivanova@example.ru");
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().contains("/cabinet/book.xhtml"));
        assertTrue(browser.getCurrentUrl().endsWith("/cabinet/book.xhtml?specialty=6&doctor=8"), browser.getCurrentUrl());
        assertEquals(DOCTOR, browser.findElement(By.id("doctorName")).getText());
        assertFalse(browser.findElements(By.cssSelector("#calendar a")).isEmpty(), "the doctor's free days");
        Portal.screenshot(browser, "directory-5-wizard");
    }

    private List<String> names() {
        return browser.findElements(By.cssSelector(".institution__name")).stream().map(WebElement::getText).toList();
    }

}
