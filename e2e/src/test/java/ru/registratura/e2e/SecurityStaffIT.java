package ru.registratura.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Security (issue 18): staff logins under attack. Every refusal says the same, an address that keeps failing is
 * refused before any password is hashed while other addresses are not, and a changed password ends the user's
 * other sessions. The test domain refuses an address after 15 failures within 20 s (the default: 20 within 10
 * minutes); each {@link HttpSession} is a client address of its own. Run alone with the other
 * security tests: {@code -Dit.test='Security*IT'}.
 */
class SecurityStaffIT {

    private static final Pattern MESSAGES = Pattern.compile("<ul id=\"messages\"[^>]*>(.*?)</ul>", Pattern.DOTALL);

    /**
     * The login page's answer to a user name and password (and the second factor's right code when asked): its
     * messages' text, or "admitted".
     */
    private static String logIn(HttpSession session, String username, String password) throws Exception {
        String page = session.get(Portal.BASE_URL + "/staff/login.xhtml").body();
        HttpSession.JsfForm form = HttpSession.jsfForm(page, "loginForm");
        HttpResponse<String> answer = session.post(form.action(), form.body("loginForm:username", username,
                "loginForm:password", password, "loginForm:signIn", "Войти"));
        if (answer.statusCode() == 302 && HttpSession.location(answer).endsWith("/staff/login-code.xhtml")) {
            answer = session.staffCode(username);
        }
        if (answer.statusCode() == 302 && HttpSession.location(answer).endsWith("/staff/index.xhtml")) {
            return "admitted";
        }
        Matcher messages = MESSAGES.matcher(answer.body());
        return messages.find() ? messages.group(1).replaceAll("<[^>]+>", "").strip() : answer.body();
    }

    @Test
    void unknownWrongLockedAndDisabledAreRefusedAlike() throws Exception {
        Staff.create("test.alike.locked", "Замкова Анна", "REGISTRAR", 1);
        Staff.create("test.alike.off", "Отключенова Анна", "REGISTRAR", 1);
        HttpSession lockedOut = new HttpSession();
        Staff.execute("insert into staff_login_lock (username, remote_address, failed_attempts, locked_until) values "
                + "('test.alike.locked', '" + lockedOut.address() + "', 0, now() + interval '10 minutes')");
        Staff.execute("update staff_user set enabled = false where username = 'test.alike.off'");
        int disabled = Esia.audited("STAFF_LOGIN", "DISABLED", "test.alike.off");

        String unknown = logIn(new HttpSession(), "test.alike.nobody", Staff.PASSWORD);
        String wrong = logIn(new HttpSession(), "test.alike.off", "wrong-password-1");
        String locked = logIn(lockedOut, "test.alike.locked", Staff.PASSWORD);
        String off = logIn(new HttpSession(), "test.alike.off", Staff.PASSWORD);

        assertTrue(unknown.startsWith("Неверное имя пользователя или пароль"), unknown);
        assertEquals(unknown, wrong);
        assertEquals(unknown, locked, "a locked account is not told apart");
        assertEquals(unknown, off, "a disabled account is not told apart");
        assertEquals(disabled + 1, Esia.audited("STAFF_LOGIN", "DISABLED", "test.alike.off"), "the audit tells which");
    }

    @Test
    void anAddressThatKeepsFailingIsRefusedBeforeAnyPasswordIsCheckedAndAnotherIsNot() throws Exception {
        String attacker = HttpSession.newAddress();
        int throttled = Esia.audited("STAFF_LOGIN", "THROTTLED", "test.throttle.nobody");
        int attempts = 0;
        while (Esia.audited("STAFF_LOGIN", "THROTTLED", "test.throttle.nobody") == throttled && attempts < 20) {
            logIn(new HttpSession(attacker), "test.throttle.nobody", "wrong-password-" + attempts);
            attempts++;
        }
        assertEquals(throttled + 1, Esia.audited("STAFF_LOGIN", "THROTTLED", "test.throttle.nobody"),
                "refused as throttled after at most 16 failures, not after " + attempts);
        assertEquals(16, attempts, "the test domain refuses an address after its 15th failure within 20 s");
        int successes = Esia.audited("STAFF_LOGIN", "SUCCESS", "registrator.p4");

        // Now even the right password is refused from that address, before the account is looked at...
        String refused = logIn(new HttpSession(attacker), "registrator.p4", Staff.PASSWORD);
        assertTrue(refused.startsWith("Неверное имя пользователя или пароль"), refused);
        assertEquals(successes, Esia.audited("STAFF_LOGIN", "SUCCESS", "registrator.p4"));
        assertEquals(0, Cards.number("select failed_attempts from staff_user where username = 'registrator.p4'"),
                "nothing is counted on the account");
        logIn(new HttpSession(attacker), "test.throttle.nobody", "wrong-password-again");
        assertEquals(throttled + 1, Esia.audited("STAFF_LOGIN", "THROTTLED", "test.throttle.nobody"),
                "refusals after the first are not written, so an attack cannot fill the audit trail");

        // ...while the staff's own addresses log in as ever.
        assertEquals("admitted", logIn(new HttpSession(), "registrator.p4", Staff.PASSWORD));
        assertEquals(successes + 1, Esia.audited("STAFF_LOGIN", "SUCCESS", "registrator.p4"));
    }

    @Test
    void fiveFailuresLockTheAccountForTheirAddressOnlyNotForItsOwner() throws Exception {
        Staff.create("test.pair", "Парова Нина", "ADMIN");
        String attacker = HttpSession.newAddress();
        for (int i = 1; i <= 5; i++) {
            logIn(new HttpSession(attacker), "test.pair", "wrong-password-" + i);
        }
        int lockouts = Esia.audited("STAFF_LOGIN", "LOCKED_OUT", "test.pair");
        assertTrue(logIn(new HttpSession(attacker), "test.pair", Staff.PASSWORD).startsWith("Неверное"),
                "the right password from the attacker's address is refused while locked");
        assertEquals(lockouts + 1, Esia.audited("STAFF_LOGIN", "LOCKED_OUT", "test.pair"));

        // The admin, from the admin's own network, is not locked out.
        assertEquals("admitted", logIn(new HttpSession(), "test.pair", Staff.PASSWORD));
        assertEquals(1, Cards.number("select count(*) from staff_login_lock where username = 'test.pair' "
                + "and locked_until > now()"), "the lock stays for the attacker's address");
    }

    @Test
    void wrongCodesOfTheSecondFactorLockTheAccountLikeWrongPasswords() throws Exception {
        Staff.create("test.codes", "Кодова Вера", "ADMIN");
        HttpSession guesser = new HttpSession();
        String page = guesser.get(Portal.BASE_URL + "/staff/login.xhtml").body();
        HttpSession.JsfForm form = HttpSession.jsfForm(page, "loginForm");
        HttpResponse<String> password = guesser.post(form.action(), form.body("loginForm:username", "test.codes",
                "loginForm:password", Staff.PASSWORD, "loginForm:signIn", "Войти"));
        assertTrue(HttpSession.location(password).endsWith("/staff/login-code.xhtml"), "the password is right");
        int lockouts = Esia.audited("STAFF_LOGIN", "LOCKED_OUT", "test.codes");
        for (int i = 0; i < 5; i++) {
            HttpSession.JsfForm code = HttpSession.jsfForm(guesser.get(Portal.BASE_URL + "/staff/login-code.xhtml").body(),
                    "codeForm");
            HttpResponse<String> answer = guesser.post(code.action(), code.body("codeForm:code", "00000" + i,
                    "codeForm:confirm", "Подтвердить"));
            assertEquals(200, answer.statusCode(), "guess " + i);
            assertTrue(answer.body().contains("Код не подошёл"), "guess " + i);
        }
        assertEquals(lockouts + 1, Esia.audited("STAFF_LOGIN", "LOCKED_OUT", "test.codes"));
        // Locked for that address: now even the right code is refused there; the owner elsewhere logs in.
        HttpResponse<String> right = guesser.staffCode("test.codes");
        assertEquals(200, right.statusCode(), "the right code while locked");
        assertEquals(302, guesser.get(Portal.BASE_URL + "/staff/index.xhtml").statusCode(), "not signed in");
        assertEquals("admitted", logIn(new HttpSession(), "test.codes", Staff.PASSWORD));
    }

    @Test
    void aChangedPasswordEndsTheUsersOtherSessions() throws Exception {
        Staff.create("test.sessions", "Сеансова Ольга", "REGISTRAR", 1);
        HttpSession first = new HttpSession().staffLogIn("test.sessions", Staff.PASSWORD);
        HttpSession second = new HttpSession().staffLogIn("test.sessions", Staff.PASSWORD);

        String page = second.get(Portal.BASE_URL + "/staff/password.xhtml").body();
        HttpSession.JsfForm form = HttpSession.jsfForm(page, "passwordForm");
        HttpResponse<String> changed = second.post(form.action(), form.body("passwordForm:current", Staff.PASSWORD,
                "passwordForm:password", "Ольхон-Сеанс-2027", "passwordForm:repeat", "Ольхон-Сеанс-2027",
                "passwordForm:change", "Сменить пароль"));
        assertEquals(302, changed.statusCode(), changed.body());

        assertEquals(200, second.get(Portal.BASE_URL + "/staff/index.xhtml").statusCode(), "the changing session goes on");
        HttpResponse<String> ended = first.get(Portal.BASE_URL + "/staff/index.xhtml");
        assertEquals(302, ended.statusCode());
        assertTrue(HttpSession.location(ended).endsWith("/staff/login.xhtml?reason=passwordChanged"),
                HttpSession.location(ended));
        assertEquals(302, first.get(Portal.BASE_URL + "/staff/index.xhtml").statusCode(), "and stays ended");
    }
}
