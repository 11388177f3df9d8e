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

/**
 * An admin adds a banner, previews it, puts it first and sees it first on the home page; a script link is
 * refused; a deleted banner is gone from the home page.
 */
class BannersIT {

    private static final String TITLE = "Тестовый баннер: приём в субботу";

    private WebDriver browser;

    @BeforeEach
    void open() throws Exception {
        browser = Portal.browser();
        Staff.execute("delete from banner where title like 'Тестовый баннер%'");
        Staff.create("test.banners", "Баннерова Ольга", "ADMIN");
        StaffBrowser.logIn(browser, "test.banners", Staff.PASSWORD);
    }

    @AfterEach
    void close() throws Exception {
        browser.quit();
        Staff.execute("delete from banner where title like 'Тестовый баннер%'");
    }

    private void fill(String id, String value) {
        StaffBrowser.retype(browser.findElement(By.id("bannerForm:" + id)), value);
    }

    private List<String> homeBanners() {
        browser.get(Portal.BASE_URL + "/");
        return browser.findElements(By.cssSelector(".banner__title")).stream().map(WebElement::getText).toList();
    }

    @Test
    void anAdminAddsAPreviewedBannerAndPutsItFirstOnTheHomePage() throws Exception {
        int before = homeBanners().size();
        int changes = Esia.audited("BANNER_CHANGED", "SUCCESS", "test.banners");
        browser.get(Portal.BASE_URL + "/staff/banners.xhtml");
        StaffBrowser.submit(browser, By.id("addBanner"));
        fill("title", TITLE);
        fill("body", "В субботу 12 декабря поликлиники принимают с 9:00 до 14:00.");
        fill("linkUrl", "https://www.gosuslugi.ru/");
        fill("linkText", "Подробнее");
        StaffBrowser.submit(browser, By.id("bannerForm:preview"));
        assertEquals(TITLE, browser.findElement(By.cssSelector("#bannerPreview .banner__title")).getText());
        Portal.screenshot(browser, "staff-banner-preview");
        StaffBrowser.submit(browser, By.id("bannerForm:save"));
        assertTrue(browser.getCurrentUrl().contains("/staff/banners.xhtml"));

        List<String> afterSave = homeBanners();
        assertEquals(before + 1, afterSave.size());
        assertEquals(TITLE, afterSave.get(afterSave.size() - 1), "a new banner comes last");

        browser.get(Portal.BASE_URL + "/staff/banners.xhtml");
        long id = Cards.number("select id from banner where title = ?", TITLE);
        // Up, one place at a time, until it is first of all banners (some may not be shown today).
        int moves = 0;
        while (!browser.findElements(By.cssSelector("tr[data-banner='" + id + "'] .banner-up")).isEmpty()) {
            StaffBrowser.submit(browser, browser.findElement(By.cssSelector("tr[data-banner='" + id + "'] .banner-up")));
            moves++;
        }
        assertEquals(String.valueOf(id), browser.findElement(By.cssSelector("tr.staff-banner")).getAttribute("data-banner"));
        Portal.screenshot(browser, "staff-banners");
        List<String> home = homeBanners();
        assertEquals(TITLE, home.get(0), "moved first: " + home);
        Portal.screenshot(browser, "home-with-new-banner");
        assertTrue(moves > 0, "a new banner is not first");
        assertEquals(changes + 1 + moves, Esia.audited("BANNER_CHANGED", "SUCCESS", "test.banners"), "saved, then each move");

        browser.get(Portal.BASE_URL + "/staff/banners.xhtml");
        StaffBrowser.submitConfirmed(browser, browser.findElement(By.cssSelector("tr[data-banner='" + id + "'] .banner-delete")));
        assertEquals(before, homeBanners().size());
    }

    @Test
    void aScriptLinkAndAReversedPeriodAreRefused() throws Exception {
        browser.get(Portal.BASE_URL + "/staff/banner.xhtml");
        fill("title", TITLE);
        fill("body", "Текст");
        fill("linkUrl", "javascript:alert(document.cookie)");
        fill("shownFrom_input", "10.12.2026");
        fill("shownUntil_input", "01.12.2026");
        StaffBrowser.submit(browser, By.id("bannerForm:preview"));
        assertTrue(browser.findElements(By.cssSelector("#bannerPreview a")).isEmpty(), "no script link even in the preview");
        StaffBrowser.submit(browser, By.id("bannerForm:save"));
        String page = browser.findElement(By.tagName("main")).getText();
        assertTrue(page.contains("начинающийся с https://"), page);
        assertTrue(page.contains("не может быть раньше первого"), page);
        assertEquals(0, Cards.number("select count(*) from banner where title = ?", TITLE));
    }
}
