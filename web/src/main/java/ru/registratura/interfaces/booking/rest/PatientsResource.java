package ru.registratura.interfaces.booking.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ru.registratura.application.BookingApiService;

@Path("/patients")
@ApplicationScoped
@Tag(name = "Patients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PatientsResource {

    @Inject
    BookingApiService service;

    @Inject
    Callers callers;

    @POST
    @Path("/lookup")
    @Timed(name = "api_latency", absolute = true, tags = "operation=lookup")
    @Operation(operationId = "lookupPatient", summary = "Identify a patient in the attachment register",
            description = "By policy and birth date, by SNILS, or by surname, name and birth date. The caller may then "
                    + "book for the patient (24 h; a kiosk 10 minutes).")
    @APIResponse(responseCode = "200", description = "The patient and their attachment",
            content = @Content(schema = @Schema(implementation = PatientJson.class)))
    @APIResponse(responseCode = "400", ref = "badInput")
    @APIResponse(responseCode = "401", ref = "unauthorized")
    @APIResponse(responseCode = "503", ref = "serviceBusy")
    @APIResponse(responseCode = "403", ref = "forbidden")
    @APIResponse(responseCode = "404", ref = "notFound")
    public PatientJson lookup(@NotNull(message = "{api.field.body}") @Valid PatientLookup l) {
        return PatientJson.of(service.lookup(callers.caller(), new BookingApiService.Lookup(l.policy, l.snils,
                l.lastName, l.firstName, l.middleName, l.birthDate)));
    }
}
