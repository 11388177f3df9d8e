package ru.registratura.domain.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

class StaffUserTest {

    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

    private final StaffUser user = new StaffUser("  Smirnova ", "Смирнова Ольга", "hash", Set.of(StaffRole.REGISTRAR),
            Set.of(1L), NOW);

    @Test
    void userNamesAreTrimmedAndInLowerCase() {
        assertEquals("smirnova", user.getUsername());
        assertEquals("smirnova", StaffUser.normalize(" SMIRNOVA"));
    }

    @Test
    void aSecondFactorIsSetUpOnlyWithTheAppsCodeAndEachCodeIsTakenOnce() {
        TotpSecret secret = TotpSecret.random();
        assertFalse(user.takeCode(secret.codeAt(NOW), NOW), "no second factor yet: no code is taken");
        assertFalse(user.enableSecondFactor(secret, secret.codeAt(NOW.minusSeconds(300)), NOW), "an old code");
        assertFalse(user.hasSecondFactor());

        assertTrue(user.enableSecondFactor(secret, secret.codeAt(NOW), NOW));
        assertTrue(user.hasSecondFactor());
        assertFalse(user.takeCode(secret.codeAt(NOW), NOW.plusSeconds(10)), "the set-up's code is used up");
        assertTrue(user.takeCode(secret.codeAt(NOW.plusSeconds(30)), NOW.plusSeconds(30)));
        assertFalse(user.takeCode(secret.codeAt(NOW.plusSeconds(30)), NOW.plusSeconds(40)), "nor twice at login");

        user.removeSecondFactor();
        assertFalse(user.hasSecondFactor());
        assertFalse(user.takeCode(secret.codeAt(NOW.plusSeconds(60)), NOW.plusSeconds(60)));
    }
}
