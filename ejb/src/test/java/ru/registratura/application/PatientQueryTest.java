package ru.registratura.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the phone screen's one search box means by what an operator types. */
class PatientQueryTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "3850100000123458      | 3850100000123458",
        "3850 1000 0012 3458   | 3850100000123458",
        "123456                | 123456",
        // Eleven digits whose check number is wrong are no SNILS: a policy number of eleven digits.
        "11223344500           | 11223344500"})
    void digitsArePolicyNumbers(String typed, String policy) {
        PatientQuery query = PatientQuery.fromText(typed).orElseThrow();
        assertEquals(PatientQuery.By.POLICY, query.by());
        assertEquals(policy, query.policyNumber());
        assertTrue(query.problems(LocalDate.of(2026, 12, 3)).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"112-233-445 95", "112-233-445-95", "11223344595"})
    void aSnilsWrittenOrWithItsCheckNumberIsASnils(String typed) {
        PatientQuery query = PatientQuery.fromText(typed).orElseThrow();
        assertEquals(PatientQuery.By.SNILS, query.by());
        assertEquals("112-233-445 95", query.snilsValue());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Иванова 14.05.1986          | Иванова",
        "  иванова   14.05.1986      | иванова",
        "Иванова Мария 14.05.1986    | Иванова",
        "Салтыков-Щедрина 1.2.1950   | Салтыков-Щедрина"})
    void aSurnameWithABirthDate(String typed, String surname) {
        PatientQuery query = PatientQuery.fromText(typed).orElseThrow();
        assertEquals(PatientQuery.By.NAME_AND_BIRTH_DATE, query.by());
        assertEquals(surname, query.lastName());
        assertTrue(query.birthDate().getYear() == 1986 || query.birthDate().getYear() == 1950);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "12345", "Иванова", "Иванова 14.05", "14.05.1986", "14.05.1986 Иванова",
        "Иванова 31.02.1986", "12345678901234567", "Иванова <script>"})
    void whatIsNotAWholeQueryYetLooksForNobody(String typed) {
        assertEquals(Optional.empty(), PatientQuery.fromText(typed));
    }

    @org.junit.jupiter.api.Test
    void aBirthDateInTheFutureIsAProblemOfTheQuery() {
        PatientQuery query = PatientQuery.fromText("Иванова 01.01.2030").orElseThrow();
        assertEquals("search.birthDate.future", query.problems(LocalDate.of(2026, 12, 3)).get(0).key());
    }
}
