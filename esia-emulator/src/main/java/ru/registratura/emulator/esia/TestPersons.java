package ru.registratura.emulator.esia;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

/**
 * The test persons of {@code persons.json}: who can log in, with which login and password, and the
 * data ESIA holds about them. Documented in the README's table of test persons.
 */
@ApplicationScoped
public class TestPersons {

    private final List<JsonObject> persons;

    public TestPersons() {
        this.persons = load();
    }

    static List<JsonObject> load() {
        try (InputStream in = TestPersons.class.getResourceAsStream("/persons.json");
             JsonReader reader = Json.createReader(in)) {
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
                .filter(p -> p.getJsonArray("logins").getValuesAs(jakarta.json.JsonString.class).stream()
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
