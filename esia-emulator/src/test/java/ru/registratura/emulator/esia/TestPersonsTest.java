package ru.registratura.emulator.esia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.junit.jupiter.api.Test;

/**
 * The test persons are what the README promises: valid SNILS (except ESIA's low test number) and
 * policy numbers, the six kinds of account, and logins by phone, e-mail or SNILS.
 */
class TestPersonsTest {

    private final TestPersons persons = new TestPersons(0);

    @Test
    void snilsAndPolicyNumbersHaveValidCheckNumbers() {
        List<JsonObject> everyone = new ArrayList<>();
        for (JsonObject person : persons.all()) {
            everyone.add(person);
            everyone.addAll(person.getJsonArray("kids").getValuesAs(JsonObject.class));
        }
        for (JsonObject person : everyone) {
            String snils = person.getString("snils", null);
            if (snils != null && !snils.startsWith("000-000-")) {
                assertTrue(snilsValid(snils), snils);
            }
            for (JsonObject document : person.getJsonArray("documents").getValuesAs(JsonObject.class)) {
                if (document.getString("type").equals("MDCL_PLCY") && !document.containsKey("series")) {
                    assertTrue(luhn(document.getString("number")), document.getString("number"));
                }
            }
        }
    }

    @Test
    void theSixKindsOfAccountAreThere() {
        JsonObject ivanova = persons.byOid(1000300001L).orElseThrow();
        assertEquals(2, ivanova.getJsonArray("kids").size());
        assertEquals(1, ivanova.getJsonArray("kids").getValuesAs(JsonObject.class).stream()
                .filter(k -> k.getJsonArray("documents").toString().contains("MDCL_PLCY")).count());
        assertTrue(persons.byOid(1000300002L).orElseThrow().getJsonArray("documents").toString().contains("\"series\":\"ИРК\""));
        assertFalse(persons.byOid(1000300003L).orElseThrow().getBoolean("trusted"));
        assertFalse(persons.byOid(1000300004L).orElseThrow().containsKey("snils"));
        assertFalse(persons.byOid(1000300005L).orElseThrow().getJsonArray("documents").toString().contains("MDCL_PLCY"));
        assertTrue(persons.byOid(1000300006L).orElseThrow().getString("snils").startsWith("000-000-"));
    }

    @Test
    void loginsArePhoneEmailOrSnilsWithTheRightPassword() {
        assertEquals(1000300001L, persons.authenticate("+7 (914) 100-00-01", "Test1234").orElseThrow().getJsonNumber("oid").longValue());
        assertEquals(1000300001L, persons.authenticate("89141000001", "Test1234").orElseThrow().getJsonNumber("oid").longValue());
        assertEquals(1000300001L, persons.authenticate("Ivanova@Example.ru", "Test1234").orElseThrow().getJsonNumber("oid").longValue());
        assertEquals(1000300001L, persons.authenticate("11223344595", "Test1234").orElseThrow().getJsonNumber("oid").longValue());
        assertTrue(persons.authenticate("ivanova@example.ru", "wrong").isEmpty());
        assertTrue(persons.authenticate("", "Test1234").isEmpty());
        for (JsonObject person : persons.all()) {
            for (JsonString login : person.getJsonArray("logins").getValuesAs(JsonString.class)) {
                assertTrue(persons.authenticate(login.getString(), person.getString("password")).isPresent(), login.getString());
            }
        }
    }

    @Test
    void personDataFollowTheGrantedScopes() {
        JsonObject ivanova = persons.byOid(1000300001L).orElseThrow();
        PersonJson narrow = new PersonJson(ivanova, Set.of("openid", "fullname"), "http://esia");
        assertEquals("Иванова", narrow.person().getString("lastName"));
        assertFalse(narrow.person().containsKey("snils"));
        assertEquals(0, narrow.documents(true).getInt("size"));
        assertEquals(0, narrow.kids(true).getInt("size"));

        PersonJson wide = new PersonJson(ivanova, Set.of("openid", "fullname", "snils", "medical_doc", "mobile",
                "kid_fullname", "kid_medical_doc"), "http://esia");
        assertEquals("112-233-445 95", wide.person().getString("snils"));
        JsonObject documents = wide.documents(true);
        assertEquals(1, documents.getInt("size"), "the policy, not the passport (no id_doc scope)");
        assertEquals("MDCL_PLCY", documents.getJsonArray("elements").getJsonObject(0).getString("type"));
        JsonObject links = wide.documents(false);
        assertTrue(links.getJsonArray("elements").getString(0).startsWith("http://esia/rs/prns/1000300001/docs/"));
        JsonObject kids = wide.kids(true);
        assertEquals(2, kids.getInt("size"));
        JsonObject artem = kids.getJsonArray("elements").getJsonObject(0);
        assertFalse(artem.containsKey("birthDate"), "no kid_birthdate scope");
        assertEquals(1, artem.getJsonObject("documents").getInt("size"), "the policy, not the birth certificate");
        assertEquals(1, wide.contacts(true).getInt("size"), "the mobile phone, not the e-mail");
    }

    private static boolean snilsValid(String snils) {
        String digits = snils.replaceAll("\\D", "");
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (9 - i);
        }
        int check = sum < 100 ? sum : sum <= 101 ? 0 : sum % 101 == 100 ? 0 : sum % 101;
        return check == Integer.parseInt(digits.substring(9));
    }

    private static boolean luhn(String number) {
        int sum = 0;
        for (int i = 0; i < number.length(); i++) {
            int digit = number.charAt(number.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return number.length() == 16 && sum % 10 == 0;
    }

    @Test
    void theBenchmarksVirtualPatientsHaveLoginsAndSnilsNumbersOfTheirOwn() {
        assertEquals("112-233-445 95", TestPersons.snils(112_233_445), "the check number of a known SNILS");
        assertEquals("000-000-011 03", TestPersons.snils(11), "a sum under 100 is the check number itself");
        List<JsonObject> load = TestPersons.loadPersons(3);
        assertEquals(3, load.size());
        assertEquals("load-0002@bench.test", load.get(1).getJsonArray("logins").getString(0));
        assertEquals(TestPersons.LOAD_OID_BASE + 3, load.get(2).getJsonNumber("oid").longValue());
        assertEquals(3, Set.copyOf(load.stream().map(p -> p.getString("snils")).toList()).size());
        assertTrue(TestPersons.loadPersons(0).isEmpty(), "none unless the benchmark asks");
    }

    @Test
    void aChildsBirthYearIsCountedBackFromThisYear() {
        assertEquals("\"birthDate\": \"03.09.2017\"", TestPersons.withYears("\"birthDate\": \"03.09.{YEAR-9}\"", 2026));
        JsonObject artem = persons.all().get(0).getJsonArray("kids").getJsonObject(0);
        assertEquals("03.09." + (Year.now(ZoneOffset.UTC).getValue() - 9), artem.getString("birthDate"));
    }
}
