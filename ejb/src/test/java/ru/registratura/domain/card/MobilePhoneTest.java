package ru.registratura.domain.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MobilePhoneTest {

    @ParameterizedTest
    @ValueSource(strings = {"+7(914)1000001", "+7 (914) 100-00-01", "8 914 100 00 01", "89141000001", "79141000001",
            "9141000001", " +7-914-100-00-01 "})
    void acceptsTheUsualWaysOfWritingAMobileNumber(String text) {
        assertEquals("+7 (914) 100-00-01", MobilePhone.parse(text).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "+7 (3952) 22-41-15", "83952224115", "+8 914 100 00 01", "+7 914 100 00 0", "+7 914 100 00 011",
            "+1 914 100 00 01", "8-914-ABC-00-01", "+79141000001 доб. 2", "12345"})
    void refusesWhatIsNotARussianMobileNumber(String text) {
        assertEquals("phone.format", assertThrows(InvalidValueException.class, () -> MobilePhone.parse(text)).key());
    }

    @Property(tries = 2000)
    void everyNineCodeNumberIsAcceptedInEveryNotation(@ForAll("mobiles") String nine, @ForAll("prefixes") String prefix) {
        String number = "9" + nine;
        String expected = "+7 (" + number.substring(0, 3) + ") " + number.substring(3, 6) + "-" + number.substring(6, 8)
                + "-" + number.substring(8);
        assertEquals(expected, MobilePhone.parse(prefix + number).value());
        assertEquals(expected, MobilePhone.parse(expected).value());
    }

    @Property(tries = 2000)
    void landlinesAreRefused(@ForAll("landlines") String ten) {
        assertThrows(InvalidValueException.class, () -> MobilePhone.parse("+7" + ten));
    }

    @Property
    void theCardsColumnHoldsTheNumberAsShownAndGivesTheSameNumberBack(@ForAll("mobiles") String nine) {
        MobilePhoneConverter converter = new MobilePhoneConverter();
        MobilePhone phone = MobilePhone.parse("8 9" + nine);
        String column = converter.convertToDatabaseColumn(phone);
        assertEquals(phone.value(), column);
        assertEquals(phone, converter.convertToEntityAttribute(column));
        assertNull(converter.convertToDatabaseColumn(null));
        assertNull(converter.convertToEntityAttribute(null));
    }

    @Provide
    Arbitrary<String> mobiles() {
        return Arbitraries.strings().numeric().ofLength(9);
    }

    @Provide
    Arbitrary<String> prefixes() {
        return Arbitraries.of("+7", "8", "7", "", "+7 ", "8 ");
    }

    @Provide
    Arbitrary<String> landlines() {
        return Arbitraries.strings().numeric().ofLength(9).flatMap(rest ->
                Arbitraries.integers().between(1, 8).map(first -> first + rest));
    }
}
