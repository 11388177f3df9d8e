package ru.registratura.domain.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class PasswordsTest {

    @Test
    void aHashVerifiesItsPasswordOnlyAndNamesItsParameters() {
        String hash = Passwords.hash("Correct-Horse-7".toCharArray());
        assertTrue(hash.startsWith("PBKDF2WithHmacSHA512:210000:"), hash);
        assertTrue(Passwords.verify("Correct-Horse-7".toCharArray(), hash));
        assertFalse(Passwords.verify("correct-horse-7".toCharArray(), hash));
        assertFalse(Passwords.verify("".toCharArray(), hash));
        assertNotEquals(hash, Passwords.hash("Correct-Horse-7".toCharArray()), "a salt of its own each time");
    }

    @Test
    void theDemoMigrationsHashesAreOfTheSameFormat() {
        // registrator.p4's hash in db/demo/V3__demo_staff.sql, made by Python's hashlib with the README's password.
        String demo = "PBKDF2WithHmacSHA512:210000:UvsOzzhFS+ljOr6Wrj2XLC38n7QCopPh/X+ZXphTk2U=:gCrsrQ0LwVqb7EunlUZlZuJR5s5TKVrjy/2Bpt0fkwV4j6QrnGVH2VH4AYpn4ABidZfXTp2hOuYe32GX9oE0CA==";
        assertTrue(Passwords.verify("Demo-Registrar-2026".toCharArray(), demo));
        assertFalse(Passwords.verify("Demo-Registrar-2025".toCharArray(), demo));
    }

    @Test
    void somethingElseThanAHashNeverVerifies() {
        assertFalse(Passwords.verify("x".toCharArray(), null));
        assertFalse(Passwords.verify("x".toCharArray(), "x"));
        assertFalse(Passwords.verify("x".toCharArray(), "MD5:1:abc:def"));
        assertFalse(Passwords.verify("x".toCharArray(), "PBKDF2WithHmacSHA512:many:abc:def"));
    }

    @Test
    void weakPasswordsAreNamed() {
        assertEquals(Optional.of("staff.password.tooShort"), Passwords.weakness("Short-1", "ivanova"));
        assertEquals(Optional.of("staff.password.containsUsername"), Passwords.weakness("my-IVANOVA-2026", "ivanova"));
        assertEquals(Optional.of("staff.password.tooSimple"), Passwords.weakness("onlylettershere", "ivanova"));
        assertEquals(Optional.of("staff.password.tooSimple"), Passwords.weakness("123456789012345", "ivanova"));
        assertEquals(Optional.empty(), Passwords.weakness("Зимний-вечер-2026", "ivanova"));
    }

    @Test
    void aCommonPasswordIsRefusedWithDigitsAndSignsAroundItToo() {
        for (String common : new String[] {"Password2026!", "qwertyuiop123", "2026-Dragon-!!", "Пароль-2026!!!", "iloveyou2026!!"}) {
            assertEquals(Optional.of("staff.password.common"), Passwords.weakness(common, "ivanova"), common);
        }
        assertEquals(Optional.empty(), Passwords.weakness("Demo-Admin-2026", "ivanova"), "two words are not one common one");
        assertEquals(Optional.empty(), Passwords.weakness("Байкал-2026-осень", "ivanova"));
    }
}
