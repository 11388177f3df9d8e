package ru.registratura.interfaces.booking.rest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ru.registratura.application.BookingApiService;
import ru.registratura.domain.card.FieldError;
import ru.registratura.domain.card.InvalidCardException;

/** The directory and the free slots: what a caller needs to choose a time. */
@Path("/")
@ApplicationScoped
@Tag(name = "Directory and slots")
@Produces(MediaType.APPLICATION_JSON)
public class DirectoryResource {

    static final int DEFAULT_SLOTS = 50;
    static final int MAX_SLOTS = 500;

    @Inject
    BookingApiService service;

    @Inject
    Callers callers;

    @GET
    @Path("institutions")
    @Timed(name = "api_latency", absolute = true, tags = "operation=institutions")
    @Operation(operationId = "listInstitutions", summary = "The region's medical organisations")
    @APIResponse(responseCode = "200", description = "The institutions",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = InstitutionJson.class)))
    @APIResponse(responseCode = "401", ref = "unauthorized")
    @APIResponse(responseCode = "503", ref = "serviceBusy")
    @APIResponse(responseCode = "403", ref = "forbidden")
    public List<InstitutionJson> institutions() {
        return service.institutions(callers.caller()).stream().map(InstitutionJson::of).toList();
    }

    @GET
    @Path("specialties")
    @Timed(name = "api_latency", absolute = true, tags = "operation=specialties")
    @Operation(operationId = "listSpecialties", summary = "The specialties the patient may book",
            description = "Those with doctors receiving patients whose age and sex limits admit the patient.")
    @APIResponse(responseCode = "200", description = "The specialties",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = SpecialtyJson.class)))
    @APIResponse(responseCode = "400", ref = "badInput")
    @APIResponse(responseCode = "401", ref = "unauthorized")
    @APIResponse(responseCode = "503", ref = "serviceBusy")
    @APIResponse(responseCode = "403", ref = "forbidden")
    @APIResponse(responseCode = "404", ref = "notFound")
    public List<SpecialtyJson> specialties(
            @Parameter(description = "The patient's id from /patients/lookup", required = true)
            @QueryParam("patient") String patient) {
        return service.specialties(callers.caller(), id(patient, "patient")).stream().map(SpecialtyJson::of).toList();
    }

    @GET
    @Path("doctors")
    @Timed(name = "api_latency", absolute = true, tags = "operation=doctors")
    @Operation(operationId = "listDoctors", summary = "The doctors of a specialty receiving patients")
    @APIResponse(responseCode = "200", description = "The doctors",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = DoctorJson.class)))
    @APIResponse(responseCode = "400", ref = "badInput")
    @APIResponse(responseCode = "401", ref = "unauthorized")
    @APIResponse(responseCode = "503", ref = "serviceBusy")
    @APIResponse(responseCode = "403", ref = "forbidden")
    public List<DoctorJson> doctors(@Parameter(required = true) @QueryParam("specialty") String specialty,
                                    @Parameter(description = "Only this institution's") @QueryParam("institution")
                                    String institution) {
        Long at = institution == null || institution.isBlank() ? null : id(institution, "institution");
        return service.doctors(callers.caller(), id(specialty, "specialty"), at).stream().map(DoctorJson::of).toList();
    }

    @GET
    @Path("slots")
    @Timed(name = "api_latency", absolute = true, tags = "operation=slots")
    @Operation(operationId = "listFreeSlots", summary = "The doctor's free slots open to the API",
            description = "Within the booking horizon, earliest first; from and to are ISO-8601 instants (default: now "
                    + "to the horizon). At most limit slots (default " + DEFAULT_SLOTS + ", at most " + MAX_SLOTS
                    + "): the next page starts after the last one's start.")
    @APIResponse(responseCode = "200", description = "The free slots, earliest first",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = FreeSlot.class)))
    @APIResponse(responseCode = "400", ref = "badInput")
    @APIResponse(responseCode = "401", ref = "unauthorized")
    @APIResponse(responseCode = "503", ref = "serviceBusy")
    @APIResponse(responseCode = "403", ref = "forbidden")
    @APIResponse(responseCode = "404", ref = "notFound")
    public List<FreeSlot> slots(@Parameter(required = true) @QueryParam("doctor") String doctor,
                                @Parameter(example = "2026-12-02T00:00:00Z") @QueryParam("from") String from,
                                @Parameter(example = "2026-12-09T00:00:00Z") @QueryParam("to") String to,
                                @Parameter(description = "How many slots at most (1 to " + MAX_SLOTS + ", default "
                                        + DEFAULT_SLOTS + ")") @QueryParam("limit") String limit) {
        return FreeSlot.of(service.slots(callers.caller(), id(doctor, "doctor"), instant(from, "from"),
                instant(to, "to"), limit(limit)));
    }

    /** The slots' limit: a caller needs the next few times, not the whole horizon of a busy doctor. */
    private static int limit(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_SLOTS;
        }
        long limit = id(value, "limit");
        if (limit < 1 || limit > MAX_SLOTS) {
            throw new InvalidCardException(new FieldError("limit", "1 to " + MAX_SLOTS));
        }
        return (int) limit;
    }

    /** A required numeric id of a query parameter, or 400 naming it. */
    static long id(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidCardException(new FieldError(field, "required"));
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidCardException(new FieldError(field, "not a number"));
        }
    }

    private static Instant instant(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidCardException(new FieldError(field, "not an ISO-8601 instant"));
        }
    }
}
