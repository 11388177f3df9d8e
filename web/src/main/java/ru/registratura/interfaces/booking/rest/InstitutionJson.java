package ru.registratura.interfaces.booking.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.registratura.domain.directory.Institution;

/** A JSON document of the booking API (public fields: what JSON-B reads and writes and OpenAPI shows). */
@Schema(name = "Institution")
public class InstitutionJson {
    public long id;
    public String name;
    public String shortName;
    public String address;
    public String phone;
    @Schema(description = "Code in the federal register of medical organisations")
    public String code;

    public static InstitutionJson of(Institution i) {
        InstitutionJson json = new InstitutionJson();
        json.id = i.getId();
        json.name = i.getName();
        json.shortName = i.getShortName();
        json.address = i.getAddress();
        json.phone = i.getPhone();
        json.code = i.getOmsCode();
        return json;
    }
}
