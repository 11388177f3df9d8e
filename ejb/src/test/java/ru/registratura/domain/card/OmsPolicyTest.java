package ru.registratura.domain.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OmsPolicyTest {

    @Test
    void acceptsUnifiedNumbersWithTheirLuhnDigit() {
        for (String enp : new String[] {"6149700847000159", "3850100000123458", "3850100000234560", "3850100000345671",
                "3850100000456783"}) {
            OmsPolicy policy = OmsPolicy.parse(null, enp);
            assertTrue(policy.unified());
            assertNull(policy.series());
            assertEquals(enp, policy.number());
        }
    }

    @Test
    void spacesInsideTheNumberAreIgnored() {
        assertEquals("6149700847000159", OmsPolicy.parse("", "6149 7008 4700 0159").number());
    }

    @Test
    void acceptsAnOldPolicyWithSeries() {
        OmsPolicy policy = OmsPolicy.parse(" ирк ", "0045678912");
        assertEquals("ИРК", policy.series());
        assertEquals("ИРК 0045678912", policy.toString());
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "null, '', policy.number.required",
            "ИРК, '', policy.number.required",
            "null, 614970084700015, policy.unified.format",
            "null, 61497008470001590, policy.unified.format",
            "null, 61497008470001x9, policy.unified.format",
            "null, 6149700847000158, policy.unified.checksum",
            "ИРК, 6149700847000159, policy.series.unified",
            "И!К, 0045678912, policy.series.format",
            "ИРК, 12345, policy.old.format",
            "ИРК, 0045678912345, policy.old.format",
            "ИРК, 00456789AB, policy.old.format"})
    void refuses(String series, String number, String key) {
        assertEquals(key, assertThrows(InvalidValueException.class, () -> OmsPolicy.parse(series, number)).key());
    }

    @Property(tries = 3000)
    void everyFifteenDigitsWithTheirCheckDigitAreAccepted(@ForAll("fifteenDigits") String fifteen) {
        String enp = fifteen + OmsPolicy.luhnCheckDigit(fifteen);
        assertEquals(enp, OmsPolicy.parse(null, enp).number());
    }

    @Property(tries = 3000)
    void everyOtherLastDigitIsRefused(@ForAll("fifteenDigits") String fifteen, @ForAll @IntRange(min = 1, max = 9) int shift) {
        String enp = fifteen + (OmsPolicy.luhnCheckDigit(fifteen) + shift) % 10;
        assertEquals("policy.unified.checksum",
                assertThrows(InvalidValueException.class, () -> OmsPolicy.parse(null, enp)).key());
    }

    @Property(tries = 2000)
    void swappingTwoDifferentAdjacentDigitsIsCaughtUnlessTheyAreNineAndZero(@ForAll("fifteenDigits") String fifteen,
                                                                           @ForAll @IntRange(min = 0, max = 13) int at) {
        String enp = fifteen + OmsPolicy.luhnCheckDigit(fifteen);
        char a = enp.charAt(at);
        char b = enp.charAt(at + 1);
        if (a == b || (a == '0' && b == '9') || (a == '9' && b == '0')) {
            return;
        }
        String swapped = enp.substring(0, at) + b + a + enp.substring(at + 2);
        assertThrows(InvalidValueException.class, () -> OmsPolicy.parse(null, swapped));
    }

    @Property(tries = 1000)
    void oldPoliciesNeedNoChecksum(@ForAll("oldNumbers") String number) {
        assertEquals(number, OmsPolicy.parse("ИРК", number).number());
    }

    @Provide
    Arbitrary<String> fifteenDigits() {
        return Arbitraries.strings().numeric().ofLength(15);
    }

    @Provide
    Arbitrary<String> oldNumbers() {
        return Arbitraries.strings().numeric().ofMinLength(6).ofMaxLength(12);
    }
}
