package ru.registratura.bench;

import java.io.IOException;
import java.io.Reader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.postgresql.PGConnection;

/**
 * The attachment register import benchmark (bench/RESULTS.md): a register file of N lines
 * ({@link RegisterFileGenerator}) is uploaded by the demo admin and imported by the Jakarta Batch job; then the
 * same file again (every line unchanged); then PostgreSQL's COPY loads the same file into a table of twelve text
 * columns, twice. The import's load time (the job's start to the end of its load step, from the import's own
 * timestamps) is compared with the faster COPY.
 *
 * <pre>
 * ./registratura bench register [--rows 1000000]
 * </pre>
 */
public final class RegisterImportBench {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern LOGIN_ACTION = Pattern.compile("<form id=\"loginForm\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

    private final String baseUrl;
    private final String dbUrl;
    private final String dbUser;
    private final String dbPassword;
    private final int rows;
    private final Path report;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private RegisterImportBench(String[] args) {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i], args[i + 1]);
        }
        baseUrl = o.getOrDefault("--base-url", "http://localhost:29080");
        dbUrl = o.getOrDefault("--db-url", "jdbc:postgresql://127.0.0.1:5432/registratura_bench");
        dbUser = o.getOrDefault("--db-user", "postgres");
        dbPassword = System.getenv().getOrDefault("REGISTRATURA_BENCH_DB_PASSWORD", "postgres");
        rows = Integer.parseInt(o.getOrDefault("--rows", "1000000"));
        report = Path.of(o.getOrDefault("--report", "bench/target/register-import.md"));
    }

    public static void main(String[] args) throws Exception {
        new RegisterImportBench(args).run();
    }

    private record Run(long id, String status, long uploadMillis, double loadSeconds, double totalSeconds, int read,
                       int added, int updated, int unchanged, int rejected, Integer rerun) {

        double rowsPerSecond() {
            return read / loadSeconds;
        }
    }

    private void run() throws Exception {
        Path file = report.resolveSibling("register-" + rows + ".csv");
        Files.createDirectories(file.getParent());
        long t = System.nanoTime();
        RegisterFileGenerator.generate(rows, file, 38L);
        log("Generated %s: %,d lines, %,d bytes in %.1f s", file, rows, Files.size(file), (System.nanoTime() - t) / 1e9);

        logIn();
        Run first = importFile(file);
        log("Import: %s", first);
        Run again = importFile(file);
        log("Re-import: %s", again);
        List<Double> copies = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            copies.add(copy(file, false));
            log("COPY of the same file: %.2f s", copies.get(i));
        }
        double copy = Math.min(copies.get(0), copies.get(1));
        double indexedCopy = copy(file, true);
        log("COPY of the same file into a table with the register's indexes: %.2f s", indexedCopy);
        long stored;
        try (Connection c = db(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select count(*) from attachment_register where register_key like '39%'")) {
            r.next();
            stored = r.getLong(1);
        }
        write(file, first, again, copies, copy, indexedCopy, stored);
    }

    private void logIn() throws Exception {
        HttpResponse<String> page = send(get("/staff/login.xhtml"));
        String action = unescape(find(LOGIN_ACTION, page.body()));
        String body = form("loginForm", "loginForm", "loginForm:username", "admin.demo", "loginForm:password",
                "Demo-Admin-2026", "loginForm:signIn", "Войти", "jakarta.faces.ViewState", find(VIEW_STATE, page.body()));
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(absolute(action)))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
        if (answer.statusCode() != 302 && answer.statusCode() != 303) {
            throw new IllegalStateException("The demo admin could not log in: " + answer.statusCode());
        }
    }

    private Run importFile(Path file) throws Exception {
        String token = find(TOKEN, send(get("/staff/register.xhtml")).body());
        String boundary = "----registratura" + UUID.randomUUID();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"token\"\r\n\r\n" + token + "\r\n--"
                + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file.getFileName()
                + "\"\r\nContent-Type: text/csv\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        long started = System.nanoTime();
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(baseUrl + "/staff/register/upload"))
                .timeout(Duration.ofMinutes(10))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofString(head),
                        HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofString(tail)))
                .build());
        long uploadMillis = (System.nanoTime() - started) / 1_000_000;
        String location = answer.headers().firstValue("Location").orElse("");
        Matcher id = Pattern.compile("register-import\\.xhtml\\?id=(\\d+)").matcher(location);
        if (!id.find()) {
            throw new IllegalStateException("The upload was refused: " + answer.statusCode() + " " + location);
        }
        long importId = Long.parseLong(id.group(1));
        long deadline = System.nanoTime() + Duration.ofMinutes(60).toNanos();
        while (System.nanoTime() < deadline) {
            try (Connection c = db(); PreparedStatement s = c.prepareStatement("select status, started_at, loaded_at, "
                    + "finished_at, rows_read, rows_added, rows_updated, rows_unchanged, rows_rejected, searches_rerun "
                    + "from register_import where id = ?")) {
                s.setLong(1, importId);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    String status = r.getString(1);
                    if (!"RUNNING".equals(status)) {
                        OffsetDateTime start = r.getObject(2, OffsetDateTime.class);
                        OffsetDateTime loaded = r.getObject(3, OffsetDateTime.class);
                        OffsetDateTime finished = r.getObject(4, OffsetDateTime.class);
                        return new Run(importId, status, uploadMillis,
                                loaded == null ? Double.NaN : Duration.between(start, loaded).toMillis() / 1000.0,
                                finished == null ? Double.NaN : Duration.between(start, finished).toMillis() / 1000.0,
                                r.getInt(5), r.getInt(6), r.getInt(7), r.getInt(8), r.getInt(9),
                                (Integer) r.getObject(10));
                    }
                    log("  import %d: %,d lines read", importId, r.getInt(5));
                }
            }
            Thread.sleep(2000);
        }
        throw new IllegalStateException("Import " + importId + " did not finish within an hour");
    }

    /**
     * COPY of the file into a fresh table of twelve text columns (with {@code indexed}: and the register's indexes,
     * a primary key and the unique policy, the SNILS, the birth date with the surname); returns the seconds it took.
     */
    private double copy(Path file, boolean indexed) throws SQLException, IOException {
        try (Connection c = db(); Statement s = c.createStatement()) {
            s.execute("drop table if exists bench_register_copy");
            s.execute("create table bench_register_copy (id bigserial primary key, fam text, im text, ot text, w text, "
                    + "dr text, snils text, spol text, npol text, smo text, lpu text, lpuuch text, lpudt text)");
            if (indexed) {
                s.execute("create unique index on bench_register_copy (spol, npol)");
                s.execute("create index on bench_register_copy (npol)");
                s.execute("create index on bench_register_copy (snils)");
                s.execute("create index on bench_register_copy (dr, fam)");
            }
            long started = System.nanoTime();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                ((PGConnection) c.unwrap(PGConnection.class)).getCopyAPI().copyIn(
                        "copy bench_register_copy (fam, im, ot, w, dr, snils, spol, npol, smo, lpu, lpuuch, lpudt) "
                        + "from stdin with (format csv, delimiter ';', header true)", in);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            s.execute("drop table bench_register_copy");
            return seconds;
        }
    }

    private void write(Path file, Run first, Run again, List<Double> copies, double copy, double indexedCopy, long stored)
            throws IOException {
        String text = String.format(Locale.ROOT, """
                | figure | first import | re-import of the same file |
                |---|---|---|
                | lines read / added / updated / unchanged / rejected | %,d / %,d / %,d / %,d / %,d | %,d / %,d / %,d / %,d / %,d |
                | upload (HTTP, to the import folder, header checked, lines counted) | %.1f s | %.1f s |
                | load step of the job (start to loaded) | %.1f s | %.1f s |
                | **rows per second** (lines read / load step) | **%,.0f** | **%,.0f** |
                | whole job, with the re-run of %s attachment searches | %.1f s | %.1f s |
                | PostgreSQL COPY of the same file (twelve text columns), two runs | %.2f s, %.2f s | |
                | **load step / COPY (the faster run)** | **%.1f×** | **%.1f×** |
                | COPY into a table with the register's four indexes and a key | %.2f s | |
                | load step / that COPY | %.1f× | %.1f× |

                File: %s, %,d lines, %,d bytes. Entries with the file's keys in the register afterwards: %,d.
                """,
                first.read(), first.added(), first.updated(), first.unchanged(), first.rejected(),
                again.read(), again.added(), again.updated(), again.unchanged(), again.rejected(),
                first.uploadMillis() / 1000.0, again.uploadMillis() / 1000.0,
                first.loadSeconds(), again.loadSeconds(), first.rowsPerSecond(), again.rowsPerSecond(),
                first.rerun(), first.totalSeconds(), again.totalSeconds(), copies.get(0), copies.get(1),
                first.loadSeconds() / copy, again.loadSeconds() / copy,
                indexedCopy, first.loadSeconds() / indexedCopy, again.loadSeconds() / indexedCopy,
                file.getFileName(), rows, Files.size(file), stored);
        Files.writeString(report, text);
        System.err.println();
        System.err.println(text);
    }

    private Connection db() throws SQLException {
        return DriverManager.getConnection(dbUrl, dbUser, dbPassword);
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build();
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private String absolute(String action) {
        return action.startsWith("http") ? action : baseUrl.replaceAll("(https?://[^/]+).*", "$1") + action;
    }

    private static String form(String... pairs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    private static String find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("Not on the page: " + pattern);
        }
        return m.group(1);
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&");
    }

    private static void log(String format, Object... args) {
        System.err.printf("%tT %s%n", System.currentTimeMillis(), String.format(Locale.ROOT, format, args));
    }
}
