package ru.registratura.domain.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

/** RFC 6238's test vectors, the window of one step, and no code taken twice. */
class TotpSecretTest {

    /** RFC 6238 appendix B's SHA-1 seed "12345678901234567890" in Base32. */
    private static final TotpSecret RFC = TotpSecret.of("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");

    @Test
    void theRfcsTestVectors() {
        // The RFC's 8-digit values, of which an app shows the last six.
        assertEquals("287082", RFC.codeAt(Instant.ofEpochSecond(59)));
        assertEquals("081804", RFC.codeAt(Instant.ofEpochSecond(1111111109)));
        assertEquals("005924", RFC.codeAt(Instant.ofEpochSecond(1234567890)));
        assertEquals("279037", RFC.codeAt(Instant.ofEpochSecond(2000000000)));
    }

    @Test
    void aCodeOfTheStepBeforeOrAfterIsTakenButNotFurther() {
        Instant now = Instant.ofEpochSecond(1234567890);
        long step = TotpSecret.step(now);
        assertEquals(OptionalLong.of(step), RFC.verify(RFC.codeAt(now), now, 0));
        assertEquals(OptionalLong.of(step - 1), RFC.verify(RFC.codeAt(now.minusSeconds(30)), now, 0));
        assertEquals(OptionalLong.of(step + 1), RFC.verify(RFC.codeAt(now.plusSeconds(30)), now, 0));
        assertTrue(RFC.verify(RFC.codeAt(now.minusSeconds(90)), now, 0).isEmpty());
        assertTrue(RFC.verify("12345", now, 0).isEmpty());
        assertTrue(RFC.verify(null, now, 0).isEmpty());
        assertEquals(OptionalLong.of(step), RFC.verify(RFC.codeAt(now).substring(0, 3) + " " + RFC.codeAt(now).substring(3), now, 0),
                "typed with a space");
    }

    @Test
    void aCodeIsNeverTakenTwice() {
        Instant now = Instant.ofEpochSecond(1234567890);
        long used = RFC.verify(RFC.codeAt(now), now, 0).orElseThrow();
        assertTrue(RFC.verify(RFC.codeAt(now), now.plusSeconds(5), used).isEmpty(), "the same code again");
        assertTrue(RFC.verify(RFC.codeAt(now.minusSeconds(30)), now, used).isEmpty(), "an older one");
        assertEquals(OptionalLong.of(used + 1), RFC.verify(RFC.codeAt(now.plusSeconds(30)), now, used));
    }

    @Test
    void newSecretsAreRandomAndReadBack() {
        TotpSecret one = TotpSecret.random();
        assertEquals(32, one.base32().length(), "160 bits");
        assertNotEquals(one.base32(), TotpSecret.random().base32());
        TotpSecret again = TotpSecret.of(one.grouped().toLowerCase());
        Instant now = Instant.now();
        assertEquals(one.codeAt(now), again.codeAt(now));
        assertThrows(IllegalArgumentException.class, () -> TotpSecret.of("not base32!"));
        assertTrue(one.uri("Электронная регистратура", "admin").startsWith("otpauth://totp/"));
        assertTrue(one.uri("Registratura", "admin").contains("secret=" + one.base32() + "&issuer=Registratura"));
    }
}
