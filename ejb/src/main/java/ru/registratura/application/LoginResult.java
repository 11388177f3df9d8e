package ru.registratura.application;

import java.io.Serializable;

import ru.registratura.domain.account.AccountLevel;

/**
 * The outcome of a login through ESIA: admitted with the account's id and name, or refused because of
 * the account's level.
 */
public record LoginResult(boolean admitted, AccountLevel level, Long accountId, String lastName, String firstName,
                          String middleName) implements Serializable {

    static LoginResult refused(AccountLevel level) {
        return new LoginResult(false, level, null, null, null, null);
    }
}
