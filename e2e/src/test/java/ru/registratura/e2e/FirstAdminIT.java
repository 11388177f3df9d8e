package ru.registratura.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The region's first admin comes from {@code server-config/create-admin.sh} with a password given at that
 * moment (here a Cyrillic one): created while no admin exists, never with a weak password, never twice;
 * the password alias that carried it is gone afterwards. The script restarts the application.
 */
class FirstAdminIT {

    private static final Path SCRIPT = Path.of("..", "server-config", "create-admin.sh").toAbsolutePath().normalize();
    private static final String ADMIN_PORT = System.getProperty("it.admin.port", "28048");
    private static final String HTTP_PORT = System.getProperty("it.http.port", "28080");

    private List<String> enabledAdmins;

    @BeforeEach
    void noAdmin() throws Exception {
        Staff.delete("first.admin");
        Staff.delete("second.admin");
        // Every real admin disabled; the demo admin (admin.demo) stays: it must not block the first real admin.
        String admins = Cards.string("select string_agg(u.username, ',') from staff_user u join staff_user_role r "
                + "on r.staff_user_id = u.id where r.role = 'ADMIN' and u.enabled and not u.demo");
        enabledAdmins = admins == null ? List.of() : List.of(admins.split(","));
        Staff.execute("update staff_user set enabled = false where not demo and id in "
                + "(select staff_user_id from staff_user_role where role = 'ADMIN')");
        assertEquals("true", Cards.string("select cast(enabled as varchar) from staff_user where username = 'admin.demo'"));
    }

    @AfterEach
    void adminsBack() throws Exception {
        Staff.delete("first.admin");
        Staff.delete("second.admin");
        for (String username : enabledAdmins) {
            Staff.execute("update staff_user set enabled = true where username = '" + username.replace("'", "") + "'");
        }
    }

    private record Run(int exitCode, String output) {
    }

    private static Run createAdmin(String username, String password) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", SCRIPT.toString(), "--admin-port", ADMIN_PORT,
                "--http-port", HTTP_PORT, "--username", username, "--full-name", "Первая Админова Ольга")
                .redirectErrorStream(true);
        builder.environment().put("REGISTRATURA_ADMIN_PASSWORD", password);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the script finished");
        return new Run(process.exitValue(), output);
    }

    private static long users(String username) throws Exception {
        return Cards.number("select count(*) from staff_user where username = ?", username);
    }

    @Test
    void theFirstAdminIsCreatedOnceWithTheGivenPasswordAndTheAliasIsGone() throws Exception {
        int creations = Esia.audited("STAFF_USER_CREATED", "SUCCESS", "server-config");
        int logins = Esia.audited("STAFF_LOGIN", "SUCCESS", "first.admin");
        Run weak = createAdmin("first.admin", "short-1");
        assertNotEquals(0, weak.exitCode());
        assertTrue(weak.output().contains("at least 12 characters"), weak.output());
        assertEquals(0, users("first.admin"));

        Run created = createAdmin("First.Admin", "Ангара-2026-ноябрь");
        assertEquals(0, created.exitCode(), created.output());
        assertTrue(created.output().contains("The admin first.admin can log in"), created.output());
        assertEquals("Первая Админова Ольга|ADMIN|true", Cards.string("select u.full_name || '|' || r.role || '|' || u.enabled "
                + "from staff_user u join staff_user_role r on r.staff_user_id = u.id where u.username = 'first.admin'"));
        assertTrue(Cards.string("select password_hash from staff_user where username = 'first.admin'")
                .startsWith("PBKDF2WithHmacSHA512:210000:"), "only the hash is stored");
        assertEquals(creations + 1, Esia.audited("STAFF_USER_CREATED", "SUCCESS", "server-config"));
        assertEquals(logins + 1, Esia.audited("STAFF_LOGIN", "SUCCESS", "first.admin"), "the script checked the login");

        Process aliases = new ProcessBuilder(Path.of("..", ".payara", "payara6", "bin", "asadmin").toString(), "--port",
                ADMIN_PORT, "list-password-aliases").redirectErrorStream(true).start();
        String list = new String(aliases.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        aliases.waitFor(1, TimeUnit.MINUTES);
        assertTrue(list.contains("registratura-db-password"), list);
        assertFalse(list.contains("registratura-first-admin-password"), "the alias that carried the password is gone");

        Run again = createAdmin("second.admin", "Другой-пароль-2026");
        assertNotEquals(0, again.exitCode(), "an admin exists now");
        assertEquals(0, users("second.admin"));
    }
}
