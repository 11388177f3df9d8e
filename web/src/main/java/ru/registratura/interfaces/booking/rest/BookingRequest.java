package ru.registratura.interfaces.booking.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A JSON document of the booking API (public fields: what JSON-B reads and writes and OpenAPI shows). */
@Schema(name = "BookingRequest")
public class BookingRequest {
    @Schema(required = true, description = "The patient's id from /patients/lookup")
    @NotNull(message = "{api.field.required}")
    @Positive(message = "{api.field.positive}")
    public Long patientId;
    @Schema(required = true)
    @NotNull(message = "{api.field.required}")
    @Positive(message = "{api.field.positive}")
    public Long slotId;
}
