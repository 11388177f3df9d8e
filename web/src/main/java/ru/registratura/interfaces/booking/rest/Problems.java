package ru.registratura.interfaces.booking.rest;

import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import ru.registratura.application.ApiAccessDeniedException;
import ru.registratura.application.AppointmentNotFoundException;
import ru.registratura.domain.card.InvalidCardException;
import ru.registratura.domain.scheduling.BookingRefusedException;
import ru.registratura.domain.scheduling.BookingRule;
import ru.registratura.interfaces.shared.web.DatabaseOutage;

/**
 * The API's refusals as problem details with stable codes: a slot taken 409 {@code SLOT_TAKEN} (with other free
 * times), a broken rule 422 with the rule's name as the code, not found 404, bad input 400 {@code BAD_INPUT}
 * with the fields, forbidden 403, the database away (restarting, failing over) 503 {@code DATABASE_UNAVAILABLE} with
 * {@code Retry-After}: nothing was done, the same call may be repeated. Anything else is a 500 whose details stay
 * in the log.
 */
@Provider
public class Problems implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(Problems.class.getName());

    static Response response(Problem problem) {
        return Response.status(problem.status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    static Problem refused(BookingRule rule, List<BookingRefusedException.FreeTime> offered) {
        if (rule == BookingRule.SLOT_TAKEN) {
            Problem problem = new Problem(409, rule.name(), "Slot taken", "Someone else booked the slot first");
            problem.offered = FreeSlot.of(offered);
            return problem;
        }
        if (rule == BookingRule.NO_SUCH_SLOT) {
            return new Problem(404, rule.name(), "Not found", "No such slot");
        }
        return new Problem(422, rule.name(), "Booking rule broken", RULES.getOrDefault(rule, rule.name()));
    }

    private static final Map<BookingRule, String> RULES = Map.of(
            BookingRule.SLOT_PAST, "The slot has started or is over",
            BookingRule.BEYOND_HORIZON, "The slot lies beyond the booking horizon",
            BookingRule.NOT_OPEN_TO_CHANNEL, "The slot is not open to booking through the API",
            BookingRule.AGE, "The specialty does not see patients of this age",
            BookingRule.SEX, "The specialty sees patients of the other sex only",
            BookingRule.NOT_YOUR_DISTRICT, "Only the patient's district doctor can be booked for this specialty",
            BookingRule.ONE_PER_SPECIALTY, "The patient has an active appointment with this specialty already",
            BookingRule.REFERRAL_REQUIRED, "The doctor is booked only with a referral: give the number of the "
                    + "patient's valid referral for this specialty (referralNumber)",
            BookingRule.NOT_CANCELLABLE, "The appointment is not booked any more, or has started");

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable e = thrown instanceof EJBException && thrown.getCause() != null ? thrown.getCause() : thrown;
        if (e instanceof BookingRefusedException refused) {
            return response(refused(refused.rule(), refused.nextFree()));
        }
        if (e instanceof InvalidCardException invalid) {
            Problem problem = new Problem(400, "BAD_INPUT", "Bad input", "Some fields are wrong; nothing was changed");
            problem.invalidFields = invalid.errors().stream()
                    .map(f -> new Problem.InvalidField(f.field(), f.key().replaceFirst("^(card|api)\\.error\\.", "")))
                    .toList();
            return response(problem);
        }
        if (e instanceof AppointmentNotFoundException || e instanceof NotFoundException) {
            return response(new Problem(404, "NOT_FOUND", "Not found", "Nothing of that kind for this caller"));
        }
        if (e instanceof ApiAccessDeniedException) {
            return response(new Problem(403, "FORBIDDEN", "Forbidden", "The caller may not do this"));
        }
        if (e instanceof JsonbException || e instanceof BadRequestException
                || e instanceof ProcessingException) {
            return response(new Problem(400, "BAD_INPUT", "Bad input", "The request body is not the expected JSON"));
        }
        if (e instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            return response(new Problem(status, status == 405 ? "METHOD_NOT_ALLOWED" : status == 415
                    ? "UNSUPPORTED_MEDIA_TYPE" : "BAD_REQUEST", "Refused", e.getMessage()));
        }
        if (DatabaseOutage.causes(thrown)) {
            LOG.warning(() -> "Booking API call refused: the database is unavailable (" + e + ")");
            return Response.fromResponse(response(new Problem(503, "DATABASE_UNAVAILABLE", "Service unavailable",
                    "The database is unavailable for a moment; nothing was done. Repeat the call after Retry-After seconds")))
                    .header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS).build();
        }
        LOG.log(Level.SEVERE, "Booking API call failed", thrown);
        return response(new Problem(500, "SERVER_ERROR", "Server error", "The call failed; see the server log"));
    }
}
