package ru.registratura.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A patient's way in through ESIA (the emulator), in Chromium: consent at the first login and not at the
 * second, refusal, account levels, ESIA's maintenance, logout through ESIA, and the session's end one
 * (test setting: PT1M) after the login.
 */
class EsiaLoginIT {

    private static final String IVANOVA_OID = "1000300001";

    private WebDriver browser;

    @BeforeEach
    void open() throws Exception {
        Esia.reset();
        browser = Portal.browser();
    }

    @AfterEach
    void close() throws Exception {
        browser.quit();
        Esia.reset();
    }

    private void startLogin() {
        browser.get(Portal.BASE_URL + "/cabinet/login.xhtml");
        Esia.press(browser, "esiaLogin");
    }

    private String main() {
        return browser.findElement(By.tagName("main")).getText();
    }

    private void assertNoCabinet() {
        browser.get(Portal.BASE_URL + "/cabinet/index.xhtml");
        assertTrue(browser.getCurrentUrl().contains("/cabinet/login.xhtml"), browser.getCurrentUrl());
        assertTrue(browser.findElements(By.id("userName")).isEmpty());
    }

    @Test
    void firstLoginAsksForConsentThenOpensTheCabinetWithANewSessionId() throws Exception {
        Esia.clearConsents();
        int successes = Esia.audited("PATIENT_LOGIN", "SUCCESS", IVANOVA_OID);
        startLogin();
        assertTrue(main().contains("Телефон, почта или СНИЛС"));
        assertTrue(main().contains("Я не знаю пароль"));
        Cookie before = browser.manage().getCookieNamed("JSESSIONID");
        assertNotNull(before, "pac4j keeps the state in the portal's session before the redirect");
        Portal.screenshot(browser, "esia-1-login");

        Esia.logIn(browser, "ivanova@example.ru");
        assertTrue(main().contains("Предоставление прав доступа"));
        assertTrue(main().contains("Просмотр вашего СНИЛС"));
        assertTrue(main().contains("Просмотр данных полиса обязательного медицинского страхования (ОМС) ребенка"));
        Portal.screenshot(browser, "esia-2-consent");
        Esia.press(browser, "grant");

        assertTrue(browser.getCurrentUrl().endsWith("/cabinet/index.xhtml"), browser.getCurrentUrl());
        assertEquals("ИВАНОВА М.", browser.findElement(By.id("userName")).getText());
        assertTrue(browser.findElement(By.id("greeting")).getText().contains("Мария Петровна"));
        assertFalse(browser.findElements(By.cssSelector(".banner")).isEmpty(), "the banners are shown");
        Portal.screenshot(browser, "esia-3-cabinet");
        Cookie after = browser.manage().getCookieNamed("JSESSIONID");
        assertNotEquals(before.getValue(), after.getValue(), "the session id changes at login");
        assertTrue(after.isHttpOnly());

        browser.findElement(By.id("userName")).click();
        Esia.press(browser, "profileLink");
        assertEquals("Иванова Мария Петровна", browser.findElement(By.id("profileName")).getText());
        assertEquals("112-233-445 95", browser.findElement(By.id("profileSnils")).getText());
        assertEquals("3850100000123458", browser.findElement(By.id("profilePolicy")).getText());
        String children = browser.findElement(By.id("children")).getText();
        assertTrue(children.contains("Иванов Артём Сергеевич") && children.contains("3850100000234560"));
        assertTrue(children.contains("Иванова Полина Сергеевна") && children.contains("Нет данных о полисе"));
        Portal.screenshot(browser, "esia-4-profile");
        assertEquals(successes + 1, Esia.audited("PATIENT_LOGIN", "SUCCESS", IVANOVA_OID));
    }

    @Test
    void logoutEndsBothSessionsAndTheSecondLoginAsksNoConsent() throws Exception {
        startLogin();
        Esia.logInAndConsent(browser, "+7(914)1000002");
        assertEquals("ПЕТРОВ Н.", browser.findElement(By.id("userName")).getText());

        browser.findElement(By.id("userName")).click();
        Portal.screenshot(browser, "esia-5-user-menu");
        Esia.press(browser, "logoutButton");
        assertEquals(Portal.BASE_URL + "/", browser.getCurrentUrl(), "ESIA's logout returns to the home page");
        assertTrue(browser.findElements(By.id("userName")).isEmpty());
        assertNoCabinet();

        // The ESIA session ended too: the password is asked again, but the consent is remembered.
        startLogin();
        assertTrue(main().contains("Телефон, почта или СНИЛС"));
        Esia.logIn(browser, "190-123-456 36");
        assertTrue(browser.getCurrentUrl().endsWith("/cabinet/index.xhtml"), "no consent screen: " + browser.getCurrentUrl());
        assertEquals("ПЕТРОВ Н.", browser.findElement(By.id("userName")).getText());
        browser.get(Portal.BASE_URL + "/cabinet/profile.xhtml");
        assertEquals("ИРК 0045678912", browser.findElement(By.id("profilePolicy")).getText(), "an old-format policy");
    }

    @Test
    void refusingConsentExplainsWhyAndOffersToTryAgain() throws Exception {
        Esia.clearConsents();
        int refusals = Esia.audited("PATIENT_LOGIN", "CONSENT_REFUSED", null);
        startLogin();
        Esia.logIn(browser, "smirnov@example.ru");
        Esia.press(browser, "deny");

        assertTrue(browser.getCurrentUrl().contains("/login/refused.xhtml"));
        assertTrue(browser.findElement(By.id("consentRefused")).getText().contains("Без согласия"));
        Portal.screenshot(browser, "esia-6-refused");
        assertEquals(refusals + 1, Esia.audited("PATIENT_LOGIN", "CONSENT_REFUSED", null));
        assertNoCabinet();

        browser.get(Portal.BASE_URL + "/login/refused.xhtml");
        Esia.press(browser, "retryLogin");
        // Still logged in at ESIA: straight to the consent screen again.
        assertTrue(main().contains("Предоставление прав доступа"));
        Esia.press(browser, "grant");
        assertEquals("СМИРНОВ Д.", browser.findElement(By.id("userName")).getText());
    }

    @Test
    void aSimplifiedAccountIsRefusedWithTheWayToUpgrade() throws Exception {
        int refused = Esia.audited("PATIENT_LOGIN", "ACCOUNT_LEVEL_SIMPLIFIED", "1000300004");
        startLogin();
        Esia.logInAndConsent(browser, "kuznetsova@example.ru");
        assertTrue(browser.getCurrentUrl().contains("/login/account-level.xhtml"), browser.getCurrentUrl());
        assertTrue(main().contains("Упрощённой учётной записи недостаточно"));
        assertTrue(browser.findElement(By.id("stepStandard")).getText().contains("паспортные данные и СНИЛС"));
        Portal.screenshot(browser, "esia-7-simplified");
        assertEquals(refused + 1, Esia.audited("PATIENT_LOGIN", "ACCOUNT_LEVEL_SIMPLIFIED", "1000300004"));
        assertNoCabinet();
    }

    @Test
    void aStandardAccountIsAdmittedWhereTheRegionAllowsIt() throws Exception {
        // The test domain keeps the default registratura.esia.allow-standard-accounts=true.
        startLogin();
        Esia.logInAndConsent(browser, "sidorov@example.ru");
        assertEquals("СИДОРОВ А.", browser.findElement(By.id("userName")).getText());
        assertEquals("Стандартная учётная запись Госуслуг", browser.findElement(By.id("accountLevel")).getText());
    }

    @Test
    void esiaInMaintenanceOrNotAnsweringIsExplained() throws Exception {
        Esia.faults("maintenance=true");
        startLogin();
        assertTrue(browser.findElement(By.id("maintenance")).getText().contains("Ведутся технические работы"));
        Portal.screenshot(browser, "esia-8-maintenance");

        // The login page works again, but the token endpoint answers 503.
        Esia.faults("tokenFault=UNAVAILABLE");
        startLogin();
        Esia.logInAndConsent(browser, "petrov@example.ru");
        assertTrue(browser.getCurrentUrl().contains("/login/unavailable.xhtml"), browser.getCurrentUrl());
        assertEquals("Сервис Госуслуг временно недоступен, повторите попытку позже.",
                browser.findElement(By.id("esiaUnavailable")).getText());
        Portal.screenshot(browser, "esia-9-unavailable");
        assertNoCabinet();
    }

    @Test
    void aSlowEsiaCountsAsUnavailable() throws Exception {
        Esia.clearConsents();
        startLogin();
        Esia.logIn(browser, "petrov@example.ru");
        // From the consent on, every ESIA answer takes 5 s: longer than the test domain's 3 s read timeout.
        Esia.faults("delayMillis=5000");
        Esia.press(browser, "grant");
        assertTrue(browser.getCurrentUrl().contains("/login/unavailable.xhtml"), browser.getCurrentUrl());
    }

    @Test
    void theSessionEndsItsMaximumAgeAfterTheLogin() throws Exception {
        int expired = Esia.audited("PATIENT_SESSION_EXPIRED", "SUCCESS", "1000300006");
        startLogin();
        Esia.logInAndConsent(browser, "vasilyeva@example.ru");
        assertEquals("ВАСИЛЬЕВА А.", browser.findElement(By.id("userName")).getText());
        browser.get(Portal.BASE_URL + "/cabinet/profile.xhtml");
        assertEquals("000-000-600 06", browser.findElement(By.id("profileSnils")).getText(), "a low test SNILS is taken as is");

        // The test domain's registratura.session.max-age is PT1M; activity does not extend it.
        long deadline = System.nanoTime() + Duration.ofSeconds(62).toNanos();
        while (System.nanoTime() < deadline) {
            Thread.sleep(10_000);
            browser.navigate().refresh();
        }
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.urlContains("/cabinet/login.xhtml"));
        assertTrue(browser.findElement(By.id("loginReason")).getText().contains("истекло время"));
        assertTrue(browser.findElements(By.id("userName")).isEmpty());
        Portal.screenshot(browser, "esia-10-session-expired");
        assertEquals(expired + 1, Esia.audited("PATIENT_SESSION_EXPIRED", "SUCCESS", "1000300006"));
    }
}
