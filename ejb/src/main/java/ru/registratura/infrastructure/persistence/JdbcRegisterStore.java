package ru.registratura.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import ru.registratura.domain.attachment.RegisterRejection;
import ru.registratura.domain.attachment.RegisterRow;
import ru.registratura.domain.attachment.RegisterRowParser;
import ru.registratura.domain.directory.Sex;

/**
 * Writes the attachment register import's chunks with plain JDBC batches, in the chunk's transaction: one
 * query reads the stored entries of the chunk's keys, then new people are inserted, changed ones updated (an
 * entry equal to its line is not touched), rejected lines recorded, and the import's counters advanced, so that
 * the progress the page shows is always what has been committed.
 */
@ApplicationScoped
public class JdbcRegisterStore {

    /** What one chunk did. */
    public record ChunkCounts(int read, int added, int updated, int unchanged, int rejected) {
    }

    private static final String COLUMNS = "register_key, policy_series, policy_number, snils, last_name, first_name, "
            + "middle_name, birth_date, sex, insurer, institution_id, district_id, attached_since";

    @Resource(lookup = "jdbc/registratura")
    DataSource dataSource;

    /** The institutions' ids by their code in the federal register. */
    public Map<String, Long> institutionsByCode() {
        Map<String, Long> codes = new HashMap<>();
        query("select oms_code, id from institution where oms_code is not null",
                r -> codes.put(r.getString(1), r.getLong(2)));
        return codes;
    }

    /** District ids by {@link RegisterRowParser#districtKey}. */
    public Map<String, Long> districts() {
        Map<String, Long> districts = new HashMap<>();
        query("select institution_id, number, id from district",
                r -> districts.put(RegisterRowParser.districtKey(r.getLong(1), r.getString(2)), r.getLong(3)));
        return districts;
    }

    public ChunkCounts write(long importId, List<?> items) {
        List<RegisterRow> rows = new ArrayList<>();
        List<RegisterRejection> rejections = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof RegisterRow row) {
                rows.add(row);
            } else {
                rejections.add((RegisterRejection) item);
            }
        }
        try (Connection c = dataSource.getConnection()) {
            int added;
            int updated;
            if ("PostgreSQL".equals(c.getMetaData().getDatabaseProductName())) {
                int[] done = PostgresRegisterMerge.merge(c, rows);
                added = done[0];
                updated = done[1];
            } else {
                Map<String, Stored> stored = stored(c, rows);
                List<RegisterRow> toAdd = new ArrayList<>();
                List<RegisterRow> toUpdate = new ArrayList<>();
                for (RegisterRow row : rows) {
                    Stored existing = stored.get(row.key());
                    if (existing == null) {
                        toAdd.add(row);
                    } else if (!row.sameDataAs(existing.row())) {
                        toUpdate.add(row);
                    }
                }
                insert(c, toAdd);
                update(c, toUpdate, stored);
                added = toAdd.size();
                updated = toUpdate.size();
            }
            reject(c, importId, rejections);
            ChunkCounts counts = new ChunkCounts(items.size(), added, updated, rows.size() - added - updated,
                    rejections.size());
            try (PreparedStatement s = c.prepareStatement("update register_import set rows_read = rows_read + ?, "
                    + "rows_added = rows_added + ?, rows_updated = rows_updated + ?, rows_unchanged = rows_unchanged + ?, "
                    + "rows_rejected = rows_rejected + ? where id = ?")) {
                s.setInt(1, counts.read());
                s.setInt(2, counts.added());
                s.setInt(3, counts.updated());
                s.setInt(4, counts.unchanged());
                s.setInt(5, counts.rejected());
                s.setLong(6, importId);
                s.executeUpdate();
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write a chunk of register import " + importId, e);
        }
    }

    private record Stored(long id, RegisterRow row) {
    }

    private static Map<String, Stored> stored(Connection c, List<RegisterRow> rows) throws SQLException {
        Map<String, Stored> stored = new HashMap<>();
        if (rows.isEmpty()) {
            return stored;
        }
        String marks = String.join(", ", Collections.nCopies(rows.size(), "?"));
        try (PreparedStatement s = c.prepareStatement("select id, " + COLUMNS + " from attachment_register "
                + "where register_key in (" + marks + ")")) {
            for (int i = 0; i < rows.size(); i++) {
                s.setString(i + 1, rows.get(i).key());
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String sex = r.getString(10);
                    long district = r.getLong(13);
                    Long districtId = r.wasNull() ? null : district;
                    RegisterRow row = new RegisterRow(0, r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                            r.getString(6), r.getString(7), r.getString(8), r.getObject(9, LocalDate.class),
                            sex == null ? null : Sex.valueOf(sex.strip()), r.getString(11), r.getLong(12), districtId,
                            r.getObject(14, LocalDate.class));
                    stored.put(row.key(), new Stored(r.getLong(1), row));
                }
            }
        }
        return stored;
    }

    private static void insert(Connection c, List<RegisterRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("insert into attachment_register (id, " + COLUMNS
                + ", version) values (nextval('attachment_register_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
            for (RegisterRow row : rows) {
                bind(s, row);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void update(Connection c, List<RegisterRow> rows, Map<String, Stored> stored) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("update attachment_register set register_key = ?, policy_series = ?, "
                + "policy_number = ?, snils = ?, last_name = ?, first_name = ?, middle_name = ?, birth_date = ?, sex = ?, "
                + "insurer = ?, institution_id = ?, district_id = ?, attached_since = ?, version = version + 1 where id = ?")) {
            for (RegisterRow row : rows) {
                bind(s, row);
                s.setLong(14, stored.get(row.key()).id());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void bind(PreparedStatement s, RegisterRow row) throws SQLException {
        s.setString(1, row.key());
        s.setString(2, row.policySeries());
        s.setString(3, row.policyNumber());
        s.setString(4, row.snils());
        s.setString(5, row.lastName());
        s.setString(6, row.firstName());
        s.setString(7, row.middleName());
        s.setObject(8, row.birthDate());
        s.setString(9, row.sex() == null ? null : row.sex().name());
        s.setString(10, row.insurer());
        s.setLong(11, row.institutionId());
        if (row.districtId() == null) {
            s.setNull(12, Types.BIGINT);
        } else {
            s.setLong(12, row.districtId());
        }
        s.setObject(13, row.attachedSince());
    }

    private static void reject(Connection c, long importId, List<RegisterRejection> rejections) throws SQLException {
        if (rejections.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("insert into register_import_rejection (import_id, line_number, "
                + "reason, argument) values (?, ?, ?, ?)")) {
            for (RegisterRejection rejection : rejections) {
                s.setLong(1, importId);
                s.setInt(2, rejection.line());
                s.setString(3, rejection.reason());
                s.setString(4, rejection.argument());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private interface RowHandler {
        void row(ResultSet r) throws SQLException;
    }

    private void query(String sql, RowHandler handler) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                handler.row(r);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the directory for the register import", e);
        }
    }
}
