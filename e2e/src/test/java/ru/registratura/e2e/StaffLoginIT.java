package ru.registratura.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * Staff log in with user name and password on their own page: the workspace shows who they are; five wrong
 * passwords lock the account for fifteen minutes; a password change checks the old one and the new one's
 * strength; patients' and staff's sessions never reach each other's pages.
 */
class StaffLoginIT {

    private WebDriver browser;

    @BeforeEach
    void open() {
        browser = Portal.browser();
    }

    @AfterEach
    void close() {
        browser.quit();
    }

    private void logIn(String username, String password) {
        browser.findElement(By.id("loginForm:username")).clear();
        browser.findElement(By.id("loginForm:username")).sendKeys(username);
        browser.findElement(By.id("loginForm:password")).sendKeys(password);
        StaffBrowser.submit(browser, By.id("loginForm:signIn"));
        StaffBrowser.enterCodeIfAsked(browser, username);
    }

    private String messages() {
        return browser.findElement(By.id("messages")).getText();
    }

    @Test
    void aRegistrarLogsInFromTheFooterSeesTheWorkspaceAndLogsOut() throws Exception {
        Staff.create("test.registrar", "Тестова Анна Ивановна", "REGISTRAR", 1, 3);
        int logins = Esia.audited("STAFF_LOGIN", "SUCCESS", "test.registrar");
        browser.get(Portal.BASE_URL + "/");
        browser.findElement(By.id("staffLoginLink")).click();
        assertTrue(browser.getCurrentUrl().contains("/staff/login.xhtml"));
        Portal.screenshot(browser, "staff-login");

        logIn("  Test.Registrar ", Staff.PASSWORD);
        assertTrue(browser.getCurrentUrl().endsWith("/staff/index.xhtml"), browser.getCurrentUrl());
        assertEquals("Тестова Анна Ивановна", browser.findElement(By.id("staffName")).getText().trim());
        assertTrue(browser.findElement(By.id("staffRoles")).getText().contains("Регистратор"));
        String institutions = browser.findElement(By.id("staffInstitutions")).getText();
        assertTrue(institutions.contains("Поликлиника № 4") && institutions.contains("ГКБ № 8"), institutions);
        assertFalse(institutions.contains("Детская поликлиника № 3"), "only the registrar's own institutions");
        assertTrue(browser.findElements(By.linkText("Личный кабинет")).isEmpty(), "no patient's cabinet link for staff");
        Portal.screenshot(browser, "staff-workspace");
        assertEquals(logins + 1, Esia.audited("STAFF_LOGIN", "SUCCESS", "test.registrar"));

        browser.findElement(By.id("staffName")).click();
        StaffBrowser.submit(browser, By.id("staffLogoutButton"));
        assertTrue(browser.getCurrentUrl().contains("/staff/login.xhtml?reason=logout"), browser.getCurrentUrl());
        assertTrue(browser.findElement(By.id("loginReason")).getText().contains("Вы вышли"));
        browser.get(Portal.BASE_URL + "/staff/index.xhtml");
        assertTrue(browser.getCurrentUrl().contains("/staff/login.xhtml?reason=required"), "the session ended");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutes() throws Exception {
        Staff.create("test.lockout", "Блокова Вера", "REGISTRAR", 1);
        int lockouts = Esia.audited("STAFF_LOGIN", "LOCKED_OUT", "test.lockout");
        browser.get(Portal.BASE_URL + "/staff/login.xhtml");
        for (int i = 1; i <= 4; i++) {
            logIn("test.lockout", "wrong-password-" + i);
            assertTrue(messages().contains("Неверное имя пользователя или пароль"), messages());
        }
        assertEquals(4, Cards.number("select failed_attempts from staff_login_lock where username = 'test.lockout'"));
        logIn("test.lockout", "wrong-password-5");
        // Locked, but told as any refusal is: nobody learns that the name exists.
        assertTrue(messages().contains("Неверное имя пользователя или пароль"), messages());
        Portal.screenshot(browser, "staff-locked");

        double seconds = Double.parseDouble(Cards.string("select extract(epoch from locked_until - now()) from "
                + "staff_login_lock where username = 'test.lockout'"));
        assertTrue(seconds > 14 * 60 && seconds <= 15 * 60, "locked for 15 minutes, not " + seconds + " s");

        // Even the right password does not open a locked account, and the lock is not extended.
        logIn("test.lockout", Staff.PASSWORD);
        assertTrue(messages().contains("Неверное имя пользователя или пароль"), messages());
        assertTrue(browser.getCurrentUrl().contains("/staff/login.xhtml"));
        assertEquals(lockouts + 2, Esia.audited("STAFF_LOGIN", "LOCKED_OUT", "test.lockout"));

        // An unknown user name answers as a wrong password does, and locks nothing.
        logIn("nobody.here", "wrong-password");
        assertTrue(messages().contains("Неверное имя пользователя или пароль"), messages());
    }

    @Test
    void thePasswordChangeChecksTheOldOneAndTheNewOnesStrength() throws Exception {
        Staff.create("test.password", "Парольева Ирина", "ADMIN");
        int changes = Esia.audited("STAFF_PASSWORD_CHANGED", "SUCCESS", "test.password");
        browser.get(Portal.BASE_URL + "/staff/login.xhtml");
        logIn("test.password", Staff.PASSWORD);
        StaffBrowser.submit(browser, By.id("passwordLink"));

        changePassword("not-the-password-1", "short-1", "short-2");
        assertTrue(browser.findElement(By.id("passwordForm:current")).findElement(By.xpath(".."))
                .getText().contains("Текущий пароль введён неверно"));
        assertTrue(pageText().contains("не короче 12 символов"));
        assertTrue(pageText().contains("Пароли не совпадают"));
        Portal.screenshot(browser, "staff-password-refused");

        changePassword(Staff.PASSWORD, "my-test.password-1", "my-test.password-1");
        assertTrue(pageText().contains("не должен содержать имя пользователя"));

        changePassword(Staff.PASSWORD, "Байкал-2026-осень", "Байкал-2026-осень");
        assertTrue(browser.getCurrentUrl().endsWith("/staff/index.xhtml"), browser.getCurrentUrl());
        assertTrue(messages().contains("Пароль изменён"), messages());
        assertEquals(changes + 1, Esia.audited("STAFF_PASSWORD_CHANGED", "SUCCESS", "test.password"));

        browser.findElement(By.id("staffName")).click();
        StaffBrowser.submit(browser, By.id("staffLogoutButton"));
        logIn("test.password", Staff.PASSWORD);
        assertTrue(messages().contains("Неверное имя пользователя или пароль"), "the old password no longer works");
        logIn("test.password", "Байкал-2026-осень");
        assertTrue(browser.getCurrentUrl().endsWith("/staff/index.xhtml"), "the new one does");
    }

    @Test
    void anAdminSetsUpTheCodeLoginFirstThenLogsInWithCodesEachTakenOnce() throws Exception {
        long id = Staff.create("test.enrol", "Кодова Ольга", "ADMIN");
        Staff.execute("update staff_user set totp_secret = null, totp_enabled_at = null where username = 'test.enrol'");
        browser.get(Portal.BASE_URL + "/staff/login.xhtml");
        logIn("test.enrol", Staff.PASSWORD);
        // An admin without a second factor: setting it up comes before anything else.
        assertTrue(browser.getCurrentUrl().endsWith("/staff/second-factor.xhtml"), browser.getCurrentUrl());
        assertTrue(browser.findElement(By.id("mustSetUp")).getText().contains("только с кодом"));
        browser.get(Portal.BASE_URL + "/staff/users.xhtml");
        assertTrue(browser.getCurrentUrl().endsWith("/staff/second-factor.xhtml"), "no other page until it is set up");
        assertEquals(1, browser.findElements(By.cssSelector("svg.qr-code")).size(), "the QR code for the app");
        String secret = browser.findElement(By.id("secret")).getText().replace(" ", "");
        Portal.screenshot(browser, "staff-second-factor-set-up");

        int setUps = Esia.audited("STAFF_SECOND_FACTOR", "SUCCESS", "test.enrol");
        long step = Totp.step(Instant.now());
        browser.findElement(By.id("secondFactorForm:code")).sendKeys(Totp.code(secret, step - 10));
        StaffBrowser.submit(browser, By.id("secondFactorForm:enable"));
        assertTrue(pageText().contains("Код не подошёл"), pageText());
        assertEquals("none", Cards.string("select coalesce(totp_secret, 'none') from staff_user where id = ?", id));

        // The app's code proves the app holds the key (and the key on the page did not change with the refusal).
        browser.findElement(By.id("secondFactorForm:code")).sendKeys(Totp.code(secret, step));
        StaffBrowser.submit(browser, By.id("secondFactorForm:enable"));
        assertTrue(browser.getCurrentUrl().endsWith("/staff/index.xhtml"), browser.getCurrentUrl());
        assertTrue(messages().contains("Вход с кодом включён"), messages());
        assertEquals(secret, Cards.string("select totp_secret from staff_user where id = ?", id));
        assertEquals(setUps + 1, Esia.audited("STAFF_SECOND_FACTOR", "SUCCESS", "test.enrol"));

        // From now on the password alone opens nothing; a code is taken once.
        browser.findElement(By.id("staffName")).click();
        StaffBrowser.submit(browser, By.id("staffLogoutButton"));
        browser.findElement(By.id("loginForm:username")).sendKeys("test.enrol");
        browser.findElement(By.id("loginForm:password")).sendKeys(Staff.PASSWORD);
        StaffBrowser.submit(browser, By.id("loginForm:signIn"));
        assertTrue(browser.getCurrentUrl().endsWith("/staff/login-code.xhtml"), browser.getCurrentUrl());
        Portal.screenshot(browser, "staff-login-code");
        int wrongCodes = Esia.audited("STAFF_LOGIN", "BAD_CREDENTIALS", "test.enrol");
        browser.findElement(By.id("codeForm:code")).sendKeys(Totp.code(secret, step));
        StaffBrowser.submit(browser, By.id("codeForm:confirm"));
        assertTrue(pageText().contains("Код не подошёл"), "the set-up's code again: " + pageText());
        assertEquals(wrongCodes + 1, Esia.audited("STAFF_LOGIN", "BAD_CREDENTIALS", "test.enrol"));
        browser.findElement(By.id("codeForm:code")).sendKeys(Totp.code(secret, step + 1));
        StaffBrowser.submit(browser, By.id("codeForm:confirm"));
        assertTrue(browser.getCurrentUrl().endsWith("/staff/index.xhtml"), browser.getCurrentUrl());

        // A lost phone: an admin resets it, and the admin sets it up again at the next login.
        browser.findElement(By.id("staffName")).click();
        StaffBrowser.submit(browser, By.id("staffLogoutButton"));
        StaffBrowser.logIn(browser, "admin.demo", "Demo-Admin-2026");
        browser.get(Portal.BASE_URL + "/staff/user.xhtml?id=" + id);
        int resets = Esia.audited("STAFF_SECOND_FACTOR", "SUCCESS", "admin.demo");
        StaffBrowser.submit(browser, By.id("secondFactorForm:resetSecondFactor"));
        assertTrue(messages().contains("Вход с кодом сброшен"), messages());
        assertEquals("none", Cards.string("select coalesce(totp_secret, 'none') from staff_user where id = ?", id));
        assertEquals(resets + 1, Esia.audited("STAFF_SECOND_FACTOR", "SUCCESS", "admin.demo"));
        browser.findElement(By.id("staffName")).click();
        StaffBrowser.submit(browser, By.id("staffLogoutButton"));
        logIn("test.enrol", Staff.PASSWORD);
        assertTrue(browser.getCurrentUrl().endsWith("/staff/second-factor.xhtml"), browser.getCurrentUrl());
    }

    private void changePassword(String current, String password, String repeat) {
        browser.findElement(By.id("passwordForm:current")).sendKeys(current);
        browser.findElement(By.id("passwordForm:password")).sendKeys(password);
        browser.findElement(By.id("passwordForm:repeat")).sendKeys(repeat);
        StaffBrowser.submit(browser, By.id("passwordForm:change"));
    }

    private String pageText() {
        return browser.findElement(By.tagName("main")).getText();
    }

    @Test
    void patientsAndStaffNeverReachEachOthersPages() throws Exception {
        Staff.create("test.separate", "Раздельнова Нина", "ADMIN");
        HttpSession anonymous = new HttpSession();
        assertRedirect(anonymous.get(Portal.BASE_URL + "/staff/index.xhtml"), "/staff/login.xhtml?reason=required");

        HttpSession patient = new HttpSession().logIn("ivanova@example.ru");
        assertRedirect(patient.get(Portal.BASE_URL + "/staff/index.xhtml"), "/staff/login.xhtml?reason=required");
        assertRedirect(patient.get(Portal.BASE_URL + "/staff/password.xhtml"), "/staff/login.xhtml?reason=required");

        HttpSession staff = new HttpSession();
        String page = staff.get(Portal.BASE_URL + "/staff/login.xhtml").body();
        HttpSession.JsfForm form = HttpSession.jsfForm(page, "loginForm");
        HttpResponse<String> login = staff.post(form.action(), form.body("loginForm:username", "test.separate",
                "loginForm:password", Staff.PASSWORD, "loginForm:signIn", "Войти"));
        // An admin: the password alone opens nothing, the code of the second factor does.
        assertRedirect(login, "/staff/login-code.xhtml");
        assertRedirect(staff.get(Portal.BASE_URL + "/staff/index.xhtml"), "/staff/login.xhtml?reason=required");
        assertRedirect(staff.staffCode("test.separate"), "/staff/index.xhtml");
        assertEquals(200, staff.get(Portal.BASE_URL + "/staff/index.xhtml").statusCode());
        assertRedirect(staff.get(Portal.BASE_URL + "/cabinet/index.xhtml"), "/cabinet/login.xhtml?reason=required");
        assertRedirect(staff.get(Portal.BASE_URL + "/cabinet/cards.xhtml"), "/cabinet/login.xhtml?reason=required");

        // A disabled user's session ends at the next click.
        Staff.disable("test.separate");
        assertRedirect(staff.get(Portal.BASE_URL + "/staff/index.xhtml"), "/staff/login.xhtml?reason=disabled");
    }

    private static void assertRedirect(HttpResponse<String> response, String path) {
        assertEquals(302, response.statusCode(), response.uri() + " answered " + response.statusCode());
        String location = HttpSession.location(response);
        assertTrue(location.endsWith(path), location);
    }
}
