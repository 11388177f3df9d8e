package ru.registratura.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.registratura.e2e.Api.all;
import static ru.registratura.e2e.Api.call;
import static ru.registratura.e2e.Api.field;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The booking API over HTTP on the running domain, with tokens signed by a key generated here and registered by
 * {@code server-config/api-jwt.sh}: each operation's success, each refusal (the 401 variants, 403, 404, 409,
 * 422, 400), the idempotency key, the atomic move under concurrency, and the OpenAPI document.
 */
class BookingApiIT {

    private static final String API = Portal.BASE_URL + "/api/v1";
    /** Demo register people of Поликлиника № 4 (adults): policy, birth date. */
    private static final long SMIRNOV = 6;
    private static final String SMIRNOV_POLICY = "3850100000567894";
    private static final long GOLUBEVA = 7;
    private static final long LUKINA = 13;
    /** Новикова Татьяна Юрьевна, ophthalmologist of Поликлиника № 4: not a district specialty. */
    private static final long OPHTHALMOLOGIST = 8;

    private static KeyPair key;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void registerTheTestKey() throws Exception {
        key = Tokens.registered();
    }

    @BeforeEach
    void noAppointmentsOfTheTestPeople() throws Exception {
        String people = SMIRNOV + ", " + GOLUBEVA + ", " + LUKINA;
        Staff.execute("update slot set appointment_id = null where appointment_id in (select id from appointment where "
                + "register_entry_id in (" + people + "))");
        Staff.execute("delete from api_idempotency where appointment_id in (select id from appointment where "
                + "register_entry_id in (" + people + "))");
        Staff.execute("delete from appointment where register_entry_id in (" + people + ")");
        Staff.execute("delete from api_patient_lookup where subject like 'it/%'");
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private static String hub() throws Exception {
        return Tokens.of(key.getPrivate(), "it-hub", "booking-hub");
    }

    private static void lookUp(String token, long entry) throws Exception {
        String policy = Cards.string("select policy_number from attachment_register where id = ?", entry);
        String birth = Cards.string("select cast(birth_date as varchar) from attachment_register where id = ?", entry);
        HttpResponse<String> found = call("POST", "/patients/lookup", token,
                "{\"policy\":\"" + policy + "\",\"birthDate\":\"" + birth + "\"}");
        assertEquals(200, found.statusCode(), found.body());
        assertEquals(String.valueOf(entry), field(found.body(), "id"));
    }

    /** The first free slots of the ophthalmologist open to the API. */
    private static List<Long> freeSlots(String token) throws Exception {
        // From tomorrow in the region: a time minutes away could pass before the test books it.
        String tomorrow = LocalDate.now(Journey.REGION).plusDays(1).atStartOfDay(Journey.REGION).toInstant().toString();
        HttpResponse<String> slots = call("GET", "/slots?doctor=" + OPHTHALMOLOGIST + "&from=" + tomorrow, token, null);
        assertEquals(200, slots.statusCode(), slots.body());
        List<Long> ids = all(slots.body(), "id").stream().map(Long::parseLong).toList();
        assertTrue(ids.size() >= 4, "free slots of the ophthalmologist: " + slots.body());
        return ids;
    }

    private static HttpResponse<String> book(String token, long entry, long slot, String... headers) throws Exception {
        return call("POST", "/appointments", token, "{\"patientId\":" + entry + ",\"slotId\":" + slot + "}", headers);
    }

    private static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().map().toString());
        assertEquals(code, field(response.body(), "code"), response.body());
        assertEquals(String.valueOf(status), field(response.body(), "status"));
        assertTrue(field(response.body(), "type").startsWith("https://registratura.ru/problems/"));
    }

    // ------------------------------------------------------------------------------------------------ tests

    /** The sum of a metric's values in the Prometheus text at /metrics (0 when it has none yet). */
    private static double metric(String name) throws Exception {
        String text = HTTP.send(HttpRequest.newBuilder(URI.create(Portal.BASE_URL + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("(?m)^" + name + "(\\{[^}]*\\})?\\s+([-0-9.Ee+]+)$").matcher(text);
        double sum = 0;
        while (m.find()) {
            sum += Double.parseDouble(m.group(2));
        }
        return sum;
    }

    /** The audit events of this API caller with this action and outcome. */
    private static long audited(String subject, String action, String outcome) throws Exception {
        return Cards.number("select count(*) from audit_event where subject = ? and action = ? and outcome = ?",
                Tokens.caller(subject), action, outcome);
    }

    @Test
    void eachOperationWorksForTheBookingHub() throws Exception {
        // A caller of this test alone, so that its audit trail is counted exactly.
        String subject = "it-ops-" + System.nanoTime();
        String token = Tokens.of(key.getPrivate(), subject, "booking-hub");
        double bookings = metric("api_bookings_total");
        double cancellations = metric("api_cancellations_total");
        HttpResponse<String> institutions = call("GET", "/institutions", token, null);
        assertEquals(200, institutions.statusCode(), institutions.body());
        assertTrue(institutions.body().contains("Поликлиника № 4") && institutions.body().contains("380004"));

        HttpResponse<String> bySnils = call("POST", "/patients/lookup", token, "{\"snils\":\"145-678-901 05\"}");
        assertEquals(200, bySnils.statusCode(), bySnils.body());
        assertEquals(String.valueOf(SMIRNOV), field(bySnils.body(), "id"));
        assertEquals("1", field(bySnils.body(), "institutionId"));
        assertEquals("5", field(bySnils.body(), "district"));
        HttpResponse<String> byName = call("POST", "/patients/lookup", token,
                "{\"lastName\":\"смирнов\",\"firstName\":\"Дмитрий\",\"birthDate\":\"1979-01-11\"}");
        assertEquals(String.valueOf(SMIRNOV), field(byName.body(), "id"), byName.body());
        lookUp(token, SMIRNOV);

        HttpResponse<String> specialties = call("GET", "/specialties?patient=" + SMIRNOV, token, null);
        assertEquals(200, specialties.statusCode(), specialties.body());
        assertTrue(specialties.body().contains("Офтальмолог"), specialties.body());
        assertTrue(!specialties.body().contains("Педиатр"), "not for an adult");
        String ophthalmology = Cards.string("select cast(specialty_id as varchar) from doctor where id = ?", OPHTHALMOLOGIST);
        HttpResponse<String> doctors = call("GET", "/doctors?specialty=" + ophthalmology + "&institution=1", token, null);
        assertEquals(200, doctors.statusCode(), doctors.body());
        assertTrue(all(doctors.body(), "id").contains(String.valueOf(OPHTHALMOLOGIST)), doctors.body());

        List<Long> slots = freeSlots(token);
        HttpResponse<String> booked = book(token, SMIRNOV, slots.get(0));
        assertEquals(201, booked.statusCode(), booked.body());
        long appointment = Long.parseLong(field(booked.body(), "id"));
        assertEquals("BOOKED", field(booked.body(), "status"));
        assertTrue(booked.body().contains("Новикова Татьяна Юрьевна"), booked.body());
        assertEquals("API|" + Tokens.caller(subject), Cards.string("select channel || '|' || api_client from appointment where id = ?",
                appointment));

        HttpResponse<String> list = call("GET", "/appointments?patient=" + SMIRNOV, token, null);
        assertEquals(200, list.statusCode(), list.body());
        assertTrue(all(list.body(), "id").contains(String.valueOf(appointment)), list.body());

        HttpResponse<String> moved = call("PUT", "/appointments/" + appointment, token, "{\"slotId\":" + slots.get(1) + "}");
        assertEquals(200, moved.statusCode(), moved.body());
        assertEquals(String.valueOf(appointment), field(moved.body(), "id"), "the same appointment, moved");
        assertEquals(null, Cards.string("select appointment_id from slot where id = ?", slots.get(0)), "the old slot is free");
        assertEquals(String.valueOf(appointment), Cards.string("select appointment_id from slot where id = ?", slots.get(1)));

        HttpResponse<String> cancelled = call("DELETE", "/appointments/" + appointment + "?reason=patient_decline", token, null);
        assertEquals(200, cancelled.statusCode(), cancelled.body());
        assertEquals("CANCELLED", field(cancelled.body(), "status"));
        assertEquals("API", Cards.string("select cancelled_by from appointment where id = ?", appointment));
        assertEquals(null, Cards.string("select appointment_id from slot where id = ?", slots.get(1)));
        String metrics = HTTP.send(HttpRequest.newBuilder(URI.create(Portal.BASE_URL + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(metrics.contains("api_bookings_total") && metrics.contains("api_cancellations_total")
                && metrics.contains("api_latency_seconds") && metrics.contains("operation=\"book\""), "the API's metrics");
        assertEquals(bookings + 1, metric("api_bookings_total"), "one booking counted");
        assertEquals(cancellations + 1, metric("api_cancellations_total"), "one cancellation counted");
        // Every call on personal data is audited: three lookups, the specialties and the list read, one each of the rest.
        assertEquals(3, audited(subject, "API_PATIENT_LOOKUP", "SUCCESS"));
        assertEquals(2, audited(subject, "API_PATIENT_READ", "SUCCESS"));
        assertEquals(1, audited(subject, "APPOINTMENT_BOOKED", "SUCCESS"));
        assertEquals(1, audited(subject, "APPOINTMENT_MOVED", "SUCCESS"));
        assertEquals(1, audited(subject, "APPOINTMENT_CANCELLED", "SUCCESS"));
    }

    @Test
    void tokensThatAreNotValidGet401() throws Exception {
        long now = Instant.now().getEpochSecond();
        KeyPair other = Tokens.keyPair();
        List<String> groups = List.of("booking-hub");
        String good = Tokens.claims(Tokens.ISSUER, Tokens.AUDIENCE, "it-hub", groups, now, now + 600, null);
        List<String> refused = List.of(
                Tokens.signed(key.getPrivate(), Tokens.claims(Tokens.ISSUER, Tokens.AUDIENCE, "it-hub", groups,
                        now - 7200, now - 3600, null)),
                Tokens.signed(key.getPrivate(), Tokens.claims(Tokens.ISSUER, Tokens.AUDIENCE, "it-hub", groups,
                        now, now + 7200, now + 3600)),
                Tokens.signed(key.getPrivate(), Tokens.claims("https://other.example", Tokens.AUDIENCE, "it-hub", groups,
                        now, now + 600, null)),
                Tokens.signed(key.getPrivate(), Tokens.claims(Tokens.ISSUER, "another-api", "it-hub", groups,
                        now, now + 600, null)),
                Tokens.unsigned(good),
                Tokens.signed(other.getPrivate(), good),
                "not-a-token",
                // Unexpired, but issued two hours ago: older than the accepted token age (one hour).
                Tokens.signed(key.getPrivate(), Tokens.claims(Tokens.ISSUER, Tokens.AUDIENCE, "it-hub", groups,
                        now - 7200, now + 600, null)),
                // The algorithm is pinned to RS256: HS256 keyed with the (public) verification key is refused.
                Tokens.hmacSigned(key.getPublic().getEncoded(), good),
                Tokens.hmacSigned(Tokens.pem(key.getPublic()).getBytes(StandardCharsets.US_ASCII), good));
        List<String> names = List.of("expired", "not yet valid", "another issuer", "another audience", "alg none",
                "another key", "garbage", "too old", "HS256 with the key's bytes", "HS256 with the key's PEM");
        for (int i = 0; i < refused.size(); i++) {
            HttpResponse<String> response = call("GET", "/institutions", refused.get(i), null);
            assertEquals(401, response.statusCode(), names.get(i) + ": " + response.body());
        }
        assertProblem(call("GET", "/institutions", null, null), 401, "UNAUTHORIZED");
        assertEquals(200, call("GET", "/institutions", Tokens.signed(key.getPrivate(), good), null).statusCode(),
                "the same claims, signed by the registered key");
        assertProblem(call("GET", "/institutions", Tokens.of(key.getPrivate(), "it-other", "patients"), null),
                403, "FORBIDDEN");
    }

    @Test
    void refusalsAreProblemDetailsWithStableCodesAndChangeNothing() throws Exception {
        String hub = hub();
        String centreSubject = "it-centre-" + System.nanoTime();
        String centre = Tokens.of(key.getPrivate(), centreSubject, "call-centre");
        List<Long> slots = freeSlots(hub);

        assertProblem(book(centre, GOLUBEVA, slots.get(0)), 403, "FORBIDDEN");
        assertEquals(null, Cards.string("select appointment_id from slot where id = ?", slots.get(0)),
                "not looked up by this caller: nothing booked");

        lookUp(hub, GOLUBEVA);
        lookUp(hub, LUKINA);
        lookUp(centre, GOLUBEVA);
        HttpResponse<String> first = book(hub, GOLUBEVA, slots.get(0));
        assertEquals(201, first.statusCode(), first.body());
        HttpResponse<String> taken = book(hub, LUKINA, slots.get(0));
        assertProblem(taken, 409, "SLOT_TAKEN");
        assertTrue(taken.body().contains("\"offered\""), taken.body());
        assertProblem(book(hub, GOLUBEVA, slots.get(1)), 422, "ONE_PER_SPECIALTY");
        assertProblem(book(hub, GOLUBEVA, 999_999_999L), 404, "NO_SUCH_SLOT");
        assertProblem(call("DELETE", "/appointments/999999999?reason=other", hub, null), 404, "NOT_FOUND");
        assertProblem(call("POST", "/patients/lookup", hub, "{\"policy\":\"" + RegisterImportIT.enp() + "\",\"birthDate\":\"1990-01-01\"}"),
                404, "NOT_FOUND");

        HttpResponse<String> noSlot = call("POST", "/appointments", hub, "{\"patientId\":" + LUKINA + "}");
        assertProblem(noSlot, 400, "BAD_INPUT");
        assertEquals("slotId", field(noSlot.body(), "name"));
        assertEquals("required", field(noSlot.body(), "reason"));
        assertEquals("Обязательное поле", field(noSlot.body(), "message"), "in Russian unless English is asked for");
        HttpResponse<String> noSlotInEnglish = call("POST", "/appointments", hub, "{\"patientId\":" + LUKINA + "}",
                "Accept-Language", "en");
        assertEquals("Required", field(noSlotInEnglish.body(), "message"));
        HttpResponse<String> zeroSlot = call("POST", "/appointments", hub, "{\"patientId\":" + LUKINA + ",\"slotId\":0}");
        assertProblem(zeroSlot, 400, "BAD_INPUT");
        assertEquals("positive", field(zeroSlot.body(), "reason"));
        HttpResponse<String> badPolicy = call("POST", "/patients/lookup", hub, "{\"policy\":\"123\"}");
        assertProblem(badPolicy, 400, "BAD_INPUT");
        assertTrue(badPolicy.body().contains("\"policy\"") && badPolicy.body().contains("\"birthDate\""), badPolicy.body());
        assertProblem(call("GET", "/slots?doctor=abc", hub, null), 400, "BAD_INPUT");
        assertProblem(call("POST", "/appointments", hub, "{not json"), 400, "BAD_INPUT");
        long golubevas = Long.parseLong(field(first.body(), "id"));
        HttpResponse<String> badReason = call("DELETE", "/appointments/" + golubevas + "?reason=because", hub, null);
        assertProblem(badReason, 400, "BAD_INPUT");
        assertEquals("reason", field(badReason.body(), "name"), "the query parameter's own name");
        assertEquals("BOOKED", Cards.string("select status from appointment where id = ?", golubevas), "bad input changes nothing");

        // An appointment the registry booked: the call centre may not cancel it, the hub may.
        long registry = Cards.number("select nextval('appointment_seq')");
        Staff.execute("insert into appointment (id, slot_id, register_entry_id, patient_name, channel, status, booked_at) "
                + "values (" + registry + ", " + slots.get(2) + ", " + GOLUBEVA + ", 'Голубева', 'REGISTRY', 'BOOKED', now())");
        Staff.execute("update slot set appointment_id = " + registry + " where id = " + slots.get(2));
        assertProblem(call("DELETE", "/appointments/" + registry + "?reason=patient_decline", centre, null), 403, "FORBIDDEN");
        assertEquals("BOOKED", Cards.string("select status from appointment where id = ?", registry));
        assertEquals(200, call("DELETE", "/appointments/" + registry + "?reason=patient_decline", hub, null).statusCode());
        assertEquals(2, Cards.number("select count(*) from audit_event where subject = ? and outcome = 'FORBIDDEN'",
                Tokens.caller(centreSubject)), "the booking before a lookup and the registry's appointment");
    }

    @Test
    void freeSlotsComeAFewAtATimeEarliestFirstAndPageOnFromTheLastOne() throws Exception {
        String hub = hub();
        String tomorrow = LocalDate.now(Journey.REGION).plusDays(1).atStartOfDay(Journey.REGION).toInstant().toString();
        HttpResponse<String> first = call("GET", "/slots?doctor=" + OPHTHALMOLOGIST + "&from=" + tomorrow + "&limit=3", hub, null);
        assertEquals(200, first.statusCode(), first.body());
        List<String> starts = all(first.body(), "startsAt");
        assertEquals(3, starts.size(), first.body());
        assertTrue(starts.get(0).compareTo(starts.get(1)) < 0 && starts.get(1).compareTo(starts.get(2)) < 0, first.body());
        HttpResponse<String> next = call("GET", "/slots?doctor=" + OPHTHALMOLOGIST + "&from=" + starts.get(2) + "&limit=3", hub, null);
        List<String> nextStarts = all(next.body(), "startsAt");
        assertEquals(3, nextStarts.size(), next.body());
        assertTrue(nextStarts.get(0).compareTo(starts.get(2)) > 0, "the next page starts after the last one: " + next.body());
        HttpResponse<String> byDefault = call("GET", "/slots?doctor=" + OPHTHALMOLOGIST, hub, null);
        int count = all(byDefault.body(), "startsAt").size();
        assertTrue(count > 3 && count <= 50, "at most 50 slots without a limit, not the whole horizon: " + count);
        for (String limit : new String[] {"0", "501", "-1", "x"}) {
            HttpResponse<String> wrong = call("GET", "/slots?doctor=" + OPHTHALMOLOGIST + "&limit=" + limit, hub, null);
            assertProblem(wrong, 400, "BAD_INPUT");
            assertEquals("limit", field(wrong.body(), "name"), wrong.body());
        }
    }

    @Test
    void aKioskActsOnlyForAPatientItIdentifiedInTheLastTenMinutes() throws Exception {
        String kiosk = Tokens.of(key.getPrivate(), "it-kiosk", "kiosk");
        String centre = Tokens.of(key.getPrivate(), "it-centre", "call-centre");
        lookUp(kiosk, LUKINA);
        lookUp(centre, LUKINA);
        Staff.execute("update api_patient_lookup set looked_up_at = now() - interval '11 minutes' where subject in "
                + "('" + Tokens.caller("it-kiosk") + "', '" + Tokens.caller("it-centre") + "')");
        List<Long> slots = freeSlots(kiosk);
        assertProblem(book(kiosk, LUKINA, slots.get(0)), 403, "FORBIDDEN");
        assertEquals(201, book(centre, LUKINA, slots.get(0)).statusCode(), "a call centre's lookup lasts 24 hours");
    }

    @Test
    void theSameIdempotencyKeyBooksOnceAndAnswersTheSame() throws Exception {
        String hub = hub();
        lookUp(hub, LUKINA);
        List<Long> slots = freeSlots(hub);
        String key = "it-" + System.nanoTime();
        HttpResponse<String> first = book(hub, LUKINA, slots.get(0), "Idempotency-Key", key);
        HttpResponse<String> again = book(hub, LUKINA, slots.get(0), "Idempotency-Key", key);
        assertEquals(201, first.statusCode(), first.body());
        assertEquals(first.statusCode(), again.statusCode());
        assertEquals(first.body(), again.body(), "the same answer");
        assertEquals(1, Cards.number("select count(*) from appointment where register_entry_id = ?", LUKINA));
        assertProblem(book(hub, LUKINA, slots.get(1), "Idempotency-Key", key), 400, "BAD_INPUT");
        HttpResponse<String> longKey = book(hub, LUKINA, slots.get(1), "Idempotency-Key", "k".repeat(101));
        assertProblem(longKey, 400, "BAD_INPUT");
        assertEquals("Idempotency-Key", field(longKey.body(), "name"), "the header's own name: " + longKey.body());
        assertEquals("key", field(longKey.body(), "reason"));
        assertEquals(1, Cards.number("select count(*) from appointment where register_entry_id = ?", LUKINA));
    }

    @Test
    void concurrentMovesIntoOneSlotLeaveExactlyOneWinnerAndNoSlotLost() throws Exception {
        String hub = hub();
        lookUp(hub, GOLUBEVA);
        lookUp(hub, LUKINA);
        List<Long> slots = freeSlots(hub);
        long a = Long.parseLong(field(book(hub, GOLUBEVA, slots.get(0)).body(), "id"));
        long b = Long.parseLong(field(book(hub, LUKINA, slots.get(1)).body(), "id"));
        long target = slots.get(2);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<HttpResponse<String>>> moves = new ArrayList<>();
        for (long appointment : new long[] {a, b}) {
            Callable<HttpResponse<String>> move = () -> {
                start.await();
                return call("PUT", "/appointments/" + appointment, hub, "{\"slotId\":" + target + "}");
            };
            moves.add(pool.submit(move));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<HttpResponse<String>> move : moves) {
            statuses.add(move.get(60, TimeUnit.SECONDS).statusCode());
        }
        pool.shutdown();
        assertEquals(List.of(200, 409), statuses.stream().sorted().toList(), "exactly one wins");
        long winner = statuses.get(0) == 200 ? a : b;
        long loser = winner == a ? b : a;
        long loserSlot = winner == a ? slots.get(1) : slots.get(0);
        assertEquals(String.valueOf(winner), Cards.string("select appointment_id from slot where id = ?", target));
        assertEquals(String.valueOf(loser), Cards.string("select appointment_id from slot where id = ?", loserSlot),
                "the loser keeps its slot");
        assertEquals(null, Cards.string("select appointment_id from slot where id = ?", winner == a ? slots.get(0)
                : slots.get(1)), "the winner's old slot is free");
        assertEquals(2, Cards.number("select count(*) from appointment where id in (" + a + ", " + b + ") and status = "
                + "'BOOKED'"));
    }

    @Test
    void theOpenApiDocumentDescribesEveryOperation() throws Exception {
        HttpResponse<String> document = HTTP.send(HttpRequest.newBuilder(URI.create(Portal.BASE_URL + "/openapi"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, document.statusCode());
        String json = document.body();
        // Every resource method of the web module's sources: each has an operationId, and the document has it.
        Path sources = Path.of("..", "web", "src", "main", "java", "ru", "registratura", "interfaces", "booking", "rest");
        int methods = 0;
        try (var files = Files.list(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith("Resource.java")).toList()) {
                String source = Files.readString(file);
                Matcher method = Pattern.compile("\n    @(GET|POST|PUT|DELETE)\n((?:    @[^\n]*\n|            [^\n]*\n)*)"
                        + "    public ").matcher(source);
                while (method.find()) {
                    methods++;
                    Matcher id = Pattern.compile("operationId = \"(\\w+)\"").matcher(method.group(2));
                    assertTrue(id.find(), "a resource method of " + file.getFileName() + " without an operationId");
                    assertTrue(json.contains("\"operationId\":\"" + id.group(1) + "\"")
                            || json.contains("\"operationId\" : \"" + id.group(1) + "\""), "documented: " + id.group(1));
                }
            }
        }
        assertEquals(9, methods, "the resource methods found in the sources");
        for (String path : List.of("/patients/lookup", "/institutions", "/specialties", "/doctors", "/slots",
                "/appointments", "/appointments/{id}")) {
            assertTrue(json.contains("\"/api/v1" + path + "\""), "path " + path);
        }
        for (String property : List.of("invalidFields", "patientId", "slotId", "startsAt", "attachment", "cancellable")) {
            assertTrue(json.contains("\"" + property + "\""), "the schemas' property " + property);
        }
        assertTrue(json.contains("application/problem+json"), "the errors' media type");
        assertTrue(json.contains("\"bearer\"") && json.contains("\"jwt\""), "the security scheme");
        assertTrue(json.contains("\"409\"") && json.contains("\"422\"") && json.contains("\"401\""), "the errors");
        assertTrue(json.contains("\"503\"") && json.contains("SERVICE_BUSY"), "the admission control's answer");
        assertTrue(json.contains("\"limit\""), "the slots' limit");
    }
}
