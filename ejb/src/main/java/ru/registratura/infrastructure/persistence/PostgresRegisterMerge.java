package ru.registratura.infrastructure.persistence;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.postgresql.PGConnection;

import ru.registratura.domain.attachment.RegisterRow;

/**
 * The register import's write on PostgreSQL (loaded only there: the driver is the domain's, not the
 * application's). {@link JdbcRegisterStore} uses plain JDBC batches on other databases.
 */
final class PostgresRegisterMerge {

    private PostgresRegisterMerge() {
    }

    /**
     * PostgreSQL: the chunk is copied into a temporary table (COPY, the fastest way in) and merged with one
     * statement, one index probe a line: a new key is inserted, an entry whose data differ is updated (its
     * version goes up, which tells the two apart), an equal one is left alone. Returns {added, updated}.
     */
    static int[] merge(Connection c, List<RegisterRow> rows)
            throws SQLException {
        if (rows.isEmpty()) {
            return new int[] {0, 0};
        }
        try (Statement s = c.createStatement()) {
            s.execute("create temporary table if not exists register_chunk (register_key varchar(40), "
                    + "policy_series varchar(12), policy_number varchar(16), snils varchar(14), last_name varchar(100), "
                    + "first_name varchar(100), middle_name varchar(100), birth_date date, sex char(1), "
                    + "insurer varchar(200), institution_id bigint, district_id bigint, attached_since date) "
                    + "on commit delete rows");
        }
        StringBuilder text = new StringBuilder(rows.size() * 200);
        for (RegisterRow row : rows) {
            field(text, row.key()).append('\t');
            field(text, row.policySeries()).append('\t');
            field(text, row.policyNumber()).append('\t');
            field(text, row.snils()).append('\t');
            field(text, row.lastName()).append('\t');
            field(text, row.firstName()).append('\t');
            field(text, row.middleName()).append('\t');
            text.append(row.birthDate()).append('\t');
            field(text, row.sex() == null ? null : row.sex().name()).append('\t');
            field(text, row.insurer()).append('\t');
            text.append(row.institutionId()).append('\t');
            field(text, row.districtId() == null ? null : row.districtId().toString()).append('\t');
            text.append(row.attachedSince()).append('\n');
        }
        try {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy register_chunk from stdin", new StringReader(text.toString()));
        } catch (IOException e) {
            throw new SQLException("COPY of a register chunk failed", e);
        }
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("""
                with merged as (
                    insert into attachment_register as a (id, register_key, policy_series, policy_number, snils,
                           last_name, first_name, middle_name, birth_date, sex, insurer, institution_id,
                           district_id, attached_since, version)
                    select nextval('attachment_register_seq'), i.register_key, i.policy_series, i.policy_number,
                           i.snils, i.last_name, i.first_name, i.middle_name, i.birth_date, i.sex, i.insurer,
                           i.institution_id, i.district_id, i.attached_since, 0
                      from register_chunk i
                    on conflict (register_key) do update
                       set policy_series = excluded.policy_series, policy_number = excluded.policy_number,
                           snils = excluded.snils, last_name = excluded.last_name, first_name = excluded.first_name,
                           middle_name = excluded.middle_name, birth_date = excluded.birth_date, sex = excluded.sex,
                           insurer = excluded.insurer, institution_id = excluded.institution_id,
                           district_id = excluded.district_id, attached_since = excluded.attached_since,
                           version = a.version + 1
                     where (a.policy_series, a.policy_number, a.snils, a.last_name, a.first_name, a.middle_name,
                            a.birth_date, a.sex, a.insurer, a.institution_id, a.district_id, a.attached_since)
                           is distinct from
                           (excluded.policy_series, excluded.policy_number, excluded.snils, excluded.last_name,
                            excluded.first_name, excluded.middle_name, excluded.birth_date, excluded.sex,
                            excluded.insurer, excluded.institution_id, excluded.district_id, excluded.attached_since)
                    returning a.version)
                select count(*) filter (where version = 0), count(*) filter (where version > 0) from merged""")) {
            r.next();
            return new int[] {r.getInt(1), r.getInt(2)};
        }
    }

    /** A value in COPY's text format: \N for null; backslash, tab and line breaks escaped. */
    private static StringBuilder field(StringBuilder text, String value) {
        if (value == null) {
            return text.append("\\N");
        }
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(ch);
            }
        }
        return text;
    }

}
