package ru.registratura.emulator.esia;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class DevelopmentOnlyTest {

    @Test
    void theEmulatorStartsOnlyWhereTheDomainSaysItIsForDevelopment() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> DevelopmentOnly.require(Optional.empty()));
        assertTrue(refused.getMessage().contains("esia.emulator.development=true"), refused.getMessage());
        assertThrows(IllegalStateException.class, () -> DevelopmentOnly.require(Optional.of(false)));
        assertDoesNotThrow(() -> DevelopmentOnly.require(Optional.of(true)));
    }
}
