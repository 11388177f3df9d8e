package ru.registratura.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.registratura.e2e.Api.call;
import static ru.registratura.e2e.Api.field;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * An external system's journey through the booking API, as the README's «Trying it locally» sets it up: its key
 * registered with {@code server-config/api-jwt.sh}, a token of the booking hub; it looks the patient up, finds a
 * doctor and a free slot after today, books, reads the patient's appointments and cancels, and the slot is free
 * again. Over HTTP only (no database access), so that it runs on the default H2 domain as on PostgreSQL.
 */
class ApiJourneyIT {

    @Test
    void anExternalSystemLooksAPatientUpBooksAndCancels() throws Exception {
        String token = Tokens.of(Tokens.registered().getPrivate(), "journey-hub", "booking-hub");

        HttpResponse<String> found = call("POST", "/patients/lookup", token,
                "{\"policy\":\"3850100000123458\",\"birthDate\":\"1986-05-14\"}");
        assertEquals(200, found.statusCode(), found.body());
        String patient = field(found.body(), "id");

        HttpResponse<String> specialties = call("GET", "/specialties?patient=" + patient, token, null);
        assertEquals(200, specialties.statusCode(), specialties.body());
        String ophthalmology = idOf(specialties.body(), "Офтальмолог");
        HttpResponse<String> doctors = call("GET", "/doctors?specialty=" + ophthalmology + "&institution=1", token, null);
        assertEquals(200, doctors.statusCode(), doctors.body());
        String doctor = field(doctors.body(), "id");

        // From tomorrow in the region: a time minutes away could pass before the booking.
        String tomorrow = LocalDate.now(Journey.REGION).plusDays(1).atStartOfDay(Journey.REGION).toInstant().toString();
        HttpResponse<String> slots = call("GET", "/slots?doctor=" + doctor + "&from=" + tomorrow, token, null);
        assertEquals(200, slots.statusCode(), slots.body());
        String slot = field(slots.body(), "id");

        HttpResponse<String> booked = call("POST", "/appointments", token,
                "{\"patientId\":" + patient + ",\"slotId\":" + slot + "}");
        assertEquals(201, booked.statusCode(), booked.body());
        assertEquals("BOOKED", field(booked.body(), "status"));
        String appointment = field(booked.body(), "id");

        HttpResponse<String> list = call("GET", "/appointments?patient=" + patient, token, null);
        assertEquals(200, list.statusCode(), list.body());
        assertTrue(list.body().contains("\"id\":" + appointment), list.body());
        HttpResponse<String> taken = call("GET", "/slots?doctor=" + doctor + "&from=" + tomorrow, token, null);
        assertFalse(taken.body().contains("\"id\":" + slot + ","), "a booked slot is not offered");

        HttpResponse<String> cancelled = call("DELETE", "/appointments/" + appointment + "?reason=patient_decline", token, null);
        assertEquals(200, cancelled.statusCode(), cancelled.body());
        assertEquals("CANCELLED", field(cancelled.body(), "status"));
        HttpResponse<String> free = call("GET", "/slots?doctor=" + doctor + "&from=" + tomorrow, token, null);
        assertTrue(free.body().contains("\"id\":" + slot + ","), "the slot is offered again: " + free.body());

        HttpResponse<String> unauthorised = call("GET", "/institutions", null, null);
        assertEquals(401, unauthorised.statusCode(), "no token, no answer");
    }

    /** The id of the object in a JSON list whose name is this. */
    private static String idOf(String json, String name) {
        Matcher m = Pattern.compile("\\{[^{}]*\"id\"\\s*:\\s*(\\d+)[^{}]*\"name\"\\s*:\\s*\"" + Pattern.quote(name) + "\"")
                .matcher(json);
        if (!m.find()) {
            throw new AssertionError("No " + name + " in " + json);
        }
        return m.group(1);
    }
}
