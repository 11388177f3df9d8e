package ru.registratura.infrastructure.migration;

import java.io.Serializable;

/** Where the schema migration stands: pending, applied at a version, or failed with a reason. */
public record MigrationStatus(State state, String detail) implements Serializable {

    public enum State {
        PENDING, APPLIED, FAILED
    }

    public static MigrationStatus pending() {
        return new MigrationStatus(State.PENDING, "not run yet");
    }

    public static MigrationStatus applied(String version) {
        return new MigrationStatus(State.APPLIED, "schema version " + version);
    }

    public static MigrationStatus failed(String reason) {
        return new MigrationStatus(State.FAILED, reason);
    }

    public boolean isApplied() {
        return state == State.APPLIED;
    }
}
