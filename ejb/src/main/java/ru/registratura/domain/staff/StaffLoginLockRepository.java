package ru.registratura.domain.staff;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Failed staff logins per account and address. */
public interface StaffLoginLockRepository {

    /** The account's failures from the address (the caller holds the account's row lock). */
    Optional<StaffLoginLock> find(String username, String remoteAddress);

    void store(StaffLoginLock lock);

    void remove(StaffLoginLock lock);

    /** Forgets every failure and lockout of the account (an admin's password reset). */
    void clear(String username);

    /** The accounts locked for some address now, each with its latest lockout's end. */
    Map<String, Instant> lockedNow(Instant now);
}
