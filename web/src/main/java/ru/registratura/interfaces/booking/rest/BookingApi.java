package ru.registratura.interfaces.booking.rest;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The booking API: JAX-RS under {@code /api/v1}, callers authenticated by MicroProfile JWT (issuer, audience and
 * public key from MicroProfile Config, set by {@code server-config/api-jwt.sh}); the token's {@code groups}
 * decide what a caller may do ({@link ru.registratura.application.ApiCaller}).
 */
@ApplicationPath("/api/v1")
@ApplicationScoped
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({"booking-hub", "call-centre", "kiosk"})
@OpenAPIDefinition(
        info = @Info(title = "Registratura booking API", version = "1",
                description = "Booking of appointments for external systems (the federal booking hub, call centres, "
                        + "kiosks): identify a patient in the region's attachment register, list specialties, doctors "
                        + "and free slots, book, move and cancel. Errors are problem details (RFC 9457) with a stable "
                        + "`code`."),
        security = @SecurityRequirement(name = "jwt"))
@SecurityScheme(securitySchemeName = "jwt", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "A JWT signed (RS256) by the key the region registered for the caller, with the configured "
                + "`iss` and `aud`, `exp`, and `groups`: booking-hub, call-centre or kiosk.")
public class BookingApi extends Application {
}
