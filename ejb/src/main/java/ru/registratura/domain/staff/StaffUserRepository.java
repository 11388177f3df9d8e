package ru.registratura.domain.staff;

import java.util.List;
import java.util.Optional;

/** Staff users. */
public interface StaffUserRepository {

    Optional<StaffUser> find(long id);

    /** The user by normalised user name, its row locked for the rest of the transaction (login counting). */
    Optional<StaffUser> findForUpdate(String username);

    /** Whether an enabled admin exists who is not a demo account (the first admin is created only while none does). */
    boolean anyAdmin();

    /** All staff users by name. */
    List<StaffUser> all();

    void store(StaffUser user);
}
