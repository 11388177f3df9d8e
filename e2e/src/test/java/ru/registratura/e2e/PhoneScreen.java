package ru.registratura.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The registry's phone screen (staff/phone.xhtml) as its browser tests drive it: the search box, a suggestion, a
 * time of the board and its confirmation, an appointment's cancellation. Counts the operator's interactions: a page
 * opened, a text typed, a click.
 */
final class PhoneScreen {

    private final WebDriver browser;
    private int interactions;

    PhoneScreen(WebDriver browser) {
        this.browser = browser;
    }

    int interactions() {
        return interactions;
    }

    PhoneScreen open() {
        browser.get(Portal.BASE_URL + "/staff/phone.xhtml");
        interactions++;
        return this;
    }

    WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    /** Waits until PrimeFaces has no ajax request under way. */
    void settled() {
        waiting().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty() && document.readyState === 'complete';")));
    }

    String main() {
        return browser.findElement(By.tagName("main")).getText();
    }

    /** Types into the search box and waits for its answer: the hint under it (how many found, or why nobody). */
    String suggest(String text) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById('phone:searchHint').textContent = '';");
        WebElement box = browser.findElement(By.id("phone:who_input"));
        box.clear();
        box.sendKeys(text);
        interactions++;
        waiting().until(d -> !d.findElement(By.id("phone:searchHint")).getText().isBlank());
        settled();
        return browser.findElement(By.id("phone:searchHint")).getText();
    }

    /** Clicks the suggestion with this name and waits for the patient's panel. */
    void choose(String name) {
        WebElement panel = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("phone:who_panel")));
        WebElement item = waiting().until(d -> panel.findElements(By.cssSelector(".ui-autocomplete-item")).stream()
                .filter(i -> i.getText().contains(name)).findFirst().orElse(null));
        item.click();
        interactions++;
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("patientName")));
        settled();
    }

    /**
     * A free time of the board's rows matching the selector on a day after today (a time minutes away could pass
     * meanwhile), going a week on when this one has none.
     */
    WebElement aTimeAfterToday(String rowSelector) {
        String today = LocalDate.now(Journey.REGION).toString();
        for (int week = 0; week < 3; week++) {
            for (WebElement time : browser.findElements(By.cssSelector(rowSelector + " .board-time"))) {
                if (time.getAttribute("data-day").compareTo(today) > 0) {
                    return time;
                }
            }
            click(By.id("phone:nextWeek"));
        }
        throw new AssertionError("No free time on the board in three weeks: " + main());
    }

    void click(By by) {
        browser.findElement(by).click();
        interactions++;
        settled();
    }

    /** Picks a time and confirms it in the dialog; returns what the confirmation asked. */
    String book(WebElement time) {
        time.click();
        interactions++;
        String asked = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmText"))).getText();
        click(By.id("phone:confirmBook"));
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("phone:confirmTime")));
        return asked;
    }

    /** The number of the ticket shown. */
    String ticketNumber() {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ticketNumber"))).getText().trim();
    }

    /** «Перенести» an appointment of the list: the board then books its new time. */
    void move(String appointment) {
        click(By.cssSelector("tr[data-appointment='" + appointment + "'] .appointment-move"));
    }

    /** «Отменить» an appointment of the list, and «Да» in the question that follows. */
    void cancel(String appointment) {
        browser.findElement(By.cssSelector("tr[data-appointment='" + appointment + "'] .appointment-cancel")).click();
        WebElement yes = waiting().until(ExpectedConditions.elementToBeClickable(By.id("phone:confirmYes")));
        assertTrue(browser.findElement(By.cssSelector(".ui-confirm-dialog")).getText().contains("Отменить"),
                "the cancellation asks first");
        yes.click();
        settled();
        waiting().until(d -> main().contains("Запись отменена"));
    }
}
