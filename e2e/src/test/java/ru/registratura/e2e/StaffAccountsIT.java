package ru.registratura.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * An admin keeps the staff accounts: creates a registrar of an institution (who then logs in), refuses bad
 * input field by field, disables an account, resets a password and lifts a lockout; cannot disable
 * themself; a registrar cannot reach these pages.
 */
class StaffAccountsIT {

    private static final String NEW_PASSWORD = "Ангара-2026-декабрь";

    private WebDriver browser;

    @BeforeEach
    void open() throws Exception {
        browser = Portal.browser();
        Staff.delete("new.registrar");
        Staff.create("test.admin", "Админова Тестовая", "ADMIN");
    }

    @AfterEach
    void close() {
        browser.quit();
    }

    private void logIn(String username, String password) {
        browser.manage().deleteAllCookies();
        StaffBrowser.logIn(browser, username, password);
    }

    private String main() {
        return browser.findElement(By.tagName("main")).getText();
    }

    private void check(String label) {
        browser.findElement(By.xpath("//label[normalize-space(.)='" + label + "']")).click();
    }

    private void addRegistrar() {
        browser.get(Portal.BASE_URL + "/staff/users.xhtml");
        StaffBrowser.submit(browser, By.id("addUser"));
        browser.findElement(By.id("userForm:username")).sendKeys("New.Registrar");
        browser.findElement(By.id("userForm:fullName")).sendKeys("Новикова Дарья Олеговна");
        check("Регистратор");
        check("Поликлиника № 4");
        browser.findElement(By.id("userForm:password")).sendKeys(NEW_PASSWORD);
        StaffBrowser.submit(browser, By.id("userForm:save"));
    }

    @Test
    void anAdminCreatesARegistrarWhoThenLogsIn() throws Exception {
        int created = Esia.audited("STAFF_USER_CREATED", "SUCCESS", "test.admin");
        logIn("test.admin", Staff.PASSWORD);
        assertTrue(browser.findElement(By.id("staffUsersLink")).isDisplayed());
        addRegistrar();
        assertTrue(browser.getCurrentUrl().contains("/staff/users.xhtml"), browser.getCurrentUrl());
        assertTrue(browser.findElement(By.id("messages")).getText().contains("Сохранено"));
        String row = browser.findElement(By.cssSelector("tr.staff-user[data-username='new.registrar']")).getText();
        assertTrue(row.contains("Новикова Дарья Олеговна") && row.contains("Регистратор") && row.contains("Поликлиника № 4"), row);
        Portal.screenshot(browser, "staff-users");
        assertEquals(created + 1, Esia.audited("STAFF_USER_CREATED", "SUCCESS", "test.admin"));

        // The password the admin set is the admin's knowledge: the first login asks for a new one, before anything else.
        logIn("new.registrar", NEW_PASSWORD);
        assertTrue(browser.getCurrentUrl().endsWith("/staff/password.xhtml"), browser.getCurrentUrl());
        assertTrue(browser.findElement(By.id("mustChangePassword")).getText().contains("задал администратор"));
        browser.get(Portal.BASE_URL + "/staff/index.xhtml");
        assertTrue(browser.getCurrentUrl().endsWith("/staff/password.xhtml"), "no other page until it is changed");
        Portal.screenshot(browser, "staff-must-change-password");
        browser.findElement(By.id("passwordForm:current")).sendKeys(NEW_PASSWORD);
        browser.findElement(By.id("passwordForm:password")).sendKeys("Ангара-Своя-2027");
        browser.findElement(By.id("passwordForm:repeat")).sendKeys("Ангара-Своя-2027");
        StaffBrowser.submit(browser, By.id("passwordForm:change"));
        assertTrue(browser.getCurrentUrl().endsWith("/staff/index.xhtml"), browser.getCurrentUrl());
        assertEquals("no", Cards.string("select case when must_change_password then 'yes' else 'no' end from staff_user "
                + "where username = 'new.registrar'"));
        assertTrue(browser.findElement(By.id("staffInstitutions")).getText().contains("Поликлиника № 4"));
        assertTrue(browser.findElements(By.id("staffUsersLink")).isEmpty(), "a registrar has no admin section");
        browser.get(Portal.BASE_URL + "/staff/users.xhtml");
        assertTrue(main().contains("только администраторам"), main());
        assertFalse(main().contains("Админова"), "no staff list for a registrar");
    }

    @Test
    void badInputIsRefusedFieldByFieldAndCreatesNothing() throws Exception {
        logIn("test.admin", Staff.PASSWORD);
        browser.get(Portal.BASE_URL + "/staff/user.xhtml");
        browser.findElement(By.id("userForm:username")).sendKeys("Новый пользователь");
        check("Регистратор");
        browser.findElement(By.id("userForm:password")).sendKeys("short");
        StaffBrowser.submit(browser, By.id("userForm:save"));
        String page = main();
        assertTrue(page.contains("латинские буквы"), page);
        assertTrue(page.contains("Укажите ФИО"), page);
        assertTrue(page.contains("выберите хотя бы одну медицинскую организацию"), page);
        assertTrue(page.contains("не короче 12 символов"), page);
        Portal.screenshot(browser, "staff-user-refused");
        assertEquals(0, Cards.number("select count(*) from staff_user where full_name = '' or username like 'новый%'"));
    }

    @Test
    void anAdminDisablesAnAccountResetsAPasswordAndCannotDisableThemself() throws Exception {
        logIn("test.admin", Staff.PASSWORD);
        addRegistrar();
        long id = Cards.number("select id from staff_user where username = 'new.registrar'");

        browser.get(Portal.BASE_URL + "/staff/user.xhtml?id=" + id);
        browser.findElement(By.id("userForm:enabled")).click();
        StaffBrowser.submit(browser, By.id("userForm:save"));
        assertEquals("no", Cards.string("select case when enabled then 'yes' else 'no' end from staff_user where id = ?", id));

        Staff.execute("insert into staff_login_lock (username, remote_address, failed_attempts, locked_until) values "
                + "('new.registrar', '203.0.113.9', 0, now() + interval '10 minutes')");
        browser.get(Portal.BASE_URL + "/staff/user.xhtml?id=" + id);
        browser.findElement(By.id("userForm:enabled")).click();
        StaffBrowser.submit(browser, By.id("userForm:save"));
        browser.get(Portal.BASE_URL + "/staff/user.xhtml?id=" + id);
        browser.findElement(By.id("resetForm:newPassword")).sendKeys("Байкал-Новый-2027");
        StaffBrowser.submit(browser, By.id("resetForm:reset"));
        assertTrue(browser.findElement(By.id("messages")).getText().contains("блокировка снята"));
        assertEquals(0, Cards.number("select count(*) from staff_login_lock where username = 'new.registrar'"));

        long self = Cards.number("select id from staff_user where username = 'test.admin'");
        browser.get(Portal.BASE_URL + "/staff/user.xhtml?id=" + self);
        browser.findElement(By.id("userForm:enabled")).click();
        StaffBrowser.submit(browser, By.id("userForm:save"));
        assertTrue(main().contains("Нельзя отключить себя"), main());
        assertEquals("yes", Cards.string("select case when enabled then 'yes' else 'no' end from staff_user where id = ?", self));

        assertEquals("yes", Cards.string("select case when must_change_password then 'yes' else 'no' end from staff_user "
                + "where id = ?", id), "a reset password is to be changed at the next login");
        logIn("new.registrar", "Байкал-Новый-2027");
        assertTrue(browser.getCurrentUrl().endsWith("/staff/password.xhtml"),
                "the reset password works, the lock is gone, and it is to be changed first");
    }

    @Test
    void aDisabledAccountCannotLogIn() throws Exception {
        logIn("test.admin", Staff.PASSWORD);
        addRegistrar();
        long id = Cards.number("select id from staff_user where username = 'new.registrar'");
        browser.get(Portal.BASE_URL + "/staff/user.xhtml?id=" + id);
        browser.findElement(By.id("userForm:enabled")).click();
        StaffBrowser.submit(browser, By.id("userForm:save"));
        logIn("new.registrar", NEW_PASSWORD);
        assertTrue(main().contains("Неверное имя пользователя или пароль"), "a disabled account is not told apart: " + main());
        assertTrue(browser.getCurrentUrl().contains("/staff/login.xhtml"), browser.getCurrentUrl());
    }
}
