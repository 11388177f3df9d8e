package ru.registratura.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A portal everyone can use, through the pages only (so that it runs on the default H2 domain as on PostgreSQL):
 * the version for the visually impaired, switched on in the header and kept from page to page without a session;
 * and a child's appointment booked from the home page with the keyboard alone on a phone's 375 px wide screen,
 * every stop of the focus visible, no page wider than the screen. axe-core checks every page on the way
 * ({@link Accessibility}). Screenshots {@code vision-*.png} and {@code journey-<database>-mobile-*.png}.
 */
class AccessibilityJourneyIT {

    private static final int PHONE_WIDTH = 375;

    private WebDriver browser;
    private Journey journey;
    private boolean cardsMade;

    @AfterEach
    void close() {
        try {
            assertEquals(List.of(), Portal.refusedByPolicy(browser), "refused by Content-Security-Policy");
        } finally {
            browser.quit();
        }
        if (cardsMade) {
            Journey.emptyCardFileOf("ivanova@example.ru");
        }
    }

    @Test
    void theVersionForTheVisuallyImpairedIsSwitchedOnInTheHeaderAndKeptFromPageToPage() throws Exception {
        browser = Portal.browser();
        browser.get(Portal.BASE_URL + "/");
        assertEquals("", rootClasses(), "the usual version");
        Esia.press(browser, "visionOn");
        assertEquals("vision vision--font1 vision--white", rootClasses());
        assertTrue(browser.findElement(By.id("visionPanel")).isDisplayed());
        assertEquals("true", browser.findElement(By.id("vision-font1")).getAttribute("aria-current"));
        assertEquals("24px", fontSize(), "150 % of the usual 16 px");
        assertEquals("rgb(0, 0, 0)", style("body", "color"));
        assertEquals("rgb(255, 255, 255)", style("body", "background-color"));
        Portal.screenshot(browser, "vision-1-font1-white");

        Esia.press(browser, "vision-font3");
        assertEquals("40px", fontSize(), "250 %");
        Esia.press(browser, "vision-black");
        assertEquals("rgb(255, 255, 255)", style("body", "color"));
        assertEquals("rgb(0, 0, 0)", style("body", "background-color"));
        assertEquals("true", browser.findElement(By.id("vision-black")).getAttribute("aria-current"));
        Portal.screenshot(browser, "vision-2-font3-black");

        Esia.press(browser, "vision-font2");
        Esia.press(browser, "vision-blue");
        assertEquals("rgb(6, 52, 98)", style("body", "color"));
        assertEquals("rgb(157, 209, 255)", style("body", "background-color"));
        Esia.press(browser, "vision-noimages");
        assertEquals("vision vision--font2 vision--blue vision--noimages", rootClasses());
        Portal.screenshot(browser, "vision-3-font2-blue-noimages");

        // Kept from page to page with no session; the login pages (forms: they have a session) show it too.
        browser.get(Portal.BASE_URL + "/institutions.xhtml");
        assertEquals("vision vision--font2 vision--blue vision--noimages", rootClasses());
        assertTrue(browser.manage().getCookies().stream().noneMatch(c -> c.getName().equals("JSESSIONID")),
                "the version for the visually impaired takes no session");
        for (String page : List.of("/cabinet/login.xhtml", "/staff/login.xhtml")) {
            browser.get(Portal.BASE_URL + page);
            assertEquals("vision vision--font2 vision--blue vision--noimages", rootClasses(), page);
        }
        Portal.screenshot(browser, "vision-4-staff-login");

        Esia.press(browser, "visionOff");
        assertEquals("", rootClasses(), "back to the usual version");
        assertTrue(browser.findElements(By.id("visionPanel")).isEmpty());
        assertEquals("16px", fontSize());
        assertTrue(browser.getCurrentUrl().endsWith("/staff/login.xhtml"), "the same page: " + browser.getCurrentUrl());
    }

    @Test
    void aChildIsBookedFromTheHomePageWithTheKeyboardAloneOnAPhone() throws Exception {
        Esia.reset();
        // The card file, made with the mouse: the patient and her child from ESIA.
        WebDriver setup = Portal.browser();
        try {
            Journey cards = new Journey(setup);
            cards.logInAsPatient("ivanova@example.ru");
            cards.emptyCardFile();
            cardsMade = true;
            cards.addFromEsia("esiaSelf", "Иванова Мария Петровна");
            cards.go("/cabinet/esia-children.xhtml");
            Esia.press(setup, "addChild0");
            Esia.press(setup, "cardForm:submit");
            Esia.press(setup, "consentForm:agree");
            assertTrue(cards.text("messages").contains("Карточка успешно добавлена"), cards.text("messages"));
        } finally {
            setup.quit();
        }

        browser = Portal.browser(PHONE_WIDTH, 812);
        journey = new Journey(browser);
        browser.get(Portal.BASE_URL + "/");
        assertEquals(PHONE_WIDTH, ((Number) script("return window.innerWidth;")).intValue(), "a phone's width");
        assertFitsTheScreen("the home page");
        Portal.screenshot(browser, "journey-" + Portal.DATABASE + "-mobile-1-home");

        WebElement first = tab();
        assertEquals("skipLink", first.getAttribute("id"), "the first stop is the skip link");
        assertTrue(first.isDisplayed(), "the skip link shows when focused");

        enter(tabTo("«Личный кабинет»", e -> "Личный кабинет".equals(e.getText())));
        enter(tabTo("«Войти через ЕСИА»", e -> "esiaLogin".equals(e.getAttribute("id"))));
        // The ESIA emulator's form, typed into.
        tabTo("the login field", e -> "login".equals(e.getAttribute("id")));
        new Actions(browser).sendKeys("ivanova@example.ru").perform();
        tabTo("the password field", e -> "password".equals(e.getAttribute("id")));
        new Actions(browser).sendKeys(Esia.PASSWORD).perform();
        enter(browser.switchTo().activeElement());
        if (browser.getCurrentUrl().contains("/esia-emulator/")) {
            enter(tabTo("«Предоставить»", e -> "grant".equals(e.getAttribute("id"))));
        }
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().endsWith("/cabinet/index.xhtml"));

        // The person menu: a details element, opened with Enter; the child is a button of its form.
        WebElement menu = tabTo("the person menu", e -> "userName".equals(e.getAttribute("id")));
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(d -> d.findElement(By.id("userMenu")).getAttribute("open") != null);
        assertEquals("userName", menu.getAttribute("id"));
        assertFitsTheScreen("the open person menu");
        Accessibility.check(browser, "person menu open");
        Portal.screenshot(browser, "journey-" + Portal.DATABASE + "-mobile-2-person-menu");
        enter(tabTo("the child in the person menu", e -> e.getText().startsWith("ИВАНОВ А.")));
        assertEquals("Вы действуете за: ИВАНОВ А.", journey.text("actingFor"));

        enter(tabTo("«Записаться на приём»", e -> "tabBook".equals(e.getAttribute("id"))));
        enter(tabTo("«Педиатр участковый»", e -> "Педиатр участковый".equals(e.getAttribute("data-name"))));
        assertEquals("Павлова Юлия Андреевна", journey.text("doctorName"));
        Portal.screenshot(browser, "journey-" + Portal.DATABASE + "-mobile-3-wizard");
        assertFitsTheScreen("the wizard's calendar");
        String tomorrowOrLater = "day-" + LocalDate.now(Journey.REGION).plusDays(1);
        enter(tabTo("a day after today with free time", e -> e.getAttribute("id") != null
                && e.getAttribute("id").startsWith("day-") && e.getAttribute("id").compareTo(tomorrowOrLater) >= 0));
        enter(tabTo("a free time", e -> e.getAttribute("id") != null && e.getAttribute("id").startsWith("time-")));
        assertTrue(journey.text("confirmPerson").startsWith("Иванов Артём"), journey.text("confirmPerson"));
        enter(tabTo("«Записаться»", e -> "bookForm:book".equals(e.getAttribute("id"))));

        assertEquals("Записан", journey.text("ticketStatus"));
        assertEquals("Павлова Юлия Андреевна", journey.text("ticketDoctor"));
        assertTrue(journey.text("ticketPerson").startsWith("Иванов Артём"), journey.text("ticketPerson"));
        Accessibility.check(browser);
        assertFitsTheScreen("the ticket");
        Portal.screenshot(browser, "journey-" + Portal.DATABASE + "-mobile-4-ticket");
    }

    /** Presses Tab until the focused element is the one wanted (at most 80 times); each stop's focus is visible. */
    private WebElement tabTo(String what, Predicate<WebElement> wanted) {
        for (int i = 0; i < 80; i++) {
            WebElement focused = tab();
            if (wanted.test(focused)) {
                return focused;
            }
        }
        throw new AssertionError("80 presses of Tab did not reach " + what + " on " + browser.getCurrentUrl());
    }

    private WebElement tab() {
        new Actions(browser).sendKeys(Keys.TAB).perform();
        WebElement focused = browser.switchTo().activeElement();
        String url = browser.getCurrentUrl();
        // Past the page's last control the focus leaves the page (the body is active): nothing to see there.
        if (url.startsWith(Portal.BASE_URL) && !url.contains("/esia-emulator/") && !"body".equals(focused.getTagName())) {
            Object ring = ((JavascriptExecutor) browser).executeScript("const s = getComputedStyle(arguments[0]);"
                    + " return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;", focused);
            assertEquals(Boolean.TRUE, ring, "no visible focus on " + focused.getTagName() + " «"
                    + focused.getText() + "» (" + focused.getAttribute("id") + ") of " + url);
        }
        return focused;
    }

    /** Presses Enter on the focused element and waits until the next page has replaced it. */
    private void enter(WebElement focused) {
        Accessibility.check(browser);
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> {
            try {
                focused.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
    }

    private void assertFitsTheScreen(String page) {
        Number width = (Number) script("return document.documentElement.scrollWidth;");
        if (width.intValue() > PHONE_WIDTH) {
            Object wide = script("return Array.from(document.querySelectorAll('body *'))"
                    + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1"
                    + " || e.scrollWidth > Math.max(e.clientWidth, 1) + 1 && getComputedStyle(e).overflowX === 'visible')"
                    + ".slice(0, 8).map(e => e.tagName + '#' + e.id + '.' + e.className + ' '"
                    + " + Math.round(e.getBoundingClientRect().right)).join('; ');");
            throw new AssertionError(page + " is " + width + " px wide on a 375 px screen; wider: " + wide);
        }
    }

    private String rootClasses() {
        return String.valueOf(script("return document.documentElement.className;"));
    }

    private String fontSize() {
        return style("html", "font-size");
    }

    private String style(String selector, String property) {
        return String.valueOf(script("return getComputedStyle(document.querySelector(arguments[0]))"
                + ".getPropertyValue(arguments[1]);", selector, property));
    }

    private Object script(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }
}
