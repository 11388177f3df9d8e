package ru.registratura.domain.audit;

import java.time.Instant;
import java.util.Set;

/**
 * What the audit log is filtered by: the actor as the trail names them (a staff user name or a patient's ESIA
 * oid), the action, the outcome, the period [from, until), and a person given by policy or SNILS, resolved
 * beforehand to the ids the events refer to (null: no person filter; empty sets: a person nobody knows, so no
 * events). Null parts do not filter.
 */
public record AuditFilter(String subject, AuditAction action, AuditOutcome outcome, Instant from, Instant until,
                          Person person) {

    /** The orders the log can be read in, each backed by an index (V23): the time's latest first by default. */
    public enum Order { LATEST_FIRST, OLDEST_FIRST, ACTION, ACTION_DESCENDING, USER, USER_DESCENDING }

    /** A person's accounts (as the holder), cards, register entries and appointments. */
    public record Person(Set<Long> accounts, Set<Long> cards, Set<Long> entries, Set<Long> appointments) {

        public boolean unknown() {
            return accounts.isEmpty() && cards.isEmpty() && entries.isEmpty() && appointments.isEmpty();
        }
    }
}
