package ru.registratura.emulator.esia;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The test persons of {@code persons.json}: who can log in, with which login and password, and the
 * data ESIA holds about them. Documented in the README's table of test persons.
 */
@ApplicationScoped
public class TestPersons {

    private final List<JsonObject> persons;

    /** The first oid of the generated load-test persons. */
    static final long LOAD_OID_BASE = 7_000_000_000L;

    /** The persons of persons.json and as many virtual patients as {@code esia.emulator.load-persons} says. */
    public TestPersons() {
        this(ConfigProvider.getConfig()
                .getOptionalValue("esia.emulator.load-persons", Integer.class).orElse(0));
    }

    TestPersons(int loadPersons) {
        List<JsonObject> all = new ArrayList<>(load());
        all.addAll(loadPersons(loadPersons));
        this.persons = List.copyOf(all);
    }

    /**
     * The benchmark's virtual patients ({@code esia.emulator.load-persons}, none by default): confirmed
     * accounts {@code load-0001@bench.test}, … with the common test password, valid SNILS numbers, an e-mail
     * and no children. Never more than the benchmark asks for.
     */
    static List<JsonObject> loadPersons(int count) {
        List<JsonObject> result = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            String login = String.format("load-%04d@bench.test", i);
            String snils = snils(200_000_000 + i);
            result.add(Json.createObjectBuilder()
                    .add("oid", LOAD_OID_BASE + i)
                    .add("title", "Виртуальный пациент нагрузочного теста")
                    .add("logins", Json.createArrayBuilder().add(login))
                    .add("password", "Test1234")
                    .add("trusted", true)
                    .add("lastName", "Нагрузочный")
                    .add("firstName", "Пациент")
                    .add("middleName", "Тестович")
                    .add("birthDate", "01.01.1985")
                    .add("birthPlace", "г. Иркутск")
                    .add("gender", "M")
                    .add("snils", snils)
                    .add("contacts", Json.createArrayBuilder().add(Json.createObjectBuilder()
                            .add("type", "EML").add("value", login).add("vrfStu", "VERIFIED")))
                    .add("addresses", Json.createArrayBuilder())
                    .add("documents", Json.createArrayBuilder().add(Json.createObjectBuilder()
                            .add("type", "RF_PASSPORT").add("series", "2500").add("number", String.format("%06d", i))
                            .add("issueDate", "01.02.2005").add("issueId", "380-001")
                            .add("issuedBy", "УВД г. Иркутска").add("vrfStu", "VERIFIED")))
                    .add("kids", Json.createArrayBuilder())
                    .build());
        }
        return result;
    }

    /** «XXX-XXX-XXX YY» with the Pension Fund's check number. */
    static String snils(int number) {
        String digits = String.format("%09d", number);
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (9 - i);
        }
        int check = sum < 100 ? sum : sum % 101 % 100;
        return digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6) + " "
                + String.format("%02d", check);
    }

    /**
     * {@code {YEAR-n}} in persons.json stands for the year n years before this one (in UTC, as the demo region's
     * migration reckons it): a child stays the same age whenever the tests run (Артём is nine, never fourteen).
     */
    static String withYears(String json, int thisYear) {
        return YEAR_AGO.matcher(json).replaceAll(m -> String.valueOf(thisYear - Integer.parseInt(m.group(1))));
    }

    private static final Pattern YEAR_AGO = Pattern.compile("\\{YEAR-(\\d+)}");

    static List<JsonObject> load() {
        try (InputStream raw = TestPersons.class.getResourceAsStream("/persons.json");
             JsonReader reader = Json.createReader(new StringReader(withYears(
                     new String(raw.readAllBytes(), StandardCharsets.UTF_8),
                     Year.now(ZoneOffset.UTC).getValue())))) {
            List<JsonObject> result = new ArrayList<>();
            for (JsonValue value : reader.readObject().getJsonArray("persons")) {
                result.add(value.asJsonObject());
            }
            return List.copyOf(result);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read persons.json", e);
        }
    }

    public List<JsonObject> all() {
        return persons;
    }

    public Optional<JsonObject> byOid(long oid) {
        return persons.stream().filter(p -> p.getJsonNumber("oid").longValue() == oid).findFirst();
    }

    /** The person whose login (phone, e-mail or SNILS, as ESIA's form accepts them) and password match. */
    public Optional<JsonObject> authenticate(String login, String password) {
        if (login == null || password == null || login.isBlank()) {
            return Optional.empty();
        }
        String wanted = normalize(login);
        return persons.stream()
                .filter(p -> p.getJsonArray("logins").getValuesAs(JsonString.class).stream()
                        .anyMatch(l -> normalize(l.getString()).equals(wanted)))
                .filter(p -> p.getString("password").equals(password))
                .findFirst();
    }

    /** E-mails compare case-insensitively; phones and SNILS by their digits, a leading 8 of a phone read as 7. */
    static String normalize(String login) {
        String value = login.trim();
        if (value.contains("@")) {
            return value.toLowerCase(Locale.ROOT);
        }
        String digits = value.replaceAll("\\D", "");
        if (digits.length() == 11 && digits.startsWith("8")) {
            digits = "7" + digits.substring(1);
        }
        return digits;
    }
}
