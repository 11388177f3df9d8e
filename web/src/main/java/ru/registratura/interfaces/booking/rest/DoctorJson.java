package ru.registratura.interfaces.booking.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.registratura.domain.directory.Doctor;

/** A JSON document of the booking API (public fields: what JSON-B reads and writes and OpenAPI shows). */
@Schema(name = "Doctor")
public class DoctorJson {
    public long id;
    public String name;
    public long specialtyId;
    public String specialty;
    public long institutionId;
    public String institution;
    public String cabinet;
    @Schema(description = "Booked only with a referral (the doctor's own mark or the specialty's): POST /appointments "
            + "needs its referralNumber")
    public boolean referralRequired;

    public static DoctorJson of(Doctor d) {
        DoctorJson json = new DoctorJson();
        json.id = d.getId();
        json.name = d.getFullName();
        json.specialtyId = d.getSpecialty().getId();
        json.specialty = d.getSpecialty().getName();
        json.institutionId = d.getInstitution().getId();
        json.institution = d.getInstitution().getShortName();
        json.cabinet = d.getCabinet();
        json.referralRequired = d.needsReferral();
        return json;
    }
}
