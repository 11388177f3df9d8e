package ru.registratura.interfaces.booking.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ru.registratura.application.BookingApiService;
import ru.registratura.domain.scheduling.BookingRefusedException;
import ru.registratura.domain.scheduling.BookingRule;

@Path("/appointments")
@ApplicationScoped
@Tag(name = "Appointments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AppointmentsResource {

    /**
     * An idempotency key: 1 to 100 characters, no space at either end. One pattern rather than {@code @Size} too:
     * Payara 6.2025.10's OpenAPI document fails on a {@code @Size} of a parameter other than a path parameter.
     */
    private static final String KEY = "\\S(.{0,98}\\S)?";
    /** JSON-B for the request's fingerprint: one instance (thread-safe), not one built per booking. */
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    BookingApiService service;

    @Inject
    Callers callers;

    @Inject
    ApiMetrics metrics;

    @POST
    @Timed(name = "api_latency", absolute = true, tags = "operation=book")
    @Operation(operationId = "book", summary = "Book a slot for an identified patient",
            description = "The portal's rules and the same atomic claim: a slot is booked once whatever the "
                    + "concurrency. With an Idempotency-Key the same key again books nothing more and answers the same.")
    @APIResponse(responseCode = "201", description = "Booked: the appointment and its ticket",
            content = @Content(schema = @Schema(implementation = AppointmentJson.class)))
    @APIResponse(responseCode = "400", ref = "badInput")
    @APIResponse(responseCode = "401", ref = "unauthorized")
    @APIResponse(responseCode = "503", ref = "serviceBusy")
    @APIResponse(responseCode = "403", ref = "forbidden")
    @APIResponse(responseCode = "404", ref = "notFound")
    @APIResponse(responseCode = "409", ref = "slotTaken")
    @APIResponse(responseCode = "422", ref = "ruleBroken")
    public Response book(@Parameter(description = "A key of the caller's choosing (up to 100 characters): the same "
                                 + "key again returns the first answer") @HeaderParam("Idempotency-Key")
                         @Pattern(regexp = KEY, message = "{api.field.key}") String key,
                         @NotNull(message = "{api.field.body}") @Valid BookingRequest request) {
        String hash = sha256(JSON.toJson(request));
        BookingApiService.Booked booked = service.book(callers.caller(), key, hash, request.patientId, request.slotId,
                request.referralNumber);
        if (booked.ticket() == null) {
            if (booked.refusal() == BookingRule.SLOT_TAKEN && !booked.replayed()) {
                metrics.conflict();
            }
            return Problems.response(Problems.refused(booked.refusal(), booked.offered()));
        }
        if (!booked.replayed()) {
            metrics.booked();
        }
        return Response.status(Response.Status.CREATED).entity(AppointmentJson.of(booked.ticket()))
                .header("Location", "/api/v1/appointments/" + booked.ticket().id()).build();
    }

    @GET
    @Timed(name = "api_latency", absolute = true, tags = "operation=appointments")
    @Operation(operationId = "listAppointments", summary = "The identified patient's appointments",
            description = "Those of the last 90 days and ahead, whatever the channel they were booked through.")
    @APIResponse(responseCode = "200", description = "The appointments, by time",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AppointmentJson.class)))
    @APIResponse(responseCode = "400", ref = "badInput")
    @APIResponse(responseCode = "401", ref = "unauthorized")
    @APIResponse(responseCode = "503", ref = "serviceBusy")
    @APIResponse(responseCode = "403", ref = "forbidden")
    @APIResponse(responseCode = "404", ref = "notFound")
    public List<AppointmentJson> appointments(@Parameter(required = true) @QueryParam("patient") String patient) {
        return service.appointments(callers.caller(), DirectoryResource.id(patient, "patient")).stream()
                .map(AppointmentJson::of).toList();
    }

    @DELETE
    @Path("{id}")
    @Timed(name = "api_latency", absolute = true, tags = "operation=cancel")
    @Operation(operationId = "cancel", summary = "Cancel an appointment before it starts",
            description = "The slot is free at once. Appointments booked on the portal or by the registry only for "
                    + "the booking hub.")
    @APIResponse(responseCode = "200", description = "Cancelled",
            content = @Content(schema = @Schema(implementation = AppointmentJson.class)))
    @APIResponse(responseCode = "400", ref = "badInput")
    @APIResponse(responseCode = "401", ref = "unauthorized")
    @APIResponse(responseCode = "503", ref = "serviceBusy")
    @APIResponse(responseCode = "403", ref = "forbidden")
    @APIResponse(responseCode = "404", ref = "notFound")
    @APIResponse(responseCode = "422", ref = "ruleBroken")
    public AppointmentJson cancel(@PathParam("id") String id,
                                  @Parameter(required = true, description = "patient_decline, patient_ill, duplicate, "
                                          + "rescheduled or other") @QueryParam("reason")
                                  @NotNull(message = "{api.field.required}")
                                  @Pattern(regexp = "patient_decline|patient_ill|duplicate|rescheduled|other",
                                          message = "{api.field.reason}") String reason) {
        AppointmentJson cancelled = AppointmentJson.of(service.cancel(callers.caller(),
                DirectoryResource.id(id, "id"), reason));
        metrics.cancelled();
        return cancelled;
    }

    @PUT
    @Path("{id}")
    @Timed(name = "api_latency", absolute = true, tags = "operation=move")
    @Operation(operationId = "move", summary = "Move an appointment to another slot, atomically",
            description = "The new slot is claimed first; the old one is freed only if that succeeded.")
    @APIResponse(responseCode = "200", description = "Moved: the appointment on its new slot",
            content = @Content(schema = @Schema(implementation = AppointmentJson.class)))
    @APIResponse(responseCode = "400", ref = "badInput")
    @APIResponse(responseCode = "401", ref = "unauthorized")
    @APIResponse(responseCode = "503", ref = "serviceBusy")
    @APIResponse(responseCode = "403", ref = "forbidden")
    @APIResponse(responseCode = "404", ref = "notFound")
    @APIResponse(responseCode = "409", ref = "slotTaken")
    @APIResponse(responseCode = "422", ref = "ruleBroken")
    public AppointmentJson move(@PathParam("id") String id,
                                @NotNull(message = "{api.field.body}") @Valid MoveRequest request) {
        try {
            AppointmentJson moved = AppointmentJson.of(service.move(callers.caller(), DirectoryResource.id(id, "id"),
                    request.slotId));
            metrics.moved();
            return moved;
        } catch (BookingRefusedException e) {
            if (e.rule() == BookingRule.SLOT_TAKEN) {
                metrics.conflict();
            }
            throw e;
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
