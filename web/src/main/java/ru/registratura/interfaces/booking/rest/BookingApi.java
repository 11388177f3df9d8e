package ru.registratura.interfaces.booking.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The booking API: JAX-RS under {@code /api/v1}, callers authenticated by a JWT of an issuer the region registered
 * (issuers, their keys and the groups each may give: MicroProfile Config, set by {@code server-config/api-jwt.sh},
 * checked by {@link Callers}); the token's {@code groups} decide what a caller may do
 * ({@link ru.registratura.application.ApiCaller}).
 */
@ApplicationPath("/api/v1")
@ApplicationScoped
@OpenAPIDefinition(
        info = @Info(title = "Registratura booking API", version = "1",
                description = "Booking of appointments for external systems (the federal booking hub, call centres, "
                        + "kiosks): identify a patient in the region's attachment register, list specialties, doctors "
                        + "and free slots, book, move and cancel. Errors are problem details (RFC 9457) with a stable "
                        + "`code`."),
        security = @SecurityRequirement(name = "jwt"),
        components = @Components(responses = {
                @APIResponse(name = "badInput", responseCode = "400",
                        description = "Bad input: the fields are named (code BAD_INPUT); nothing was changed",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "unauthorized", responseCode = "401",
                        description = "No valid token (missing, expired, not yet valid, another issuer or audience, "
                                + "unsigned or signed by another key)",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "forbidden", responseCode = "403",
                        description = "The caller's groups do not allow it, or the patient was not looked up by this "
                                + "caller (code FORBIDDEN)",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "notFound", responseCode = "404",
                        description = "No such patient, slot or appointment for this caller (code NOT_FOUND)",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "slotTaken", responseCode = "409",
                        description = "Someone else booked the slot first (code SLOT_TAKEN); other free slots are offered",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "ruleBroken", responseCode = "422",
                        description = "A booking rule is broken; the code names it (AGE, SEX, ONE_PER_SPECIALTY, "
                                + "NOT_YOUR_DISTRICT, REFERRAL_REQUIRED, SLOT_PAST, BEYOND_HORIZON, NOT_OPEN_TO_CHANNEL, NOT_CANCELLABLE)",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "serviceBusy", responseCode = "503",
                        description = "Too many calls at once on this server (code SERVICE_BUSY): nothing was done; "
                                + "repeat the call after the Retry-After header's seconds (a booking with the same "
                                + "Idempotency-Key)",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
        }))
@SecurityScheme(securitySchemeName = "jwt", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "A JWT signed (RS256) by a key the region registered for its issuer (`iss`; `kid` names the "
                + "key), with `aud` registratura-api, `sub`, `iat` (at most an hour ago), `exp`, and `groups`: "
                + "booking-hub, call-centre or kiosk, as far as the region lets that issuer give them.")
public class BookingApi extends Application {
}
