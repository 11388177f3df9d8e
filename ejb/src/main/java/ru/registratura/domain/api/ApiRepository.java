package ru.registratura.domain.api;

import java.time.Instant;
import java.util.Optional;

public interface ApiRepository {

    /** Remembers that the caller looked the person up now (again). */
    void lookedUp(String subject, long registerEntryId, Instant at);

    /** When the caller last looked the person up. */
    Optional<Instant> lookedUpAt(String subject, long registerEntryId);

    /** A booking request remembered under its idempotency key, and its outcome once settled. */
    record Remembered(String requestHash, Long appointmentId, String refusal) {

        public boolean settled() {
            return appointmentId != null || refusal != null;
        }
    }

    /**
     * Takes the key for this request if nobody has: true when this call is the first (it books); false when the
     * key was taken (a concurrent first request waits to commit before this returns).
     */
    boolean takeKey(String subject, String key, String requestHash, Instant at);

    Optional<Remembered> remembered(String subject, String key);

    /** Records the outcome of the booking made under the key: the appointment, or the rule that refused it. */
    void settle(String subject, String key, Long appointmentId, String refusal);

    /** The register entry an appointment is for: its own, or its card's attachment; empty if neither. */
    Optional<Long> entryOf(long appointmentId);
}
