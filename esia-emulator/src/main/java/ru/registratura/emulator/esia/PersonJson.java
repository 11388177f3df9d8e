package ru.registratura.emulator.esia;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

/**
 * A test person as ESIA's REST API shows it ({@code /rs/prns/{oid}} and its collections), limited to
 * what the granted scopes allow: without {@code snils} there is no SNILS, without {@code medical_doc}
 * no OMS policy among the documents, and so on (docs/esia-protocol.md sections 5 and 6).
 */
public final class PersonJson {

    private static final long UPDATED_ON = 1_700_000_000L;

    private final JsonObject person;
    private final Set<String> scopes;
    private final String personUrl;

    public PersonJson(JsonObject person, Set<String> scopes, String baseUrl) {
        this.person = person;
        this.scopes = scopes;
        this.personUrl = baseUrl + "/rs/prns/" + oid();
    }

    long oid() {
        return person.getJsonNumber("oid").longValue();
    }

    public JsonObject person() {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("stateFacts", Json.createArrayBuilder().add("EntityRoot"))
                .add("eTag", etag(person.toString()));
        if (scopes.contains("fullname")) {
            copy(person, json, "firstName", "lastName", "middleName");
        }
        if (scopes.contains("birthdate")) {
            copy(person, json, "birthDate", "birthPlace");
        }
        if (scopes.contains("gender")) {
            copy(person, json, "gender");
        }
        if (scopes.contains("snils")) {
            copy(person, json, "snils");
        }
        if (scopes.contains("inn")) {
            copy(person, json, "inn");
        }
        json.add("trusted", person.getBoolean("trusted"))
                .add("verifying", false)
                .add("citizenship", "RUS")
                .add("updatedOn", UPDATED_ON)
                .add("status", "REGISTERED");
        if (scopes.contains("id_doc")) {
            identityDocumentId().ifPresent(id -> json.add("rIdDoc", id));
        }
        return json.build();
    }

    private Optional<Long> identityDocumentId() {
        List<JsonObject> docs = person.getJsonArray("documents").getValuesAs(JsonObject.class);
        for (int i = 0; i < docs.size(); i++) {
            String type = docs.get(i).getString("type");
            if (type.equals("RF_PASSPORT") || type.equals("FID_DOC")) {
                return Optional.of(itemId(2, i));
            }
        }
        return Optional.empty();
    }

    public JsonObject contacts(boolean embed) {
        return collection("ctts", 1, person.getJsonArray("contacts"), this::contactAllowed, embed);
    }

    public JsonObject addresses(boolean embed) {
        return collection("addrs", 3, person.getJsonArray("addresses"), a -> scopes.contains("contacts"), embed);
    }

    public JsonObject documents(boolean embed) {
        return collection("docs", 2, person.getJsonArray("documents"), this::documentAllowed, embed);
    }

    public JsonObject kids(boolean embed) {
        JsonArray kids = person.getJsonArray("kids");
        boolean anyKidScope = scopes.stream().anyMatch(s -> s.startsWith("kid_"));
        JsonArrayBuilder elements = Json.createArrayBuilder();
        int size = 0;
        for (JsonObject kid : kids.getValuesAs(JsonObject.class)) {
            if (!anyKidScope) {
                break;
            }
            size++;
            long id = kid.getJsonNumber("id").longValue();
            elements.add(embed ? kid(kid) : Json.createValue(personUrl + "/kids/" + id));
        }
        return collectionJson(size, elements);
    }

    /** One item of a collection by its id, if the scopes allow it. */
    public Optional<JsonObject> item(String collection, long id) {
        return switch (collection) {
            case "ctts" -> find(person.getJsonArray("contacts"), 1, id, this::contactAllowed).map(c -> contact(c, id));
            case "docs" -> find(person.getJsonArray("documents"), 2, id, this::documentAllowed).map(d -> document(d, id));
            case "addrs" -> find(person.getJsonArray("addresses"), 3, id, a -> scopes.contains("contacts")).map(a -> address(a, id));
            case "kids" -> person.getJsonArray("kids").getValuesAs(JsonObject.class).stream()
                    .filter(k -> k.getJsonNumber("id").longValue() == id)
                    .filter(k -> scopes.stream().anyMatch(s -> s.startsWith("kid_")))
                    .findFirst().map(this::kid);
            default -> Optional.empty();
        };
    }

    private Optional<JsonObject> find(JsonArray items, int kind, long id, Predicate<JsonObject> allowed) {
        List<JsonObject> list = items.getValuesAs(JsonObject.class);
        for (int i = 0; i < list.size(); i++) {
            if (itemId(kind, i) == id && allowed.test(list.get(i))) {
                return Optional.of(list.get(i));
            }
        }
        return Optional.empty();
    }

    private boolean contactAllowed(JsonObject contact) {
        return switch (contact.getString("type")) {
            case "MBT" -> scopes.contains("mobile") || scopes.contains("contacts");
            case "EML" -> scopes.contains("email") || scopes.contains("contacts");
            default -> scopes.contains("contacts");
        };
    }

    private boolean documentAllowed(JsonObject document) {
        return switch (document.getString("type")) {
            case "RF_PASSPORT", "FID_DOC" -> scopes.contains("id_doc");
            case "MDCL_PLCY" -> scopes.contains("medical_doc");
            case "RF_DRIVING_LICENSE" -> scopes.contains("drivers_licence_doc");
            default -> false;
        };
    }

    private boolean kidDocumentAllowed(JsonObject document) {
        return switch (document.getString("type")) {
            case "MDCL_PLCY" -> scopes.contains("kid_medical_doc");
            case "RF_BRTH_CERT", "FID_BRTH_CERT", "OLD_BRTH_CERT" -> scopes.contains("kid_birth_cert_doc");
            default -> false;
        };
    }

    private JsonObject collection(String name, int kind, JsonArray items, Predicate<JsonObject> allowed, boolean embed) {
        JsonArrayBuilder elements = Json.createArrayBuilder();
        List<JsonObject> list = items.getValuesAs(JsonObject.class);
        int size = 0;
        for (int i = 0; i < list.size(); i++) {
            JsonObject item = list.get(i);
            if (!allowed.test(item)) {
                continue;
            }
            size++;
            long id = itemId(kind, i);
            if (!embed) {
                elements.add(personUrl + "/" + name + "/" + id);
            } else if (kind == 1) {
                elements.add(contact(item, id));
            } else if (kind == 2) {
                elements.add(document(item, id));
            } else {
                elements.add(address(item, id));
            }
        }
        return collectionJson(size, elements);
    }

    private static JsonObject collectionJson(int size, JsonArrayBuilder elements) {
        JsonArray array = elements.build();
        return Json.createObjectBuilder()
                .add("stateFacts", Json.createArrayBuilder().add("hasSize"))
                .add("size", size)
                .add("eTag", etag(array.toString()))
                .add("elements", array)
                .build();
    }

    private long itemId(int kind, int index) {
        return (oid() % 100_000) * 1_000 + kind * 100L + index;
    }

    private static JsonObject contact(JsonObject contact, long id) {
        JsonObjectBuilder json = identifiable(id, contact);
        copy(contact, json, "type", "vrfStu", "value");
        return json.build();
    }

    private static JsonObject document(JsonObject document, long id) {
        JsonObjectBuilder json = identifiable(id, document);
        copy(document, json, "type", "vrfStu", "series", "number", "issueDate", "issueId", "issuedBy", "expiryDate",
                "actNo", "actDate");
        return json.build();
    }

    private static JsonObject address(JsonObject address, long id) {
        JsonObjectBuilder json = identifiable(id, address);
        copy(address, json, "type", "addressStr", "zipCode");
        return json.build();
    }

    private JsonObject kid(JsonObject kid) {
        JsonObjectBuilder json = identifiable(kid.getJsonNumber("id").longValue(), kid);
        if (scopes.contains("kid_fullname")) {
            copy(kid, json, "firstName", "lastName", "middleName");
        }
        if (scopes.contains("kid_birthdate")) {
            copy(kid, json, "birthDate");
        }
        if (scopes.contains("kid_gender")) {
            copy(kid, json, "gender");
        }
        if (scopes.contains("kid_snils")) {
            copy(kid, json, "snils");
        }
        if (scopes.contains("kid_inn")) {
            copy(kid, json, "inn");
        }
        JsonArrayBuilder documents = Json.createArrayBuilder();
        int size = 0;
        List<JsonObject> list = kid.getJsonArray("documents").getValuesAs(JsonObject.class);
        for (int i = 0; i < list.size(); i++) {
            if (kidDocumentAllowed(list.get(i))) {
                size++;
                documents.add(document(list.get(i), kid.getJsonNumber("id").longValue() * 10 + i));
            }
        }
        json.add("documents", collectionJson(size, documents));
        return json.build();
    }

    private static JsonObjectBuilder identifiable(long id, JsonObject source) {
        return Json.createObjectBuilder()
                .add("stateFacts", Json.createArrayBuilder().add("Identifiable"))
                .add("id", id)
                .add("eTag", etag(source.toString()));
    }

    private static void copy(JsonObject from, JsonObjectBuilder to, String... names) {
        for (String name : names) {
            JsonValue value = from.get(name);
            if (value != null && value.getValueType() != JsonValue.ValueType.NULL) {
                to.add(name, value);
            }
        }
    }

    private static String etag(String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1")
                    .digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
