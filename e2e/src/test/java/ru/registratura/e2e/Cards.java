package ru.registratura.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The card file in the test database: each test starts from an empty card file of its person. */
final class Cards {

    /** Артём's birth date as the ESIA emulator and the demo register give it: 3 September nine years ago. */
    static final LocalDate ARTEM_BIRTH =
            LocalDate.of(Year.now(ZoneOffset.UTC).getValue() - 9, 9, 3);
    /** The same, as the pages show it (dd.MM.yyyy). */
    static final String ARTEM_BIRTH_SHOWN = ARTEM_BIRTH.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));

    private Cards() {
    }

    static Connection db() throws Exception {
        return DriverManager.getConnection(System.getProperty("it.db.url",
                        "jdbc:postgresql://127.0.0.1:5432/registratura_test"), System.getProperty("it.db.user", "postgres"),
                System.getenv().getOrDefault("REGISTRATURA_TEST_DB_PASSWORD", "postgres"));
    }

    /** Deletes the cards (and their appointments and waitlist requests) and the messages of the account with this ESIA oid, if it exists. */
    static void reset(String oid) throws Exception {
        try (Connection c = db()) {
            update(c, "delete from patient_message where account_id in (select id from patient_account where esia_oid = ?)", oid);
            update(c, "update slot set held_by = null, held_until = null where held_by in (select id from wait_request where "
                    + "account_id in (select id from patient_account where esia_oid = ?))", oid);
            update(c, "delete from wait_request where account_id in (select id from patient_account where esia_oid = ?)", oid);
            update(c, "update slot set appointment_id = null where appointment_id in (select id from appointment where "
                    + "card_id in (select id from patient_card where account_id in "
                    + "(select id from patient_account where esia_oid = ?)))", oid);
            update(c, "delete from appointment where card_id in (select id from patient_card where account_id in "
                    + "(select id from patient_account where esia_oid = ?))", oid);
            update(c, "delete from patient_card where account_id in (select id from patient_account where esia_oid = ?)", oid);
        }
    }

    static long accountId(String oid) throws Exception {
        return number("select id from patient_account where esia_oid = ?", oid);
    }

    /** How many cards the account has. */
    static long count(String oid) throws Exception {
        return number("select count(*) from patient_card c join patient_account a on a.id = c.account_id "
                + "where a.esia_oid = ?", oid);
    }

    static long cardId(String oid, String lastName, String firstName) throws Exception {
        return number("select c.id from patient_card c join patient_account a on a.id = c.account_id "
                + "where a.esia_oid = ? and c.last_name = ? and c.first_name = ?", oid, lastName, firstName);
    }

    static String string(String sql, Object... params) throws Exception {
        try (Connection c = db(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    static long number(String sql, Object... params) throws Exception {
        String value = string(sql, params);
        if (value == null) {
            throw new AssertionError("No row for " + sql);
        }
        return Long.parseLong(value);
    }

    /** A card written straight into the database, with a FOUND or other search: for tests not about adding. */
    static long insert(String oid, String lastName, String firstName, String birthDate, String policyNumber,
                       String kinship, String searchStatus) throws Exception {
        try (Connection c = db()) {
            long id;
            try (PreparedStatement s = c.prepareStatement("select nextval('patient_card_seq')");
                 ResultSet r = s.executeQuery()) {
                r.next();
                id = r.getLong(1);
            }
            update(c, "insert into patient_card (id, account_id, kinship, source, last_name, first_name, sex, birth_date, "
                    + "policy_number, consent_at, consent_version, created_at, updated_at) values (?, (select id from "
                    + "patient_account where esia_oid = ?), ?, case when ? = 'SELF' then 'ESIA' else 'MANUAL' end, ?, ?, 'M', "
                    + "cast(? as date), ?, now(), 'test', now(), now())",
                    id, oid, kinship, kinship, lastName, firstName, birthDate, policyNumber);
            if ("SELF".equals(kinship)) {
                // The holder's own card is ESIA's person, as the portal makes it (and refreshes it at each login).
                update(c, "update patient_card c set last_name = coalesce(a.last_name, c.last_name), "
                        + "first_name = coalesce(a.first_name, c.first_name), middle_name = a.middle_name, "
                        + "sex = coalesce(a.sex, c.sex), birth_date = coalesce(a.birth_date, c.birth_date), "
                        + "snils = coalesce(a.snils, c.snils), policy_series = case when a.policy_number is null "
                        + "then c.policy_series else a.policy_series end, policy_number = coalesce(a.policy_number, "
                        + "c.policy_number) from patient_account a where a.id = c.account_id and c.id = ?", id);
            }
            update(c, "insert into attachment_search (card_id, status, requested_at, finished_at) values (?, ?, now(), now())",
                    id, searchStatus);
            return id;
        }
    }

    /** A booked appointment of the card in a free slot some days ahead, holding the slot as booking does; returns its id. */
    static long book(long cardId) throws Exception {
        try (Connection c = db()) {
            long slot;
            try (PreparedStatement s = c.prepareStatement("select id from slot where starts_at > ? and appointment_id is null "
                    + "order by starts_at limit 1")) {
                s.setObject(1, OffsetDateTime.now().plusDays(2));
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        throw new AssertionError("No free slot two days ahead in the demo region");
                    }
                    slot = r.getLong(1);
                }
            }
            long id;
            try (PreparedStatement s = c.prepareStatement("select nextval('appointment_seq')"); ResultSet r = s.executeQuery()) {
                r.next();
                id = r.getLong(1);
            }
            update(c, "insert into appointment (id, slot_id, card_id, account_id, patient_name, channel, status, booked_at) "
                    + "values (?, ?, ?, (select account_id from patient_card where id = ?), 'test', 'PORTAL', 'BOOKED', now())",
                    id, slot, cardId, cardId);
            update(c, "update slot set appointment_id = ? where id = ?", id, slot);
            return id;
        }
    }

    /** Gives the card the attachment of the register entry with this policy number, as a search would find it. */
    static void attach(long cardId, String policyNumber) throws Exception {
        try (Connection c = db()) {
            update(c, "update attachment_search set status = 'FOUND', matched_by = 'POLICY', entry_id = "
                    + "(select max(id) from attachment_register where policy_number = ?) where card_id = ?", policyNumber, cardId);
        }
    }

    /**
     * Someone else takes the slot, as a concurrent booking would (here one of the registry for a patient
     * without a portal card): an appointment holding the slot. Returns the appointment's id.
     */
    static long takeSlot(long slotId) throws Exception {
        return claim(slotId, null);
    }

    /** An appointment of the card (or of nobody's card, for null) holding the slot; returns its id. */
    private static long claim(long slotId, Long otherCardId) throws Exception {
        try (Connection c = db()) {
            long id;
            try (PreparedStatement s = c.prepareStatement("select nextval('appointment_seq')"); ResultSet r = s.executeQuery()) {
                r.next();
                id = r.getLong(1);
            }
            update(c, "insert into appointment (id, slot_id, card_id, account_id, patient_name, channel, status, booked_at) "
                    + "values (?, ?, ?, (select account_id from patient_card where id = ?), 'test', 'PORTAL', 'BOOKED', now())",
                    id, slotId, otherCardId, otherCardId);
            if (c.prepareStatement("update slot set appointment_id = " + id + " where id = " + slotId
                    + " and appointment_id is null").executeUpdate() != 1) {
                throw new AssertionError("The slot " + slotId + " was not free");
            }
            return id;
        }
    }

    /**
     * A new free slot of the doctor tomorrow evening (the region's date, outside the demo templates' hours, so
     * whatever the weekday), for a booking written straight in. Returns its id.
     */
    static long slotTomorrowEvening(long doctorId) throws Exception {
        try (Connection c = db()) {
            long id;
            try (PreparedStatement s = c.prepareStatement("select nextval('slot_seq')"); ResultSet r = s.executeQuery()) {
                r.next();
                id = r.getLong(1);
            }
            // A minute of the evening that the doctor has no slot at yet (earlier runs may have taken some).
            for (int minute = 0; minute < 13; minute++) {
                try (PreparedStatement s = c.prepareStatement("insert into slot (id, doctor_id, starts_at, ends_at, cabinet, "
                        + "access, version) values (?, ?, "
                        + "(cast(now() at time zone 'Asia/Irkutsk' as date) + 1 + time '23:46' + make_interval(mins => ?)) "
                        + "at time zone 'Asia/Irkutsk', "
                        + "(cast(now() at time zone 'Asia/Irkutsk' as date) + 1 + time '23:47' + make_interval(mins => ?)) "
                        + "at time zone 'Asia/Irkutsk', '305', 'INTERNET', 0) on conflict do nothing")) {
                    s.setLong(1, id);
                    s.setLong(2, doctorId);
                    s.setInt(3, minute);
                    s.setInt(4, minute);
                    if (s.executeUpdate() == 1) {
                        return id;
                    }
                }
            }
            throw new AssertionError("No free evening minute tomorrow for doctor " + doctorId);
        }
    }

    /** A booked appointment of the card in this slot (account and slot set as booking does); returns its id. */
    static long bookSlot(long cardId, long slotId) throws Exception {
        return claim(slotId, cardId);
    }

    /** Sets the card's sex and patronymic (a card written by {@link #insert} is a man's without one). */
    static void person(long cardId, String sex, String middleName) throws Exception {
        try (Connection c = db()) {
            update(c, "update patient_card set sex = ?, middle_name = ? where id = ?", sex, middleName, cardId);
        }
    }

    /** An unread message of the box (MESSAGE or NOTIFICATION) for the account, as the card file leaves one. */
    static void message(String oid, String kind) throws Exception {
        try (Connection c = db()) {
            update(c, "insert into patient_message (id, account_id, kind, topic, person, created_at, version) values "
                    + "(nextval('patient_message_seq'), (select id from patient_account where esia_oid = ?), ?, "
                    + "'CARD_ADDED', 'Иванова Мария', now(), 0)", oid, kind);
        }
    }

    static void cancel(long appointmentId) throws Exception {
        try (Connection c = db()) {
            update(c, "update appointment set status = 'CANCELLED', cancelled_at = now() where id = ?", appointmentId);
            update(c, "update slot set appointment_id = null where appointment_id = ?", appointmentId);
        }
    }

    /** One statement straight on the database: for a test that must set up what the pages would refuse. */
    static void update(String sql, Object... params) throws Exception {
        try (Connection c = db()) {
            update(c, sql, params);
        }
    }

    private static void update(Connection c, String sql, Object... params) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            s.executeUpdate();
        }
    }
}
