package ru.registratura.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import ru.registratura.domain.audit.AuditAction;
import ru.registratura.domain.audit.AuditFilter;
import ru.registratura.domain.audit.AuditOutcome;
import ru.registratura.infrastructure.persistence.AuditSql;

/**
 * The audit log at ten million events (issue 22; bench/RESULTS.md): the trail of the bench database is filled to
 * {@code --events} events spread over a year (a tenth by 500 operators, the rest by a million patients; 2 % refused,
 * 1 % broken rules), then each kind of page the audit log's table shows is read 200 times with random parameters,
 * with the very statements the page runs ({@link AuditSql}: the capped count and the page of 50), and the time of
 * both together is reported: p50, p95 and the slowest.
 *
 * <pre>
 * ./registratura bench audit [--events 10000000]
 * </pre>
 */
public final class AuditLogBench {

    private static final int PAGE = 50;
    private static final int ROUNDS = 200;
    private static final int WARM_UP = 20;
    private static final long BATCH = 1_000_000;
    private static final int OPERATORS = 500;
    private static final int PATIENTS = 1_000_000;

    private final String dbUrl;
    private final String dbUser;
    private final String dbPassword;
    private final long events;
    private final ZoneId zone;
    private final Path report;
    private final Random random = new Random(20261203);

    private AuditLogBench(Map<String, String> args) {
        dbUrl = args.getOrDefault("--db-url", "jdbc:postgresql://127.0.0.1:5432/registratura_bench");
        dbUser = args.getOrDefault("--db-user", "postgres");
        dbPassword = System.getenv().getOrDefault("REGISTRATURA_BENCH_DB_PASSWORD", "postgres");
        events = Long.parseLong(args.getOrDefault("--events", "10000000"));
        zone = ZoneId.of(args.getOrDefault("--zone", "Asia/Irkutsk"));
        report = Path.of(args.getOrDefault("--report", "bench/target/audit-log.md"));
    }

    public static void main(String[] arguments) throws Exception {
        Map<String, String> args = new HashMap<>();
        for (int i = 0; i + 1 < arguments.length; i += 2) {
            args.put(arguments[i], arguments[i + 1]);
        }
        new AuditLogBench(args).run();
    }

    private void run() throws SQLException, IOException {
        try (Connection db = DriverManager.getConnection(dbUrl, dbUser, dbPassword)) {
            db.setAutoCommit(true);
            long before = single(db, "select count(*) from audit_event");
            long started = System.nanoTime();
            for (long from = before; from < events; from += BATCH) {
                long to = Math.min(events, from + BATCH);
                fill(db, from + 1, to);
                System.out.printf(Locale.ROOT, "%,d events in the trail (%.0f s)%n", to,
                        (System.nanoTime() - started) / 1e9);
            }
            try (Statement analyze = db.createStatement()) {
                analyze.execute("vacuum analyze audit_event");
            }
            long total = single(db, "select count(*) from audit_event");
            long size = single(db, "select pg_total_relation_size('audit_event')");
            String version = text(db, "select version()");
            Map<String, long[]> results = new LinkedHashMap<>();
            Instant now = Instant.now();
            LocalDate today = LocalDate.now(zone);
            AuditFilter none = filter(null, null, null, null, null, null);
            measure(db, results, "no filter, latest first, first page", () -> none, AuditFilter.Order.LATEST_FIRST, 0);
            measure(db, results, "no filter, latest first, the deepest page (10,000th event)", () -> none,
                    AuditFilter.Order.LATEST_FIRST, 10_000 - PAGE);
            measure(db, results, "no filter, oldest first", () -> none, AuditFilter.Order.OLDEST_FIRST, 0);
            measure(db, results, "no filter, sorted by action", () -> none, AuditFilter.Order.ACTION, 0);
            measure(db, results, "no filter, sorted by user, descending", () -> none, AuditFilter.Order.USER_DESCENDING, 0);
            measure(db, results, "an operator (about 2,000 events)",
                    () -> filter("operator." + random.nextInt(OPERATORS), null, null, null, null, null),
                    AuditFilter.Order.LATEST_FIRST, 0);
            measure(db, results, "a patient's ESIA oid (about 9 events)",
                    () -> filter(String.valueOf(1_000_000_000L + random.nextInt(PATIENTS)), null, null, null, null, null),
                    AuditFilter.Order.LATEST_FIRST, 0);
            AuditAction[] actions = AuditAction.values();
            measure(db, results, "an action, any of them (rare ones included)",
                    () -> filter(null, actions[random.nextInt(actions.length)], null, null, null, null),
                    AuditFilter.Order.LATEST_FIRST, 0);
            measure(db, results, "refused (FORBIDDEN, 2 %)",
                    () -> filter(null, null, AuditOutcome.FORBIDDEN, null, null, null), AuditFilter.Order.LATEST_FIRST, 0);
            measure(db, results, "one day of the year", () -> {
                LocalDate day = today.minusDays(random.nextInt(365));
                return filter(null, null, null, day.atStartOfDay(zone).toInstant(),
                        day.plusDays(1).atStartOfDay(zone).toInstant(), null);
            }, AuditFilter.Order.LATEST_FIRST, 0);
            measure(db, results, "a person (policy or SNILS: account, cards, appointments)", () -> {
                long account = 1 + random.nextInt(PATIENTS);
                return filter(null, null, null, null, null, new AuditFilter.Person(Set.of(account),
                        Set.of(2 * account, 2 * account + 1), Set.of(), Set.of(7 * account, 7 * account + 3)));
            }, AuditFilter.Order.LATEST_FIRST, 0);
            measure(db, results, "an operator, an action and a month", () -> {
                LocalDate first = today.minusDays(30 + random.nextInt(300));
                return filter("operator." + random.nextInt(OPERATORS), AuditAction.STAFF_PATIENT_VIEWED, null,
                        first.atStartOfDay(zone).toInstant(), first.plusDays(30).atStartOfDay(zone).toInstant(), null);
            }, AuditFilter.Order.LATEST_FIRST, 0);
            write(results, total, size, version, now);
        }
    }

    private static AuditFilter filter(String subject, AuditAction action, AuditOutcome outcome, Instant from,
                                      Instant until, AuditFilter.Person person) {
        return new AuditFilter(subject, action, outcome, from, until, person);
    }

    /**
     * Events {@code first..last} of the trail: times spread evenly back over a year from now, one in ten by an
     * operator (staff user, the patient viewed or the appointment booked as the object), the rest by patients
     * (account, the card acted for, the card as the object). The operators' events are numbered among themselves
     * ({@code g / 10}) before they are spread over the operators and their actions: every operator and action
     * gets its share.
     */
    private void fill(Connection db, long first, long last) throws SQLException {
        String operatorActions = array(List.of(AuditAction.STAFF_LOGIN, AuditAction.STAFF_PATIENT_SEARCH,
                AuditAction.STAFF_PATIENT_VIEWED, AuditAction.APPOINTMENT_BOOKED, AuditAction.APPOINTMENT_CANCELLED,
                AuditAction.STAFF_DAY_LIST_VIEWED, AuditAction.APPOINTMENT_MARKED, AuditAction.SCHEDULE_CHANGED));
        String patientActions = array(List.of(AuditAction.PATIENT_LOGIN, AuditAction.PATIENT_LOGOUT,
                AuditAction.CARD_VIEWED, AuditAction.APPOINTMENT_BOOKED, AuditAction.APPOINTMENT_CANCELLED,
                AuditAction.CARD_ADDED, AuditAction.CARD_CHANGED, AuditAction.ACTING_FOR_CHANGED,
                AuditAction.PATIENT_SESSION_EXPIRED));
        String sql = "insert into audit_event (id, occurred_at, action, outcome, subject, account_id, staff_user_id, "
                + "acting_for, object_id, remote_address, detail) select nextval('audit_event_seq'), "
                + "now() - g * (interval '365 days' / " + events + "), "
                + "case when g % 10 = 0 then (" + operatorActions + ")[1 + (g / 10 * 31) % 8] "
                + "else (" + patientActions + ")[1 + (g * 37) % 9] end, "
                + "case when g % 50 = 7 then 'FORBIDDEN' when g % 100 = 13 then 'RULE_BROKEN' else 'SUCCESS' end, "
                + "case when g % 10 = 0 then 'operator.' || ((g / 10 * 7919) % " + OPERATORS + ") "
                + "else (1000000000 + (g * 48271) % " + PATIENTS + ")::text end, "
                + "case when g % 10 = 0 then null else 1 + (g * 48271) % " + PATIENTS + " end, "
                + "case when g % 10 = 0 then 1000000 + (g / 10 * 7919) % " + OPERATORS + " end, "
                + "case when g % 10 = 0 then null else 2 * (1 + (g * 48271) % " + PATIENTS + ") + g % 2 end, "
                + "case when g % 10 = 0 then (g * 104729) % 7000000 else 2 * (1 + (g * 48271) % " + PATIENTS + ") end, "
                + "'10.' || g % 250 || '.' || (g * 3) % 250 || '.1', 'bench' "
                + "from generate_series(?, ?) g";
        try (PreparedStatement insert = db.prepareStatement(sql)) {
            insert.setLong(1, first);
            insert.setLong(2, last);
            insert.executeUpdate();
        }
    }

    private static String array(List<AuditAction> actions) {
        return "array[" + String.join(", ", actions.stream().map(a -> "'" + a.name() + "'").toList()) + "]";
    }

    /** The count and the page of the filter, {@link #WARM_UP} times unmeasured, then {@link #ROUNDS} times timed. */
    private void measure(Connection db, Map<String, long[]> results, String name, Supplier<AuditFilter> filters,
                         AuditFilter.Order order, int offset) throws SQLException {
        long[] times = new long[ROUNDS];
        for (int round = -WARM_UP; round < ROUNDS; round++) {
            AuditFilter filter = filters.get();
            long start = System.nanoTime();
            long counted = run(db, AuditSql.count(filter, 10_001).orElseThrow(), true);
            long rows = run(db, AuditSql.page(filter, order, null, offset, PAGE).orElseThrow(), false);
            long took = System.nanoTime() - start;
            if (round >= 0) {
                times[round] = took;
            }
            if (counted < 0 || rows < 0) {
                throw new IllegalStateException("no answer");
            }
        }
        Arrays.sort(times);
        results.put(name, times);
        System.out.printf(Locale.ROOT, "%-62s p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms%n", name, ms(times, 0.50),
                ms(times, 0.95), times[times.length - 1] / 1e6);
    }

    /** Runs the statement and reads every row it returns; returns the count (a count) or how many rows. */
    private static long run(Connection db, AuditSql.Statement statement, boolean count) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(statement.sql())) {
            List<Object> parameters = statement.parameters();
            for (int i = 0; i < parameters.size(); i++) {
                query.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rows = query.executeQuery()) {
                long read = 0;
                while (rows.next()) {
                    if (count) {
                        return rows.getLong(1);
                    }
                    rows.getString(11);
                    read++;
                }
                return read;
            }
        }
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static long single(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static String text(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }

    private void write(Map<String, long[]> results, long total, long size, String version, Instant at)
            throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("Audit log, " + String.format(Locale.ROOT, "%,d", total) + " events (" + size / (1024 * 1024)
                + " MB with indexes), " + version.split(",")[0] + ", " + at.truncatedTo(ChronoUnit.SECONDS) + "; "
                + ROUNDS + " rounds each after " + WARM_UP + " unmeasured, count (capped at 10,001) + page of " + PAGE
                + ", over JDBC on this machine.");
        lines.add("");
        lines.add("| the page's filter and order | p50 | p95 | max |");
        lines.add("|---|---|---|---|");
        for (Map.Entry<String, long[]> result : results.entrySet()) {
            long[] times = result.getValue();
            lines.add(String.format(Locale.ROOT, "| %s | %.1f ms | %.1f ms | %.1f ms |", result.getKey(),
                    ms(times, 0.50), ms(times, 0.95), times[times.length - 1] / 1e6));
        }
        Files.createDirectories(report.toAbsolutePath().getParent());
        Files.write(report, lines);
        lines.forEach(System.out::println);
    }
}
