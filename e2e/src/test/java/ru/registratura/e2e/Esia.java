package ru.registratura.e2e;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The ESIA emulator beside the test domain: its fault modes, its login form, and the audit trail. */
final class Esia {

    /** The emulator: beside the portal, or on a cluster's administration server ({@code it.esia.url}). */
    static final String BASE_URL = System.getProperty("it.esia.url", Portal.BASE_URL + "/esia-emulator");
    static final String PASSWORD = "Test1234";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Esia() {
    }

    /** Sets the emulator's fault modes (admin endpoint); {@code faults("")} switches them all off. */
    static void faults(String form) throws Exception {
        HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(BASE_URL + "/admin"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 302) {
            throw new IllegalStateException("The emulator's admin endpoint answered " + response.statusCode());
        }
    }

    static void reset() throws Exception {
        faults("maintenance=false&delayMillis=0&tokenFault=NONE");
    }

    /** Withdraws every consent: the next login shows the consent screen. */
    static void clearConsents() throws Exception {
        faults("maintenance=false&delayMillis=0&tokenFault=NONE&clearConsents=true");
    }

    /** On the emulator's login page: types the login and the password and presses «Войти». */
    static void logIn(WebDriver browser, String login) {
        browser.findElement(By.id("login")).sendKeys(login);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        press(browser, "loginButton");
    }

    /** Clicks the element with this id and waits until the next page has replaced the current one. */
    static void press(WebDriver browser, String id) {
        WebElement element = browser.findElement(By.id(id));
        element.click();
        // The old element is gone once asking about it fails. During the navigation Chromium answers either
        // "stale element" or "node does not belong to the document": both mean the next page is coming.
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
    }

    /**
     * Logs in on the emulator's page and, if ESIA shows its consent screen (it does when the consent was
     * withdrawn or never given), grants it. Waits for either page before looking: a click returns before the
     * next page is there.
     */
    static void logInAndConsent(WebDriver browser, String login) {
        logIn(browser, login);
        consentIfAsked(browser);
    }

    /**
     * After the login form (or with ESIA's own session, at once): grants the consent if ESIA asks for it, and waits
     * until the browser has left the emulator.
     */
    static void consentIfAsked(WebDriver browser) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d ->
                !d.findElements(By.id("grant")).isEmpty() || !d.getCurrentUrl().contains("/esia-emulator/"));
        if (!browser.findElements(By.id("grant")).isEmpty()) {
            press(browser, "grant");
        }
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d ->
                !d.getCurrentUrl().contains("/esia-emulator/"));
    }

    static String form(String... pairs) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            if (!form.isEmpty()) {
                form.append('&');
            }
            form.append(pairs[i]).append('=').append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return form.toString();
    }

    /** How many audit events of a login with this outcome (and, if given, this ESIA oid) there are. */
    static int audited(String action, String outcome, String subject) throws Exception {
        try (Connection c = DriverManager.getConnection(System.getProperty("it.db.url",
                        "jdbc:postgresql://127.0.0.1:5432/registratura_test"), System.getProperty("it.db.user", "postgres"),
                System.getenv().getOrDefault("REGISTRATURA_TEST_DB_PASSWORD", "postgres"));
             PreparedStatement s = c.prepareStatement("select count(*) from audit_event where action = ? and outcome = ?"
                     + (subject == null ? "" : " and subject = ?"))) {
            s.setString(1, action);
            s.setString(2, outcome);
            if (subject != null) {
                s.setString(3, subject);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}
