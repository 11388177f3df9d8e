package ru.registratura.application;

import java.io.Serializable;
import java.time.Instant;

/**
 * The answer to a staff login: the actor when admitted; otherwise why not, and until when a locked account
 * stays locked. An unknown user name and a wrong password answer the same.
 */
public record StaffLoginResult(Outcome outcome, StaffActor actor, Instant lockedUntil) implements Serializable {

    /** BUSY: no password hash could be computed in time; said as such, since it tells nothing of the account. */
    public enum Outcome { SUCCESS, BAD_CREDENTIALS, LOCKED, DISABLED, BUSY }

    static StaffLoginResult admitted(StaffActor actor) {
        return new StaffLoginResult(Outcome.SUCCESS, actor, null);
    }

    static StaffLoginResult refused(Outcome outcome) {
        return new StaffLoginResult(outcome, null, null);
    }

    static StaffLoginResult locked(Instant until) {
        return new StaffLoginResult(Outcome.LOCKED, null, until);
    }

    public boolean admitted() {
        return outcome == Outcome.SUCCESS;
    }
}
