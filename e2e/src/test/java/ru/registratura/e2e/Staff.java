package ru.registratura.e2e;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Staff users for the tests, written straight into the database: each gets the demo registrar's password
 * hash, so that its password is {@link #PASSWORD} (the README's demo password).
 */
final class Staff {

    static final String PASSWORD = "Demo-Registrar-2026";

    private Staff() {
    }

    /**
     * A fresh user (any earlier one of that name deleted), with the given role and institutions; an admin with the
     * second factor {@link Totp#TEST} set up, as every admin must have one.
     */
    static long create(String username, String fullName, String role, long... institutions) throws Exception {
        delete(username);
        long id = Cards.number("select nextval('staff_user_seq')");
        try (Connection c = Cards.db()) {
            try (PreparedStatement s = c.prepareStatement("insert into staff_user (id, username, full_name, password_hash, "
                    + "enabled, failed_attempts, password_changed_at, created_at, totp_secret, totp_enabled_at) select ?, ?, "
                    + "?, password_hash, true, 0, now(), now(), ?, case when cast(? as varchar) is null then null else now() end "
                    + "from staff_user where username = 'registrator.p4'")) {
                String secret = "ADMIN".equals(role) ? Totp.TEST : null;
                s.setLong(1, id);
                s.setString(2, username);
                s.setString(3, fullName);
                s.setString(4, secret);
                s.setString(5, secret);
                if (s.executeUpdate() != 1) {
                    throw new AssertionError("The demo registrar registrator.p4 is missing");
                }
            }
            try (PreparedStatement s = c.prepareStatement("insert into staff_user_role (staff_user_id, role) values (?, ?)")) {
                s.setLong(1, id);
                s.setString(2, role);
                s.executeUpdate();
            }
            for (long institution : institutions) {
                try (PreparedStatement s = c.prepareStatement(
                        "insert into staff_user_institution (staff_user_id, institution_id) values (?, ?)")) {
                    s.setLong(1, id);
                    s.setLong(2, institution);
                    s.executeUpdate();
                }
            }
        }
        return id;
    }

    /**
     * A new admin of the tests' own (the password {@link #PASSWORD}, the second factor's secret {@link Totp#TEST}), for
     * a test that needs an admin but not the demo admin in particular. The portal takes one one-time code of a user a
     * 30-second step, so the suite signing the demo admin in again and again waited minutes for the clock.
     */
    static String freshAdmin() throws Exception {
        String username = "test.admin." + RUN + "." + ADMINS.incrementAndGet();
        create(username, "Админова Тестовая", "ADMIN");
        return username;
    }

    private static final AtomicInteger ADMINS = new AtomicInteger();
    private static final String RUN = Long.toString(System.currentTimeMillis() % 100_000_000L, 36);

    static void delete(String username) throws Exception {
        Totp.forget(username);
        try (Connection c = Cards.db()) {
            for (String table : new String[] {"staff_login_lock", "staff_user"}) {
                try (PreparedStatement s = c.prepareStatement("delete from " + table + " where username = ?")) {
                    s.setString(1, username);
                    s.executeUpdate();
                }
            }
        }
    }

    /** Runs an update of the staff tables; returns the rows changed. */
    static int execute(String sql) throws Exception {
        try (Connection c = Cards.db(); PreparedStatement s = c.prepareStatement(sql)) {
            return s.executeUpdate();
        }
    }

    static void disable(String username) throws Exception {
        try (Connection c = Cards.db();
             PreparedStatement s = c.prepareStatement("update staff_user set enabled = false where username = ?")) {
            s.setString(1, username);
            s.executeUpdate();
        }
    }
}
