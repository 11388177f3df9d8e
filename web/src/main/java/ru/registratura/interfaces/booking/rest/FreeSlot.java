package ru.registratura.interfaces.booking.rest;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.registratura.domain.scheduling.BookingRefusedException.FreeTime;

/** A JSON document of the booking API (public fields: what JSON-B reads and writes and OpenAPI shows). */
@Schema(name = "FreeSlot")
public class FreeSlot {
    public long id;
    @Schema(type = SchemaType.STRING, format = "date-time")
    public Instant startsAt;

    public static FreeSlot of(FreeTime time) {
        FreeSlot json = new FreeSlot();
        json.id = time.slotId();
        json.startsAt = time.startsAt();
        return json;
    }

    public static List<FreeSlot> of(List<FreeTime> times) {
        return times.stream().map(FreeSlot::of).toList();
    }
}
