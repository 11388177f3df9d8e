package ru.registratura.domain.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SnilsTest {

    @Test
    void acceptsTheTestPersonsNumbers() {
        for (String snils : new String[] {"112-233-445 95", "156-789-012 11", "178-901-234 94", "190-123-456 36",
                "134-567-890 90", "145-678-901 05"}) {
            assertEquals(snils, Snils.parse(snils).value());
        }
    }

    @Test
    void storedTextThatIsNoSnilsReadsAsNone() {
        SnilsConverter converter = new SnilsConverter();
        assertEquals(Snils.parse("112-233-445 95"), converter.convertToEntityAttribute("112-233-445 95"));
        assertEquals("112-233-445 95", converter.convertToDatabaseColumn(Snils.parse("11223344595")));
        assertNull(converter.convertToEntityAttribute("112-233-445 00"), "a wrong check number");
        assertNull(converter.convertToEntityAttribute("не СНИЛС"));
        assertNull(Snils.ifValid("  "));
        assertNull(converter.convertToDatabaseColumn(null));
        assertEquals(Snils.parse("112-233-445 95"),
                new PersonIdentity("Иванова", "Мария", null, null, null, "11223344595", null).snils(),
                "an identity holds the SNILS typed, as shown");
    }

    @Test
    void checkNumberFollowsTheRule() {
        // 112-233-445: 1*9+1*8+2*7+2*6+3*5+3*4+4*3+4*2+5*1 = 95
        assertEquals(95, Snils.checkNumber("112233445"));
        // a sum of exactly 100 or 101 gives 00, and so does a remainder of 100 after dividing by 101
        assertEquals(0, Snils.checkNumber("001019989"));
        assertEquals(0, Snils.checkNumber("001019998"));
        assertEquals(0, Snils.checkNumber("002999989"));
        assertEquals("001-019-989 00", Snils.parse("001-019-989 00").value());
    }

    @Test
    void elevenDigitsAreShownFormatted() {
        assertEquals("112-233-445 95", Snils.parse(" 11223344595 ").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "112-233-445-95", "112 233 445 95", "112-233-44595", "1122334459", "abc-def-ghi jk",
            "112-233-445 9", "112-233-445 955"})
    void refusesOtherShapes(String text) {
        assertEquals("snils.format", assertThrows(InvalidValueException.class, () -> Snils.parse(text)).key());
    }

    @Test
    void refusesAWrongCheckNumber() {
        assertEquals("snils.checksum",
                assertThrows(InvalidValueException.class, () -> Snils.parse("112-233-445 96")).key());
    }

    @Test
    void lowTestNumbersAreNotChecked() {
        assertEquals("000-000-600 06", Snils.parse("000-000-600 06").value());
        assertEquals("001-001-998 77", Snils.parse("001-001-998 77").value());
        assertThrows(InvalidValueException.class, () -> Snils.parse("001-001-999 77"));
    }

    @Property(tries = 3000)
    void everyNumberWithItsCheckNumberIsAccepted(@ForAll("checkedNumbers") String nine) {
        String text = format(nine, Snils.checkNumber(nine));
        assertEquals(text, Snils.parse(text).value());
    }

    @Property(tries = 3000)
    void everyOtherCheckNumberIsRefused(@ForAll("checkedNumbers") String nine, @ForAll @IntRange(min = 1, max = 99) int shift) {
        int wrong = (Snils.checkNumber(nine) + shift) % 100;
        assertEquals("snils.checksum",
                assertThrows(InvalidValueException.class, () -> Snils.parse(format(nine, wrong))).key());
    }

    @Property(tries = 1000)
    void checkNumberIsAlwaysTwoDigits(@ForAll("checkedNumbers") String nine) {
        int check = Snils.checkNumber(nine);
        Assertions.assertTrue(check >= 0 && check <= 99);
    }

    @Provide
    Arbitrary<String> checkedNumbers() {
        return Arbitraries.integers().between(1_001_999, 999_999_999).map(n -> String.format("%09d", n));
    }

    private static String format(String nine, int check) {
        return nine.substring(0, 3) + "-" + nine.substring(3, 6) + "-" + nine.substring(6) + String.format(" %02d", check);
    }
}
