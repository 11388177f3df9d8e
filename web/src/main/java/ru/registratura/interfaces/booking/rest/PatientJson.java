package ru.registratura.interfaces.booking.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.registratura.application.BookingApiService;

/** A JSON document of the booking API (public fields: what JSON-B reads and writes and OpenAPI shows). */
@Schema(name = "Patient", description = "The identified patient: the id to book with, and the attachment")
public class PatientJson {
    @Schema(description = "The patient's id for further calls")
    public long id;
    public Attachment attachment;

    @Schema(name = "Attachment")
    public static class Attachment {
        public long institutionId;
        public String institution;
        public String district;
        public String districtDoctor;
    }

    public static PatientJson of(BookingApiService.Patient patient) {
        PatientJson json = new PatientJson();
        json.id = patient.id();
        json.attachment = new Attachment();
        json.attachment.institutionId = patient.institutionId();
        json.attachment.institution = patient.institution();
        json.attachment.district = patient.district();
        json.attachment.districtDoctor = patient.districtDoctor();
        return json;
    }
}
