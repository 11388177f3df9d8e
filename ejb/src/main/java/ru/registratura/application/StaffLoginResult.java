package ru.registratura.application;

import java.io.Serializable;

/**
 * The answer to a staff login: the actor when admitted; the user whose code is asked for next when the password was
 * right and the user has a second factor ({@code CODE_REQUIRED}); otherwise why not (for the audit: the page says
 * the same for every refusal but BUSY).
 */
public record StaffLoginResult(Outcome outcome, StaffActor actor, Long codeFor) implements Serializable {

    /** BUSY: no password hash could be computed in time; said as such, since it tells nothing of the account. */
    public enum Outcome { SUCCESS, CODE_REQUIRED, BAD_CREDENTIALS, LOCKED, DISABLED, BUSY }

    static StaffLoginResult admitted(StaffActor actor) {
        return new StaffLoginResult(Outcome.SUCCESS, actor, null);
    }

    static StaffLoginResult codeRequired(long userId) {
        return new StaffLoginResult(Outcome.CODE_REQUIRED, null, userId);
    }

    static StaffLoginResult refused(Outcome outcome) {
        return new StaffLoginResult(outcome, null, null);
    }

    public boolean admitted() {
        return outcome == Outcome.SUCCESS;
    }
}
