package ru.registratura.e2e;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the staff workspace's browser tests share: the staff login and a click that waits for the next page. */
final class StaffBrowser {

    private StaffBrowser() {
    }

    /** Opens the staff login page and logs in (what follows depends on the answer: workspace or message). */
    static void logIn(WebDriver browser, String username, String password) {
        browser.get(Portal.BASE_URL + "/staff/login.xhtml");
        browser.findElement(By.id("loginForm:username")).sendKeys(username);
        browser.findElement(By.id("loginForm:password")).sendKeys(password);
        submit(browser, By.id("loginForm:signIn"));
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
}
