package ru.registratura.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A visitor's first look: home page with banners and institutions, the cabinet's login page, errors. */
class PublicPagesIT {

    private WebDriver browser;

    @BeforeEach
    void open() {
        browser = Portal.browser();
    }

    @AfterEach
    void close() {
        browser.quit();
    }

    @Test
    void homePageShowsHeaderBannersAndInstitutions() throws Exception {
        browser.get(Portal.BASE_URL + "/");
        Portal.screenshot(browser, "home");

        WebElement header = browser.findElement(By.cssSelector("header.portal-header"));
        assertTrue(header.getText().contains("Электронная регистратура"));
        assertTrue(header.getText().contains("Главная"));
        assertTrue(header.getText().contains("Личный кабинет"));
        String today = LocalDate.now(ZoneId.of("Asia/Irkutsk")).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        assertEquals(today, browser.findElement(By.cssSelector(".portal-date")).getText().trim(),
                "today's date in the region's zone");

        List<String> banners = browser.findElements(By.cssSelector(".banner__title")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("Запись к врачу на 14 дней вперёд", "Вакцинация против гриппа",
                "Диспансеризация взрослого населения"), banners, "the demo banners in their order");

        List<WebElement> institutions = browser.findElements(By.cssSelector(".institution"));
        assertTrue(institutions.size() >= 4, "the demo region's institutions");
        String children = institutions.stream().map(WebElement::getText)
                .filter(t -> t.contains("Иркутская городская детская поликлиника № 3")).findFirst().orElseThrow();
        assertTrue(children.contains("г. Иркутск, ул. Сурикова, д. 19"));
        assertTrue(children.contains("+7 (3952) 24-18-62"));
        assertTrue(children.contains("Филиал в мкр. Университетский"));
        assertTrue(children.contains("Обслуживает детское население"));
    }

    @Test
    void cabinetAsksForEsiaLogin() throws Exception {
        browser.get(Portal.BASE_URL + "/");
        browser.findElement(By.linkText("Личный кабинет")).click();
        assertEquals("Для доступа в личный кабинет необходима авторизация через портал государственных услуг",
                browser.findElement(By.id("esiaRequired")).getText());
        WebElement login = browser.findElement(By.linkText("Войти через ЕСИА"));
        Portal.screenshot(browser, "cabinet-login");
        login.click();
        // The button leads to ESIA (the emulator in tests): its login form.
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("Телефон, почта или СНИЛС"));
    }

    @Test
    void directoryPageListsInstitutionsWithDivisions() {
        browser.get(Portal.BASE_URL + "/");
        browser.findElement(By.cssSelector(".portal-nav")).findElement(By.linkText("Лечебные учреждения")).click();
        assertEquals("Лечебные учреждения", browser.findElement(By.cssSelector("h1")).getText());
        assertTrue(browser.findElements(By.cssSelector(".division")).size() >= 9);
    }

    @Test
    void unknownPageShowsAFriendlyPageWithAReferenceNumber() throws Exception {
        browser.get(Portal.BASE_URL + "/no-such-page.xhtml");
        Portal.screenshot(browser, "not-found");
        assertEquals("Страница не найдена", browser.findElement(By.cssSelector("h1")).getText());
        String reference = browser.findElement(By.id("errorReference")).getText();
        assertTrue(reference.matches("[0-9A-F]{8}"), reference);
        assertFalse(browser.getPageSource().contains("Exception"), "no stack trace");
    }

    @Test
    void englishCanBeChosenInTheFooter() {
        browser.get(Portal.BASE_URL + "/institutions.xhtml");
        browser.findElement(By.linkText("English")).click();
        assertTrue(headerSoonContains("Personal account"));
        assertTrue(browser.getCurrentUrl().endsWith("/institutions.xhtml"), "the same page: " + browser.getCurrentUrl());
        browser.get(Portal.BASE_URL + "/");
        assertTrue(headerSoonContains("Personal account"), "the choice is kept from page to page");
        browser.findElement(By.linkText("Русский")).click();
        assertTrue(headerSoonContains("Личный кабинет"));
        assertTrue(browser.manage().getCookies().stream().noneMatch(c -> c.getName().equals("JSESSIONID")),
                "choosing a language takes no session");
    }

    @Test
    void anAnonymousVisitorsPublicPagesCreateNoSessionHoldNoViewStateAndLoadNoPrimeFaces() throws Exception {
        for (String page : List.of("/", "/institutions.xhtml", "/?lang=en", "/institutions.xhtml?lang=ru",
                "/?vision=on", "/institutions.xhtml?vision=font2", "/institutions.xhtml?m=1", "/institution.xhtml?id=1",
                "/doctors.xhtml?s=6", "/doctor.xhtml?id=8", "/help/index.xhtml?q=%D0%B2%D0%BE%D0%B9%D1%82%D0%B8",
                "/help/article.xhtml?a=kak-voiti", "/legal.xhtml")) {
            HttpResponse<String> response = new HttpSession().get(Portal.BASE_URL + page);
            assertTrue(response.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                    page + " created a session: " + response.headers().allValues("Set-Cookie"));
            assertFalse(response.body().contains("jakarta.faces.ViewState"), page + " holds a view state");
            assertFalse(response.body().contains("ln=primefaces"), page + " loads a PrimeFaces resource");
        }
    }

    /**
     * The loading indicator, seen from inside the page: Chromium's driver answers no question while a page is
     * coming, so the page itself notes what its indicator showed (in its tab's session storage, which the next page
     * of the portal can read) and a screenshot, which the driver does take meanwhile, shows it.
     */
    @Test
    void aSlowPageShowsLoadingAndAPageThatDoesNotComeAsksToReload() throws Exception {
        browser.get(Portal.BASE_URL + "/");
        assertFalse(browser.findElement(By.id("pageLoading")).isDisplayed(), "no indicator on a page that came");
        // Three seconds for every answer: the next page is slow to come.
        HasCdp cdp = (HasCdp) browser;
        cdp.executeCdpCommand("Network.enable", Map.of());
        cdp.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 3000,
                "downloadThroughput", -1, "uploadThroughput", -1));
        clickAndNote(By.linkText("Лечебные учреждения"), null);
        Portal.screenshot(browser, "loading-1-slow");
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().endsWith("/institutions.xhtml"));
        assertEquals("Загрузка…", noted(), "shown while the next page was coming");
        assertFalse(browser.findElement(By.id("pageLoading")).isDisplayed(), "gone when the page came");

        // A page that does not come within the indicator's time (20 s; 1 s here) asks to reload.
        clickAndNote(By.linkText("Главная"), "1000");
        Thread.sleep(600);
        Portal.screenshot(browser, "loading-2-failed");
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().endsWith("/"));
        assertEquals("Страница не загрузилась. Проверьте подключение к интернету и обновите страницу. Обновить страницу",
                noted(), "the request to reload, with its button");
        cdp.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
    }

    /**
     * Clicks the link from a timer of the page (so that the driver returns at once) after the page has begun to note
     * its indicator's last shown text; {@code failAfter} shortens the indicator's time before asking to reload.
     */
    private void clickAndNote(By link, String failAfter) throws InterruptedException {
        ((JavascriptExecutor) browser).executeScript("""
                var box = document.getElementById('pageLoading');
                if (arguments[1]) { box.setAttribute('data-fail-after', arguments[1]); }
                sessionStorage.removeItem('loadingShown');
                setInterval(function () {
                    if (!box.hidden) {
                        sessionStorage.setItem('loadingShown', box.innerText.replace(/\\s+/g, ' ').trim());
                    }
                }, 50);
                var link = arguments[0];
                setTimeout(function () { link.click(); }, 50);""", browser.findElement(link), failAfter);
        Thread.sleep(800);
    }

    private String noted() {
        return String.valueOf(((JavascriptExecutor) browser).executeScript("return sessionStorage.getItem('loadingShown');"));
    }

    /** The click returns before the new page is there. */
    private boolean headerSoonContains(String text) {
        try {
            return new WebDriverWait(browser, Duration.ofSeconds(10))
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.cssSelector("header.portal-header")).getText().contains(text));
        } catch (TimeoutException e) {
            return false;
        }
    }
}
