package ru.registratura.emulator.esia;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** ESIA's checks of the {@code state} and {@code timestamp} parameters. */
public final class RequestChecks {

    /** A UUID in lower case with hyphens; ESIA rejects other shapes. */
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /** {@code 2025.09.02 13:00:29 +0300}: the offset without a colon. */
    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy.MM.dd HH:mm:ss Z");

    private RequestChecks() {
    }

    public static boolean isUuid(String state) {
        return state != null && UUID.matcher(state).matches();
    }

    /** Whether the timestamp has ESIA's format and lies within {@code skew} of now. */
    public static boolean timestampAcceptable(String timestamp, Clock clock, Duration skew) {
        if (timestamp == null) {
            return false;
        }
        try {
            OffsetDateTime time = OffsetDateTime.parse(timestamp, TIMESTAMP);
            Duration off = Duration.between(time.toInstant(), clock.instant()).abs();
            return off.compareTo(skew) <= 0;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
