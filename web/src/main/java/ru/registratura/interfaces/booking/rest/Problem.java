package ru.registratura.interfaces.booking.rest;

import java.util.List;
import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A refusal as RFC 9457 problem details ({@code application/problem+json}): {@code type} names the problem for
 * good, {@code code} is the same as a short stable word, {@code invalidFields} says which input was wrong.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details")
public class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String BASE = "https://registratura.ru/problems/";

    @Schema(description = "URI of the problem type", example = "https://registratura.ru/problems/slot-taken")
    public String type;
    @Schema(example = "Slot taken")
    public String title;
    @Schema(example = "409")
    public int status;
    @Schema(example = "Someone else booked the slot first")
    public String detail;
    @Schema(description = "Stable code of the problem", example = "SLOT_TAKEN")
    public String code;
    @Schema(description = "The wrong input fields, for code BAD_INPUT")
    public List<InvalidField> invalidFields;
    @Schema(description = "Free slots of the doctor offered instead, for code SLOT_TAKEN")
    public List<FreeSlot> offered;

    @Schema(name = "InvalidField")
    public static class InvalidField {
        @Schema(example = "birthDate")
        public String name;
        @Schema(description = "Why, as a short stable word", example = "required")
        public String reason;
        @Schema(description = "Why, in words for a person, in the language of Accept-Language (Russian by default)",
                example = "Обязательное поле")
        public String message;

        public InvalidField() {
        }

        public InvalidField(String name, String reason) {
            this.name = name;
            this.reason = reason;
        }

        public InvalidField(String name, String reason, String message) {
            this(name, reason);
            this.message = message;
        }
    }

    public Problem() {
    }

    public Problem(int status, String code, String title, String detail) {
        this.type = BASE + code.toLowerCase(Locale.ROOT).replace('_', '-');
        this.status = status;
        this.code = code;
        this.title = title;
        this.detail = detail;
    }
}
