package ru.registratura.infrastructure.esia;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import ru.registratura.application.ImportedPerson;
import ru.registratura.domain.card.OmsPolicy;
import ru.registratura.domain.directory.Sex;

/**
 * Reads a person from ESIA's REST API with the access token: {@code /rs/prns/{oid}}, then contacts,
 * documents and children with {@code embed=(elements)} (docs/esia-protocol.md section 6). Only what the portal
 * needs is kept: names, birth date, sex, SNILS, the account's trust, whether an identity document is
 * verified, the OMS policy, mobile phone and e-mail, and the children with their policies.
 */
public class EsiaPersonReader {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final EsiaSettings settings;
    private final HttpClient http;

    public EsiaPersonReader(EsiaSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * @param trustedInToken whether the id token marks the account confirmed ({@code urn:esia:sbj:is_tru});
     *                       a confirmed account needs both it and the person record's {@code trusted}
     */
    public ImportedPerson read(String oid, String accessToken, boolean trustedInToken) {
        URI base = settings.personUrl(oid);
        JsonObject person = get(base, accessToken);
        JsonObject contacts = get(URI.create(base + "/ctts?embed=(elements)"), accessToken);
        JsonObject documents = get(URI.create(base + "/docs?embed=(elements)"), accessToken);
        JsonObject kids = get(URI.create(base + "/kids?embed=(elements)"), accessToken);
        return toPerson(oid, person, contacts, documents, kids, trustedInToken);
    }

    static ImportedPerson toPerson(String oid, JsonObject person, JsonObject contacts, JsonObject documents,
                                   JsonObject kids, boolean trustedInToken) {
        String mobile = null;
        String email = null;
        for (JsonObject contact : elements(contacts)) {
            String type = contact.getString("type", "");
            if (type.equals("MBT") && mobile == null) {
                mobile = text(contact, "value");
            } else if (type.equals("EML") && email == null) {
                email = text(contact, "value");
            }
        }
        OmsPolicy policy = null;
        boolean identityVerified = false;
        for (JsonObject document : elements(documents)) {
            String type = document.getString("type", "");
            if (type.equals("MDCL_PLCY") && policy == null) {
                policy = policy(document);
            } else if ((type.equals("RF_PASSPORT") || type.equals("FID_DOC"))
                    && "VERIFIED".equalsIgnoreCase(document.getString("vrfStu", ""))) {
                identityVerified = true;
            }
        }
        List<ImportedPerson.Child> children = new ArrayList<>();
        for (JsonObject kid : elements(kids)) {
            OmsPolicy kidPolicy = null;
            JsonValue kidDocuments = kid.get("documents");
            if (kidDocuments instanceof JsonObject kidDocs) {
                for (JsonObject document : elements(kidDocs)) {
                    if ("MDCL_PLCY".equals(document.getString("type", "")) && kidPolicy == null) {
                        kidPolicy = policy(document);
                    }
                }
            }
            children.add(new ImportedPerson.Child(idOf(kid), text(kid, "lastName"), text(kid, "firstName"),
                    text(kid, "middleName"), date(kid, "birthDate"), sex(kid), text(kid, "snils"), kidPolicy));
        }
        boolean trusted = trustedInToken && person.getBoolean("trusted", false);
        return new ImportedPerson(oid, text(person, "lastName"), text(person, "firstName"), text(person, "middleName"),
                date(person, "birthDate"), sex(person), text(person, "snils"), trusted, identityVerified, policy, mobile,
                email, children);
    }

    private JsonObject get(URI uri, String accessToken) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(settings.readTimeout())
                .header("Authorization", "Bearer " + accessToken)
                .header("Accept", "application/json")
                .GET()
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new EsiaUnavailableException("ESIA's person API did not answer: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EsiaUnavailableException("Interrupted while reading ESIA's person API", e);
        }
        if (response.statusCode() >= 500) {
            throw new EsiaUnavailableException("ESIA's person API answered HTTP " + response.statusCode());
        }
        if (response.statusCode() != 200) {
            throw new EsiaProtocolException("ESIA's person API answered HTTP " + response.statusCode() + " for "
                    + uri.getPath().replaceAll("/\\d+", "/{id}"));
        }
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            throw new EsiaProtocolException("ESIA's person API answered something that is not a JSON object");
        }
    }

    private static List<JsonObject> elements(JsonObject collection) {
        JsonValue elements = collection.get("elements");
        if (elements == null || elements.getValueType() != JsonValue.ValueType.ARRAY) {
            return List.of();
        }
        List<JsonObject> result = new ArrayList<>();
        for (JsonValue element : elements.asJsonArray()) {
            if (element.getValueType() == JsonValue.ValueType.OBJECT) {
                result.add(element.asJsonObject());
            }
        }
        return result;
    }

    private static OmsPolicy policy(JsonObject document) {
        String number = text(document, "number");
        return number == null ? null : new OmsPolicy(text(document, "series"), number);
    }

    private static String idOf(JsonObject item) {
        JsonValue id = item.get("id");
        if (id == null) {
            return null;
        }
        return id.getValueType() == JsonValue.ValueType.STRING ? item.getString("id") : id.toString();
    }

    private static String text(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() != JsonValue.ValueType.STRING) {
            return null;
        }
        String text = json.getString(name).trim();
        return text.isEmpty() ? null : text;
    }

    private static LocalDate date(JsonObject json, String name) {
        String value = text(json, name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value, DATE);
        } catch (DateTimeParseException e) {
            throw new EsiaProtocolException("ESIA sent a date that is not DD.MM.YYYY in " + name);
        }
    }

    private static Sex sex(JsonObject json) {
        String value = text(json, "gender");
        if (value == null) {
            return null;
        }
        return switch (value.toUpperCase(Locale.ROOT)) {
            case "M" -> Sex.M;
            case "F" -> Sex.F;
            default -> null;
        };
    }
}
