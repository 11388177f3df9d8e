package ru.registratura.e2e;

import java.time.Duration;
import java.time.LocalDate;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the staff workspace's browser tests share: the staff login and a click that waits for the next page. */
final class StaffBrowser {

    private StaffBrowser() {
    }

    /**
     * Opens the staff login page and logs in, with the code of the second factor when the portal asks for it (what
     * follows depends on the answer: workspace or message).
     */
    static void logIn(WebDriver browser, String username, String password) {
        browser.get(Portal.BASE_URL + "/staff/login.xhtml");
        browser.findElement(By.id("loginForm:username")).sendKeys(username);
        browser.findElement(By.id("loginForm:password")).sendKeys(password);
        submit(browser, By.id("loginForm:signIn"));
        enterCodeIfAsked(browser, username);
    }

    /** On the page that asks for the second factor's code: types the user's next code and confirms. */
    static void enterCodeIfAsked(WebDriver browser, String username) {
        if (!browser.getCurrentUrl().contains("/staff/login-code.xhtml")) {
            return;
        }
        try {
            browser.findElement(By.id("codeForm:code")).sendKeys(Totp.next(username));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        submit(browser, By.id("codeForm:confirm"));
    }

    /**
     * Clicks and waits for the next page (a password's hash takes a moment to verify): until the old page's
     * root is gone, which Chromium reports either as a stale element or, in the middle of the navigation,
     * as a node that "does not belong to the document".
     */
    static void submit(WebDriver browser, WebElement button) {
        WebElement page = browser.findElement(By.tagName("html"));
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> {
            try {
                page.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                return String.valueOf(e.getMessage()).contains("does not belong to the document");
            }
        });
    }

    static void submit(WebDriver browser, By button) {
        submit(browser, browser.findElement(button));
    }

    /** Clicks a button that asks first (p:confirm), answers «Да» in the workspace's dialog, and waits for the next page. */
    static void submitConfirmed(WebDriver browser, WebElement button) {
        button.click();
        WebElement yes = new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")));
        submit(browser, yes);
    }

    static void submitConfirmed(WebDriver browser, By button) {
        submitConfirmed(browser, browser.findElement(button));
    }

    /**
     * Replaces a field's text as a user does (select all, delete, type): WebDriver's {@code clear()} does not reach
     * PrimeFaces' date picker, which keeps its date and puts it back.
     */
    static void retype(WebElement input, String value) {
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        if (value != null && !value.isEmpty()) {
            input.sendKeys(value);
        }
    }

    /** Waits until PrimeFaces' ajax queue is empty and no lazy table is loading (after a page, sort or filter). */
    static void settled(WebDriver browser) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return PrimeFaces.ajax.Queue.isEmpty() && !document.querySelector('.ui-datatable .ui-icon-loading, .ui-datatable-loading');")));
    }

    /** Chooses an option of a lazy table's column filter (a {@code p:selectOneMenu}) by its label, and waits. */
    static void filter(WebDriver browser, String menuId, String label) {
        // A click on an option while the panel still fades in can miss it; the menu's label then still shows the
        // old choice and no filtering starts. Choose again until the label shows the option (as a person would).
        By shown = By.id(menuId + "_label");
        for (int attempt = 1; !label.equals(browser.findElement(shown).getText().strip()); attempt++) {
            if (attempt > 3) {
                throw new AssertionError("The filter " + menuId + " did not take «" + label + "»; it shows «"
                        + browser.findElement(shown).getText() + "»");
            }
            settled(browser);
            browser.findElement(By.id(menuId)).click();
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("[id='" + menuId + "_items'] li[data-label='" + label + "']"))).click();
            try {
                new WebDriverWait(browser, Duration.ofSeconds(3)).until(d -> label.equals(d.findElement(shown).getText().strip()));
            } catch (TimeoutException missed) {
                // tried again above
            }
        }
        settled(browser);
    }

    /**
     * On the registry's booking page: the first doctor of the list with free time on a day after today (a time
     * minutes away could pass before the click), and that time's button.
     */
    static WebElement aTimeAfterToday(WebDriver browser) {
        String today = LocalDate.now(Journey.REGION).toString();
        int doctors = browser.findElements(By.cssSelector("#doctors a")).size();
        for (int i = 0; i < doctors; i++) {
            submit(browser, By.cssSelector("#doctors tbody tr:nth-child(" + (i + 1) + ") a"));
            for (WebElement time : browser.findElements(By.cssSelector(".time-grid__time"))) {
                if (time.getAttribute("data-day").compareTo(today) > 0) {
                    return time;
                }
            }
            submit(browser, By.id("otherDoctor"));
        }
        throw new AssertionError("No doctor of the institution has a free time after today");
    }

    /**
     * On the register page: hands the file to the uploader (it sends it at once, with its progress) and waits for the
     * import's progress page.
     */
    static void uploadRegister(WebDriver browser, java.nio.file.Path file) {
        sendRegister(browser, file);
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().contains("/staff/register-import.xhtml?id="));
    }

    /**
     * On the register page: hands the file to the uploader and waits until its answer is in (a refused file stays on
     * the page with the message why).
     */
    static void sendRegister(WebDriver browser, java.nio.file.Path file) {
        browser.get(Portal.BASE_URL + "/staff/register.xhtml");
        browser.findElement(By.id("uploadForm:file_input")).sendKeys(file.toAbsolutePath().toString());
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("/staff/register-import")
                || !d.findElements(By.cssSelector("#messages .notice--error, #messages li")).isEmpty());
    }
}
