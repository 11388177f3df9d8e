package ru.registratura.interfaces.booking.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.registratura.application.BookingCatalog;

/** A JSON document of the booking API (public fields: what JSON-B reads and writes and OpenAPI shows). */
@Schema(name = "Appointment", description = "An appointment and its ticket (талон)")
public class AppointmentJson {
    @Schema(description = "The appointment's id, also the ticket number")
    public long id;
    @Schema(description = "BOOKED, CANCELLED, ATTENDED or NO_SHOW")
    public String status;
    @Schema(type = SchemaType.STRING, format = "date-time")
    public Instant startsAt;
    @Schema(type = SchemaType.STRING, format = "date-time")
    public Instant endsAt;
    public String patient;
    public String doctor;
    public String specialty;
    public String institution;
    public String address;
    public String phone;
    public String cabinet;
    @Schema(type = SchemaType.STRING, format = "date-time")
    public Instant bookedAt;
    public boolean cancellable;

    public static AppointmentJson of(BookingCatalog.Ticket t) {
        AppointmentJson json = new AppointmentJson();
        json.id = t.id();
        json.status = t.status();
        json.startsAt = t.startsAt();
        json.endsAt = t.endsAt();
        json.patient = t.person();
        json.doctor = t.doctor();
        json.specialty = t.specialty();
        json.institution = t.institution();
        json.address = t.address();
        json.phone = t.phone();
        json.cabinet = t.cabinet();
        json.bookedAt = t.bookedAt();
        json.cancellable = t.cancellable();
        return json;
    }
}
