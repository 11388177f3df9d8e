package ru.registratura.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.events.EventFiringDecorator;

/** Debian's headless Chromium against the test domain; screenshots go to target/screenshots. */
final class Portal {

    static final String BASE_URL = "http://localhost:" + System.getProperty("it.http.port", "28080");
    /** The database the domain under test runs on ({@code h2} or {@code postgresql}), for screenshots' names. */
    static final String DATABASE = System.getProperty("it.db", "postgresql");

    private Portal() {
    }

    static WebDriver browser() {
        return browser(1280, 1400);
    }

    /** A browser whose window is this wide and high (375 wide: a phone's). */
    static WebDriver browser(int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=" + Math.max(width, 500) + "," + height, "--lang=ru-RU");
        if (width < 500) {
            // Chromium's window is at least 500 px wide: a phone's screen is its device emulation.
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                    Map.of("width", width, "height", height, "pixelRatio", 2.0, "touch", false)));
        }
        // The browser's console, so that a test can see what the pages' Content-Security-Policy refused.
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        // axe-core checks every kind of page this browser opens (Accessibility).
        return new EventFiringDecorator<WebDriver>(new Accessibility()).decorate(driver);
    }

    /** What the pages' Content-Security-Policy refused since the last call (the browser console's reports). */
    static List<String> refusedByPolicy(WebDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy")).toList();
    }

    static void screenshot(WebDriver driver, String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
