package ru.registratura.interfaces.booking.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.registratura.domain.directory.Specialty;

/** A JSON document of the booking API (public fields: what JSON-B reads and writes and OpenAPI shows). */
@Schema(name = "Specialty")
public class SpecialtyJson {
    public long id;
    @Schema(description = "Code of the federal nomenclature (V021)")
    public String code;
    public String name;
    @Schema(description = "Booked only with a referral (направление): POST /appointments needs its referralNumber")
    public boolean referralRequired;

    public static SpecialtyJson of(Specialty s) {
        SpecialtyJson json = new SpecialtyJson();
        json.id = s.getId();
        json.code = s.getFederalCode();
        json.name = s.getName();
        json.referralRequired = s.isReferralRequired();
        return json;
    }
}
