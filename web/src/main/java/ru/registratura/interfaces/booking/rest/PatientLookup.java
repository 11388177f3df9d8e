package ru.registratura.interfaces.booking.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A JSON document of the booking API (public fields: what JSON-B reads and writes and OpenAPI shows). */
@Schema(name = "PatientLookup", description = "One of: policy with birthDate; snils (birthDate optional); "
        + "lastName, firstName (middleName) with birthDate")
public class PatientLookup {
    @Schema(description = "ЕНП (16 digits) or an old policy as «series number»", example = "3850100000123458")
    @Size(max = 40, message = "{api.field.tooLong}")
    public String policy;
    @Schema(example = "112-233-445 95")
    @Size(max = 20, message = "{api.field.tooLong}")
    public String snils;
    @Size(max = 100, message = "{api.field.tooLong}")
    public String lastName;
    @Size(max = 100, message = "{api.field.tooLong}")
    public String firstName;
    @Size(max = 100, message = "{api.field.tooLong}")
    public String middleName;
    @Schema(type = SchemaType.STRING, format = "date", example = "1986-05-14")
    @PastOrPresent(message = "{api.field.past}")
    public LocalDate birthDate;
}
