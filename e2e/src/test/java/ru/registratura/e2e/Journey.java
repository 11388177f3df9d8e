package ru.registratura.e2e;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the journey tests do through the pages alone: they never read or write the database, so that the same
 * classes run on the default H2 domain of {@code ./registratura run} and on the PostgreSQL test domain
 * ({@code it.db} names which, for the screenshots). The patient's session is logged in again whenever a page
 * answers with the login page (the test domain's sessions last a minute).
 */
final class Journey {

    /** The region's time zone, as the domain was configured (the launcher's REGISTRATURA_REGION_ZONE). */
    static final ZoneId REGION = ZoneId.of(System.getProperty("it.zone", "Asia/Irkutsk"));

    private final WebDriver browser;
    private String patientLogin;

    Journey(WebDriver browser) {
        this.browser = browser;
    }

    void logInAsPatient(String login) {
        patientLogin = login;
        toEsia();
        Esia.logInAndConsent(browser, login);
        inCabinet("after the login");
    }

    /** The portal's login page and its «Войти через Госуслуги». */
    private void toEsia() {
        browser.get(Portal.BASE_URL + "/cabinet/login.xhtml");
        Esia.press(browser, "esiaLogin");
    }

    private void inCabinet(String when) {
        if (!browser.getCurrentUrl().endsWith("/cabinet/index.xhtml")) {
            throw new AssertionError("Not in the cabinet " + when + ": " + browser.getCurrentUrl() + "\n" + main());
        }
    }

    /** Opens a page of the portal; logs the patient in again first if the session has ended. */
    void go(String path) {
        browser.get(Portal.BASE_URL + path);
        if (patientLogin != null && browser.getCurrentUrl().contains("/cabinet/login.xhtml")) {
            logInAgain();
            browser.get(Portal.BASE_URL + path);
        }
    }

    /**
     * The same patient again after the portal's session ended. ESIA (and the emulator) may still hold its own session
     * of this browser and send it back with a code at once, without its login form: then there is nothing to type.
     */
    private void logInAgain() {
        toEsia();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> !d.findElements(By.id("login")).isEmpty()
                || !d.findElements(By.id("grant")).isEmpty() || d.getCurrentUrl().endsWith("/cabinet/index.xhtml"));
        if (!browser.findElements(By.id("login")).isEmpty()) {
            Esia.logIn(browser, patientLogin);
        }
        Esia.consentIfAsked(browser);
        inCabinet("after logging in again");
    }

    /**
     * Cancels every upcoming appointment of every card of the patient and deletes the cards, relatives first,
     * through the pages («Отменить запись», «Удалить»).
     */
    void emptyCardFile() {
        for (int round = 0; round < 10; round++) {
            go("/cabinet/cards.xhtml");
            List<WebElement> rows = browser.findElements(By.cssSelector("#cards tbody tr[data-card]"));
            if (rows.isEmpty()) {
                return;
            }
            String card = rows.get(rows.size() - 1).getAttribute("data-card");
            go("/cabinet/card.xhtml?card=" + card + "&tab=appointments");
            List<WebElement> cancels = browser.findElements(By.cssSelector("#appointments a[id^='cancel-']"));
            while (!cancels.isEmpty()) {
                Esia.press(browser, cancels.get(0).getAttribute("id"));
                Esia.press(browser, "cancelForm:confirmCancel");
                go("/cabinet/card.xhtml?card=" + card + "&tab=appointments");
                cancels = browser.findElements(By.cssSelector("#appointments a[id^='cancel-']"));
            }
            go("/cabinet/card-delete.xhtml?card=" + card);
            Esia.press(browser, "deleteForm:confirmDelete");
        }
        throw new AssertionError("The card file could not be emptied: " + main());
    }

    /**
     * Empties the patient's card file in a browser of its own, logged in afresh: for a test whose own browser's
     * session may have ended (a minute on the test domain) or belongs to another journey.
     */
    static void emptyCardFileOf(String login) {
        WebDriver cleanup = Portal.browser();
        try {
            Journey cards = new Journey(cleanup);
            cards.logInAsPatient(login);
            cards.emptyCardFile();
        } finally {
            cleanup.quit();
        }
    }

    /**
     * Presses the card file's ESIA button ({@code esiaSelf}), saves the prefilled form, gives the consent, and
     * returns the new card's id from the list.
     */
    long addFromEsia(String button, String fullName) {
        go("/cabinet/cards.xhtml");
        Esia.press(browser, button);
        Esia.press(browser, "cardForm:submit");
        Esia.press(browser, "consentForm:agree");
        if (!text("messages").contains("Карточка успешно добавлена")) {
            throw new AssertionError("The card was not added: " + main());
        }
        return cardIdOf(fullName);
    }

    /** The id of the card of the list whose row names this person. */
    long cardIdOf(String fullName) {
        go("/cabinet/cards.xhtml");
        return browser.findElements(By.cssSelector("#cards tbody tr[data-card]")).stream()
                .filter(row -> row.getText().contains(fullName)).findFirst()
                .map(row -> Long.parseLong(row.getAttribute("data-card")))
                .orElseThrow(() -> new AssertionError("No card of " + fullName + ": " + main()));
    }

    /** Opens the card and reloads it until its attachment search has finished; returns the search's status. */
    String attachmentStatus(long card) {
        go("/cabinet/card.xhtml?card=" + card);
        return awaitAttachmentStatus(browser);
    }

    /** On a card's page: reloads it until the attachment search has finished; returns the search's status. */
    static String awaitAttachmentStatus(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(500)).until(d -> {
            String status = d.findElement(By.id("attachment")).getAttribute("data-status");
            if ("PENDING".equals(status)) {
                d.navigate().refresh();
                return null;
            }
            return status;
        });
    }

    void chooseSpecialty(String name) {
        WebElement link = browser.findElements(By.cssSelector("#specialties a")).stream()
                .filter(a -> name.equals(a.getAttribute("data-name"))).findFirst()
                .orElseThrow(() -> new AssertionError("No specialty " + name + ": " + main()));
        Esia.press(browser, link.getAttribute("id"));
    }

    /**
     * Picks a day of the calendar and a time at least an hour ahead in the region (a time minutes away could
     * have passed by the confirmation): the first day after today that has free time, else today's last time.
     * Returns the time (HH:mm) as shown.
     */
    String chooseDayAndTime() {
        ZonedDateTime now = ZonedDateTime.now(REGION);
        String today = "day-" + now.toLocalDate();
        List<WebElement> days = new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> {
            List<WebElement> links = d.findElements(By.cssSelector("#calendar a"));
            return links.isEmpty() ? null : links;
        });
        WebElement day = days.stream().filter(a -> a.getAttribute("id").compareTo(today) > 0).findFirst().orElse(days.get(0));
        boolean isToday = day.getAttribute("id").equals(today);
        Esia.press(browser, day.getAttribute("id"));
        List<WebElement> times = browser.findElements(By.cssSelector("#times a"));
        WebElement time = times.get(0);
        if (isToday) {
            time = times.get(times.size() - 1);
            LocalTime shown = LocalTime.parse(time.getText());
            if (shown.isBefore(now.toLocalTime().plusHours(1))) {
                throw new AssertionError("No time an hour ahead today and no later day: " + main());
            }
        }
        String shown = time.getText();
        Esia.press(browser, time.getAttribute("id"));
        return shown;
    }

    /** Picks the last day with free time of the calendar and its last time; returns the time (HH:mm) as shown. */
    String chooseLastDayAndTime() {
        List<WebElement> days = new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> {
            List<WebElement> links = d.findElements(By.cssSelector("#calendar a"));
            return links.isEmpty() ? null : links;
        });
        Esia.press(browser, days.get(days.size() - 1).getAttribute("id"));
        List<WebElement> times = browser.findElements(By.cssSelector("#times a"));
        WebElement time = times.get(times.size() - 1);
        String shown = time.getText();
        Esia.press(browser, time.getAttribute("id"));
        return shown;
    }

    /** Opens «Лист ожидания» until the request shows the status (the queue runs in the background); returns its id. */
    String waitForRequest(String status) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            go("/cabinet/waitlist.xhtml");
            List<WebElement> found = browser.findElements(By.cssSelector("#requests li[data-status='" + status + "']"));
            if (!found.isEmpty()) {
                return found.get(0).getAttribute("id").replace("request-", "");
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("No request " + status + " within 30 s: " + main());
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    String value(String id) {
        return browser.findElement(By.id(id)).getAttribute("value");
    }

    String main() {
        List<WebElement> main = browser.findElements(By.tagName("main"));
        return main.isEmpty() ? browser.getPageSource() : main.get(0).getText();
    }

    /** A screenshot named by the database the domain runs on: {@code journey-<it.db>-<name>.png}. */
    void screenshot(String name) throws IOException {
        Portal.screenshot(browser, "journey-" + Portal.DATABASE + "-" + name);
    }
}
