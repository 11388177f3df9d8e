package ru.registratura.application;

import java.io.Serializable;

/**
 * The answer to a staff login: the actor when admitted; otherwise why not (for the audit: the page says the same
 * for every refusal but BUSY).
 */
public record StaffLoginResult(Outcome outcome, StaffActor actor) implements Serializable {

    /** BUSY: no password hash could be computed in time; said as such, since it tells nothing of the account. */
    public enum Outcome { SUCCESS, BAD_CREDENTIALS, LOCKED, DISABLED, BUSY }

    static StaffLoginResult admitted(StaffActor actor) {
        return new StaffLoginResult(Outcome.SUCCESS, actor);
    }

    static StaffLoginResult refused(Outcome outcome) {
        return new StaffLoginResult(outcome, null);
    }

    public boolean admitted() {
        return outcome == Outcome.SUCCESS;
    }
}
