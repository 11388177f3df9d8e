package ru.registratura.interfaces.booking.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

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
    @Schema(description = "The number of the patient's referral (направление), for a doctor or specialty booked only "
            + "with one (referralRequired in /directory); without a valid one such a booking is refused with 422 "
            + "REFERRAL_REQUIRED", maxLength = 40, example = "2026-010050")
    @Size(max = 40, message = "{api.field.tooLong}")
    public String referralNumber;
}
