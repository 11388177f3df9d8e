package ru.registratura.bench;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.management.OperatingSystemMXBean;

/**
 * The booking rush: {@code --slots} slots of {@code --doctors} doctors open at once, and {@code --patients}
 * virtual patients, each logged in through the ESIA emulator with a session of their own, book at the same
 * moment through the portal's own pages (the wizard's calendar with the nearest day's times, the confirmation page,
 * and the JSF POST of «Записаться»), one appointment with each doctor. Between pages a patient reads for
 * {@code --think-ms} on average (half to one and a half of it). A patient who finds the time taken chooses one
 * of the doctor's next free times the page offers and books it with the page's form, as a person would; a «try
 * again» page (503) is tried
 * again after one to three seconds (its Retry-After). Then it checks in the database that no slot is booked
 * twice, and measures the ceiling:
 * pgbench running the booking transaction's statements on the same database. Run by
 * {@code ./registratura bench}, which prepares the domain and passes the options.
 */
public final class BookingRush {

    private static final Pattern DAY = Pattern.compile("id=\"day-(\\d{4}-\\d{2}-\\d{2})\"");
    private static final Pattern SLOT = Pattern.compile("data-slot=\"(\\d+)\"");
    private static final Pattern FORM = Pattern.compile("<form id=\"bookForm\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern CANCEL_FORM = Pattern.compile("<form id=\"cancelForm\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern APPOINTMENT_PAGE = Pattern.compile("/cabinet/appointment\\.xhtml\\?id=(\\d+)");
    /** A plain hidden field of a form (the view state has an id before its name and is not matched). */
    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([a-z]+)\" value=\"([^\"]*)\"");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** Federal codes of the specialties the bench doctors get: no district, no age or sex limit for adults. */
    private static final String[] SPECIALTIES = {"65", "64", "53", "90", "29", "97"};
    /** How often a person tries a «try again» page again (each after 1–3 s) before counting it an error. */
    private static final int PATIENCE = 100;
    private static final long LOAD_OID_BASE = 7_000_000_000L;
    /** The portal's booking horizon in days from today (the launcher's REGISTRATURA_HORIZON_DAYS). */
    private static final int HORIZON_DAYS = Integer.parseInt(System.getenv().getOrDefault("REGISTRATURA_HORIZON_DAYS", "14"));
    /** The practice rush of the warm-up (the whole crowd at once) this long. */
    private static final int PRACTICE_RUSH_SECONDS = 10;
    /** The warm-up's second stage looks at the server's JIT compiler over windows this long. */
    private static final int SETTLE_WINDOW_SECONDS = 15;
    /** Less CPU than this for the compiler threads in a window (1 % of one core): the JIT has settled. */
    private static final long JIT_SETTLED_MS = 150;

    private final String baseUrl;
    private final String dbUrl;
    private final String dbUser;
    private final String dbPassword;
    private final int patients;
    private final int slotCount;
    private final int doctorCount;
    private final ZoneId zone;
    private final Path report;
    private final int pgbenchClients;
    private final int pgbenchSeconds;
    private final long thinkMillis;
    /** The API variant: the crowd are external systems booking through POST /api/v1/appointments. */
    private final boolean api;
    private final String apiScript;
    private final String adminPort;
    /** The application server's process, for its CPU time in the rush (0: not measured). */
    private final long serverPid;
    /** Every instance's process (a cluster: their CPU summed; one killed in the rush: not measured). */
    private final List<Long> serverPids = new ArrayList<>();
    /** A cluster: the pid file of the instance killed (kill -9) once killAt of the slots are booked. */
    private final Path killPidFile;
    private final double killAt;
    private final String apiTarget;
    private volatile String killed;
    /** How long the crowd warms the server up (the JIT compiles the path) before the rush, at least. */
    private final int warmupSeconds;
    /** How long the warm-up may go on waiting for the server's JIT compiler to settle, at most. */
    private final int warmupMaxSeconds;
    /**
     * {@code --page-costs-only true}: warm up, measure each page's CPU, and stop without a rush (an A/B of a change to a
     * page, redeployed on a kept bench domain, takes minutes instead of a whole run).
     */
    private final boolean pageCostsOnly;
    /**
     * {@code --first-load-rounds N}: instead of the warm-up and the rush, N rounds of new doctors (written in SQL, so in
     * no cache) whose calendars the whole crowd asks for at once, each request given 20 s. Any request left without an
     * answer fails the run. It reproduces a thread that waited for good in EclipseLink's shared cache (see
     * server-config/domain.asadmin, eclipselink.concurrency.manager.waittime): 2 of 40 rounds of 60 patients without
     * that setting.
     */
    private final int firstLoadRounds;
    /**
     * {@code --jfr FILE}: a JFR recording of the server (JFR's {@code profile} settings) from the moment the rush
     * starts to its end, dumped to FILE; the server's JVM needs {@code -XX:FlightRecorderOptions:stackdepth=256} for
     * stacks deep enough to reach the portal's code under Jersey and Grizzly (REGISTRATURA_BENCH_JVM_OPTIONS).
     */
    private final Path jfr;
    /** What the warm-up came to, for the report. */
    private volatile String warmedUp = "none";
    /** Each wizard page's own server CPU on the warmed server (see pageCosts), for the report. */
    private volatile String pageCosts = "not measured";
    /** The driver's {@link Yardstick} before the first ceiling and after the second: the machine's speed then. */
    private double yardstickBefore;
    private double yardstickAfter;
    /** The warm-up doctor and its specialty, free again after the warm-up. */
    private long warmDoctor;
    private long warmSpecialty;
    /**
     * The crowd's one HTTP client, for the pages as for the API: a lean driver, not 500 clients with a selector
     * thread and a connection pool each (they took a fifth of the machine in the page rush). Each patient keeps
     * its own cookies (its sessions with the portal and the emulator), sent and stored by {@link Patient#send}.
     */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private PrivateKey apiKey;

    private final List<Long> doctorIds = new ArrayList<>();
    private final List<Long> specialtyIds = new ArrayList<>();

    private final ConcurrentLinkedQueue<Long> bookLatencies = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Long> pageLatencies = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Long> busyLatencies = new ConcurrentLinkedQueue<>();
    private final AtomicInteger booked = new AtomicInteger();
    /** When each booking was made, in nanoseconds since the rush began. */
    private final ConcurrentLinkedQueue<Long> bookedAt = new ConcurrentLinkedQueue<>();
    private volatile long started;
    private final AtomicInteger taken = new AtomicInteger();
    private final AtomicInteger busy = new AtomicInteger();
    private final AtomicInteger busyInARow = new AtomicInteger();
    private final AtomicInteger errors = new AtomicInteger();
    /** Requests an instance's death cut short (502 from the load balancer, or the connection lost): sent again. */
    private final AtomicInteger cutShort = new AtomicInteger();
    /**
     * The appointments the portal acknowledged (the API's 201, or the booking's redirect to the appointment's page),
     * to find each in the database afterwards.
     */
    private final Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
    /**
     * Pages only: bookings whose answer an instance's death cut short and that the patient learnt of afterwards
     * («У пациента уже есть предстоящая запись…» when trying another time of the same doctor). Made, not acknowledged.
     */
    private final AtomicInteger bookedUnacknowledged = new AtomicInteger();
    private final AtomicInteger gaveUp = new AtomicInteger();
    private final AtomicInteger exhausted = new AtomicInteger();
    private final ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
    /** The server's heap in use after a full collection before the logins and after the rush (KB; -1: unknown). */
    private long heapBefore = -1;
    private long heapAfter = -1;
    private long heapLoggedOut = -1;

    private BookingRush(Options options) {
        this.baseUrl = options.get("base-url", "http://localhost:29080");
        this.dbUrl = options.get("db-url", "jdbc:postgresql://127.0.0.1:5432/registratura_bench");
        this.dbUser = options.get("db-user", "postgres");
        this.dbPassword = System.getenv().getOrDefault("REGISTRATURA_BENCH_DB_PASSWORD", "postgres");
        this.patients = Integer.parseInt(options.get("patients", "500"));
        this.slotCount = Integer.parseInt(options.get("slots", "2000"));
        this.doctorCount = Integer.parseInt(options.get("doctors", "4"));
        this.zone = ZoneId.of(options.get("zone", "Asia/Irkutsk"));
        this.report = Path.of(options.get("report", "bench/target/booking-rush.md"));
        this.pgbenchClients = Integer.parseInt(options.get("pgbench-clients", "32"));
        this.pgbenchSeconds = Integer.parseInt(options.get("pgbench-seconds", "20"));
        this.api = Boolean.parseBoolean(options.get("api", "false"));
        this.thinkMillis = Long.parseLong(options.get("think-ms", api ? "0" : "1000"));
        this.apiScript = options.get("api-script", "server-config/api-jwt.sh");
        this.adminPort = options.get("admin-port", "29048");
        for (String pid : options.get("server-pid", "0").split(",")) {
            serverPids.add(Long.parseLong(pid.trim()));
        }
        this.serverPid = serverPids.size() == 1 ? serverPids.get(0) : 0;
        this.killPidFile = options.values.containsKey("kill-pid-file") ? Path.of(options.get("kill-pid-file", "")) : null;
        this.killAt = Double.parseDouble(options.get("kill-at", "0.5"));
        this.apiTarget = options.get("api-target", "server");
        this.warmupSeconds = Integer.parseInt(options.get("warmup-seconds", "90"));
        this.warmupMaxSeconds = Math.max(warmupSeconds, Integer.parseInt(options.get("warmup-max-seconds", "900")));
        this.pageCostsOnly = Boolean.parseBoolean(options.get("page-costs-only", "false"));
        this.firstLoadRounds = Integer.parseInt(options.get("first-load-rounds", "0"));
        this.jfr = options.values.containsKey("jfr") ? Path.of(options.get("jfr", "")).toAbsolutePath() : null;
    }

    public static void main(String[] args) throws Exception {
        new BookingRush(new Options(args)).run();
    }

    private void run() throws Exception {
        if (doctorCount > SPECIALTIES.length || slotCount % doctorCount != 0) {
            throw new IllegalArgumentException("--doctors at most " + SPECIALTIES.length + ", dividing --slots");
        }
        log("Preparing %d bench doctors", doctorCount);
        prepareDoctors();

        List<Patient> crowd;
        if (api) {
            log("API variant: registering a bench key, %d register people, each looked up by its own caller", patients);
            crowd = apiCallers();
        } else {
            heapBefore = heapAfterGc();
            log("Logging in %d virtual patients through the ESIA emulator", patients);
            long loginStarted = System.nanoTime();
            crowd = logIn();
            log("%d patients logged in in %.1f s", crowd.size(), seconds(System.nanoTime() - loginStarted));
            giveCards(crowd);
            if (firstLoadRounds > 0) {
                firstLoads(crowd);
                return;
            }
        }

        warmUp(crowd);
        if (!api) {
            pageCosts(crowd.get(0));
            if (pageCostsOnly) {
                return;
            }
        }
        yardstickBefore = Yardstick.millis();
        double ceilingBefore = ceiling(crowd);
        List<Long> slotIds = openSlots();
        log("%d slots open now; the rush starts", slotIds.size());
        jfr("JFR.start", "name=rush", "settings=profile");
        Cpu cpuBefore = Cpu.now(serverPids);
        Thread killer = null;
        if (killPidFile != null) {
            killer = new Thread(this::killInTheRush, "killer");
            killer.setDaemon(true);
            killer.start();
        }
        ExecutorService pool = Executors.newFixedThreadPool(crowd.size());
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(crowd.size());
        for (Patient patient : crowd) {
            pool.submit(() -> {
                try {
                    start.await();
                    rush(patient);
                } catch (Exception e) {
                    error("patient " + patient.number + ": " + e);
                } finally {
                    done.countDown();
                }
            });
        }
        started = System.nanoTime();
        start.countDown();
        done.await();
        long rushNanos = System.nanoTime() - started;
        Cpu after = Cpu.now(serverPids);
        jfr("JFR.stop", "name=rush", "filename=" + jfr);
        // The killed instance's CPU is gone with it: the server's is not measured then.
        Cpu cpu = (killPidFile != null ? new Cpu(-1, Map.of(), after.postgres(), after.driver()) : after).minus(cpuBefore);
        if (killer != null) {
            killer.interrupt();
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);

        heapAfter = api ? -1 : heapAfterGc();
        Verification verification = verify(slotIds);
        double ceiling = ceiling(crowd);
        yardstickAfter = Yardstick.millis();
        heapLoggedOut = api ? -1 : heapAfterLogouts(crowd);
        write(crowd.size(), rushNanos, verification, ceilingBefore, ceiling, cpu);
    }

    /** A JFR command to the server when {@code --jfr} asks for a recording of the rush (its output in the log). */
    private void jfr(String... command) throws IOException {
        if (jfr != null && serverPid > 0) {
            log("jcmd %s: %s", String.join(" ", command), jcmd(command).strip().replace('\n', ' '));
        }
    }

    /** What the server's JVM answers {@code jcmd} (its output and errors), once it has done. */
    private String jcmd(String... command) throws IOException {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(serverPid)));
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    /**
     * Every patient logs out of the portal («Выйти»: the portal's session invalidated; the redirect to the
     * emulator's logout is not followed, so the emulator's sessions stay), then the heap after a full GC: what
     * it frees is the portal's sessions alone.
     */
    private long heapAfterLogouts(List<Patient> crowd) throws InterruptedException {
        if (heapAfter < 0) {
            return -1;
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        for (Patient patient : crowd) {
            pool.submit(() -> {
                try {
                    patient.logOut();
                } catch (Exception e) {
                    error("logout of patient " + patient.number + ": " + e);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        return heapAfterGc();
    }

    // ------------------------------------------------------------------ preparation

    private Connection db() throws SQLException {
        return DriverManager.getConnection(dbUrl, dbUser, dbPassword);
    }

    /** New doctors of Поликлиника № 4 without schedule templates: their only slots are the rush's. */
    private void prepareDoctors() throws SQLException {
        try (Connection c = db()) {
            // A run against a kept domain (REGISTRATURA_KEEP_BENCH_DOMAIN): the last run's appointments with its
            // doctors are cancelled, so that the same people may book the same specialties again.
            String benchDoctors = "select id from doctor where first_name = 'Нагрузочный' or last_name = 'Разминочный'";
            update(c, "update slot set appointment_id = null where appointment_id is not null and doctor_id in ("
                    + benchDoctors + ")");
            update(c, "update appointment set status = 'CANCELLED', cancelled_at = now() where status = 'BOOKED' and "
                    + "slot_id in (select id from slot where doctor_id in (" + benchDoctors + "))");
            for (int i = 0; i < doctorCount; i++) {
                long specialty = single(c, "select id from specialty where federal_code = ?", SPECIALTIES[i]);
                long id = single(c, "select nextval('doctor_seq')");
                update(c, "insert into doctor (id, institution_id, division_id, specialty_id, last_name, first_name, "
                        + "middle_name, cabinet, active, version) values (?, 1, 3, ?, ?, 'Нагрузочный', 'Врач', ?, true, 0)",
                        id, specialty, "Врач-" + (i + 1), String.valueOf(400 + i));
                doctorIds.add(id);
                specialtyIds.add(specialty);
            }
        }
    }

    private List<Patient> logIn() throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Patient> crowd = Collections.synchronizedList(new ArrayList<>());
        for (int i = 1; i <= patients; i++) {
            int number = i;
            pool.submit(() -> {
                Patient patient = new Patient(number);
                try {
                    patient.logIn();
                    crowd.add(patient);
                } catch (Exception e) {
                    error("login of patient " + number + ": " + e);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.MINUTES);
        return new ArrayList<>(crowd);
    }

    /** Each patient's own card (its attachment search finished: nothing runs in the background during the rush). */
    private void giveCards(List<Patient> crowd) throws SQLException {
        try (Connection c = db()) {
            c.setAutoCommit(false);
            for (Patient patient : crowd) {
                patient.accountId = single(c, "select id from patient_account where esia_oid = ?",
                        String.valueOf(LOAD_OID_BASE + patient.number));
                Long existing = optional(c, "select min(id) from patient_card where account_id = ? and kinship = 'SELF'",
                        patient.accountId);
                if (existing != null) {
                    // A run against a kept domain (REGISTRATURA_KEEP_BENCH_DOMAIN): the card of the last run.
                    patient.cardId = existing;
                    continue;
                }
                patient.cardId = single(c, "select nextval('patient_card_seq')");
                // The holder's own card is ESIA's person (the portal refreshes it from the account at each login).
                update(c, "insert into patient_card (id, account_id, kinship, source, last_name, first_name, middle_name, "
                        + "sex, birth_date, snils, policy_series, policy_number, consent_at, consent_version, created_at, "
                        + "updated_at, version) select ?, a.id, 'SELF', 'ESIA', coalesce(a.last_name, 'Нагрузочный'), "
                        + "coalesce(a.first_name, 'Пациент'), a.middle_name, coalesce(a.sex, 'M'), "
                        + "coalesce(a.birth_date, date '1985-01-01'), coalesce(a.snils, ?), a.policy_series, a.policy_number, "
                        + "now(), 'bench', now(), now(), 0 from patient_account a where a.id = ?", patient.cardId,
                        String.format("%09d", 200_000_000 + patient.number), patient.accountId);
                update(c, "insert into attachment_search (card_id, status, requested_at, finished_at, version) "
                        + "values (?, 'NOT_FOUND', now(), now(), 0)", patient.cardId);
            }
            c.commit();
        }
    }

    /** A bench doctor's times a day: 60, or more when they would not fit within the horizon. */
    private int timesADay() {
        return Math.max(60, (slotCount / doctorCount + HORIZON_DAYS - 2) / (HORIZON_DAYS - 1));
    }

    /** The rush's slots, all inserted in one transaction: they open at the same moment. */
    private List<Long> openSlots() throws SQLException {
        int perDoctor = slotCount / doctorCount;
        List<Long> ids = new ArrayList<>(slotCount);
        try (Connection c = db()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("insert into slot (id, doctor_id, starts_at, ends_at, "
                    + "cabinet, access, version) values (nextval('slot_seq'), ?, ?, ?, ?, 'INTERNET', 0) returning id")) {
                LocalDate firstDay = LocalDate.now(zone).plusDays(1);
                // From tomorrow to the portal's horizon (14 days from today: 13 days), 60 times a day of 10
                // minutes, more and shorter ones a day when the doctor has more than fit: a time past the horizon
                // is not shown, and its patient would find nothing.
                int perDay = timesADay();
                long minutes = Math.max(1, 600 / perDay);
                for (int d = 0; d < doctorCount; d++) {
                    for (int i = 0; i < perDoctor; i++) {
                        LocalDateTime start = LocalDateTime.of(firstDay.plusDays(i / perDay), LocalTime.of(8, 0))
                                .plusMinutes(minutes * (i % perDay));
                        OffsetDateTime startsAt = start.atZone(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
                        insert.setLong(1, doctorIds.get(d));
                        insert.setObject(2, startsAt);
                        insert.setObject(3, startsAt.plusMinutes(minutes));
                        insert.setString(4, String.valueOf(400 + d));
                        try (ResultSet r = insert.executeQuery()) {
                            r.next();
                            ids.add(r.getLong(1));
                        }
                    }
                }
            }
            c.commit();
        }
        return ids;
    }

    /** How long a request of {@link #firstLoads} may take before it counts as hung. */
    private static final Duration FIRST_LOAD_PATIENCE = Duration.ofSeconds(20);

    /**
     * {@link #firstLoadRounds} rounds: new doctors with their times, then every patient asks for one of their calendars
     * at the same moment. A request still running after 6 s gets a thread dump of the server (bench/target), one
     * without an answer in {@link #FIRST_LOAD_PATIENCE} counts as hung; the report says how many, and any fails the
     * run.
     */
    private void firstLoads(List<Patient> crowd) throws Exception {
        Files.createDirectories(report.toAbsolutePath().getParent());
        ExecutorService pool = Executors.newFixedThreadPool(crowd.size());
        int hung = 0;
        List<String> dumps = new ArrayList<>();
        for (int round = 0; round < firstLoadRounds; round++) {
            doctorIds.clear();
            specialtyIds.clear();
            prepareDoctors();
            openSlots();
            CountDownLatch go = new CountDownLatch(1);
            AtomicInteger hungNow = new AtomicInteger();
            List<java.util.concurrent.Future<?>> requests = new ArrayList<>();
            for (int p = 0; p < crowd.size(); p++) {
                Patient patient = crowd.get(p);
                int d = p % doctorIds.size();
                URI calendar = URI.create(baseUrl + "/cabinet/book.xhtml?card=" + patient.cardId + "&specialty="
                        + specialtyIds.get(d) + "&doctor=" + doctorIds.get(d));
                requests.add(pool.submit(() -> {
                    go.await();
                    try {
                        int status = patient.send(HttpRequest.newBuilder(calendar).timeout(FIRST_LOAD_PATIENCE).GET()
                                .build()).statusCode();
                        if (status != 200 && status != 503) {
                            error("GET " + calendar + " answered HTTP " + status);
                        }
                    } catch (java.net.http.HttpTimeoutException e) {
                        hungNow.incrementAndGet();
                    }
                    return null;
                }));
            }
            go.countDown();
            long dumpAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(6);
            while (requests.stream().anyMatch(r -> !r.isDone()) && System.nanoTime() < dumpAt) {
                Thread.sleep(100);
            }
            if (requests.stream().anyMatch(r -> !r.isDone()) && serverPid > 0) {
                Path dump = report.resolveSibling("first-load-dump-" + round + ".txt");
                new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                        String.valueOf(serverPid), "Thread.print", "-l").redirectOutput(dump.toFile()).start().waitFor();
                dumps.add(dump.getFileName().toString());
            }
            for (java.util.concurrent.Future<?> request : requests) {
                request.get();
            }
            hung += hungNow.get();
            log("First loads, round %d of %d: %d hung (%d in all)", round + 1, firstLoadRounds, hungNow.get(), hung);
        }
        pool.shutdown();
        Files.writeString(report, String.format(Locale.ROOT, "## First reads of new doctors by a crowd at once%n%n"
                + "%d rounds; each round %d new doctors, and %d patients asking for their calendars at the same moment."
                + "%n%n**Requests without an answer in %d s: %d.** Answers other than the calendar or «try again»: %d."
                + " Thread dumps of the server: %s.%n", firstLoadRounds, doctorCount, crowd.size(),
                FIRST_LOAD_PATIENCE.toSeconds(), hung, errors.get(), dumps.isEmpty() ? "none" : String.join(", ", dumps)));
        log("Written to %s", report);
        if (hung > 0 || errors.get() > 0) {
            throw new IllegalStateException(hung + " calendar requests hung, " + errors.get() + " errors (see " + report
                    + ")");
        }
    }

    // ------------------------------------------------------------------ warming up

    /**
     * The crowd warms the server up before the rush (the measured server has just been started and its JIT has
     * compiled nothing yet), taking the rush's path with a doctor of the warm-up's own whose times are booked and
     * cancelled again, so nothing of it remains for the rush. Then the rush's counters start afresh.
     *
     * <p>Stages. First {@code --warmup-seconds} with 32 of the crowd at a time, as in the rush. Then, while the
     * server's JIT compiler is still busy, four at a time, until its compiler threads spent less than
     * {@link #JIT_SETTLED_MS} of CPU in a window of {@link #SETTLE_WINDOW_SECONDS}, for at most
     * {@code --warmup-max-seconds} in all. Why: on two cores a saturated server's one C2 compiler thread is one
     * runnable thread among some forty, so its queue drains slowly; in the first bench runs it still took a fifth
     * of the server's CPU in the rush, and the same domain rushed again measured 8.2, 5.4, 3.8 and 3.4 ms per
     * answered request as its JIT caught up (bench/RESULTS.md). A server that has been up for a while has compiled
     * its hot path; with fewer requests at once the compiler gets the CPU to get there. A cluster's instances are
     * looked at together; without a process id ({@code --server-pid 0}) only the first stage runs. Then a practice
     * rush of {@link #PRACTICE_RUSH_SECONDS} with the whole crowd at once, and the compiler is let settle again (the
     * same windows, the same limit in all).
     */
    private void warmUp(List<Patient> crowd) throws Exception {
        if (warmupSeconds <= 0) {
            return;
        }
        final long doctor;
        try (Connection c = db()) {
            long specialty = single(c, "select id from specialty where federal_code = ?", SPECIALTIES[0]);
            warmSpecialty = specialty;
            doctor = single(c, "select nextval('doctor_seq')");
            update(c, "insert into doctor (id, institution_id, division_id, specialty_id, last_name, first_name, "
                    + "middle_name, cabinet, active, version) values (?, 1, 3, ?, 'Разминочный', 'Врач', 'Врач', '399', true, 0)",
                    doctor, specialty);
            // The rush's doctors' shape (openSlots): 60 times a day of 10 minutes, from tomorrow to the horizon. A
            // calendar page renders its day's times, and one day of 1,000 one-minute times cost 5 ms of the server's
            // CPU a page where the rush's 60 cost less (pageCosts).
            update(c, "insert into slot (id, doctor_id, starts_at, ends_at, cabinet, access, version) "
                    + "select nextval('slot_seq'), ?, t, t + interval '10 minutes', '399', 'INTERNET', 0 "
                    + "from (select date_trunc('day', now()) + (1 + g / 60) * interval '1 day' + interval '1 hour' "
                    + "+ (g % 60) * interval '10 minutes' as t from generate_series(0, ?) g) times",
                    doctor, (HORIZON_DAYS - 1) * 60 - 1);
        }
        warmDoctor = doctor;
        long began = System.nanoTime();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger rounds = new AtomicInteger();
        log("Warming up for %d s", warmupSeconds);
        warmUpFor(crowd, Math.min(32, crowd.size()), warmupSeconds, next, rounds, warmSpecialty, doctor);
        Long jitMs = null; // not measured
        boolean measurable = serverPids.stream().allMatch(pid -> pid > 0);
        if (measurable) {
            jitMs = settle(crowd, began, next, rounds, warmSpecialty, doctor);
            // A practice rush: the whole crowd at once, with no time to read, takes the paths only a rush takes
            // (admission's «try again», times taken between the choice and the booking), whose code the JIT has
            // not compiled yet or compiled for a profile that never took them: the API rush's JIT was a fifth of
            // the server's CPU without it (bench/RESULTS.md). Then the compiler settles again.
            log("A practice rush of %d s with the whole crowd at once", PRACTICE_RUSH_SECONDS);
            warmUpFor(crowd, crowd.size(), PRACTICE_RUSH_SECONDS, next, rounds, warmSpecialty, doctor);
            jitMs = settle(crowd, began, next, rounds, warmSpecialty, doctor);
        }
        warmedUp = String.format(Locale.ROOT, "%.0f s, %d rounds%s", seconds(System.nanoTime() - began), rounds.get(),
                jitMs == null ? "" : jitMs < JIT_SETTLED_MS
                        ? String.format(Locale.ROOT, "; the JIT compiler settled (%d ms of CPU in the last %d s)", jitMs,
                                SETTLE_WINDOW_SECONDS)
                        : String.format(Locale.ROOT, "; the JIT compiler **not settled** at --warmup-max-seconds (%d ms of "
                                + "CPU in the last %d s)", jitMs, SETTLE_WINDOW_SECONDS));
        log("Warmed up: %s", warmedUp);
        try (Connection c = db()) {
            // A booking whose cancellation did not get through (a «try again» answer, say) must not stay: the
            // warm-up doctor's specialty is a bench doctor's, and a patient may have one booking of it at a time.
            long left = single(c, "select count(*) from appointment a join slot s on s.id = a.slot_id "
                    + "where s.doctor_id = ? and a.status = 'BOOKED'", doctor);
            if (left > 0) {
                log("%d warm-up bookings still open: cancelled in the database", left);
                update(c, "update appointment set status = 'CANCELLED', cancelled_at = now() where status = 'BOOKED' "
                        + "and slot_id in (select id from slot where doctor_id = ?)", doctor);
                update(c, "update slot set appointment_id = null where doctor_id = ?", doctor);
            }
        }
        bookLatencies.clear();
        pageLatencies.clear();
        busyLatencies.clear();
        busy.set(0);
        busyInARow.set(0);
        taken.set(0);
        gaveUp.set(0);
        exhausted.set(0);
    }

    /**
     * Four of the crowd at a time take the warm-up's path in windows of {@link #SETTLE_WINDOW_SECONDS} until the
     * server's compiler threads spent less than {@link #JIT_SETTLED_MS} of CPU in one, or the warm-up has taken
     * {@code --warmup-max-seconds}; the last window's compiler CPU in ms, or null if no window ran.
     */
    private Long settle(List<Patient> crowd, long began, AtomicInteger next, AtomicInteger rounds, long specialty,
            long doctor) throws Exception {
        Long jitMs = null;
        while (seconds(System.nanoTime() - began) + SETTLE_WINDOW_SECONDS <= warmupMaxSeconds) {
            Map<String, Long> before = Cpu.jitThreads(serverPids);
            warmUpFor(crowd, Math.min(4, crowd.size()), SETTLE_WINDOW_SECONDS, next, rounds, specialty, doctor);
            jitMs = Cpu.total(Cpu.jitSince(before, Cpu.jitThreads(serverPids)));
            log("The server's JIT compiler took %d ms of CPU in the last %d s", jitMs, SETTLE_WINDOW_SECONDS);
            if (jitMs < JIT_SETTLED_MS) {
                break;
            }
        }
        return jitMs;
    }

    /** {@code threads} of the crowd at a time take the warm-up's path for {@code seconds}. */
    private void warmUpFor(List<Patient> crowd, int threads, int seconds, AtomicInteger next, AtomicInteger rounds,
            long specialty, long doctor) throws InterruptedException {
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            pool.submit(() -> {
                while (System.nanoTime() < until) {
                    int index = next.getAndIncrement();
                    Patient patient = crowd.get(index % crowd.size());
                    // Every other round a rival, half the crowd away (not one of those warming up beside), is
                    // beaten to the time (see warmUpThroughApi).
                    Patient rival = index % 2 == 0 && crowd.size() > 1 ? crowd.get((index + crowd.size() / 2) % crowd.size()) : null;
                    try {
                        if (api) {
                            warmUpThroughApi(patient, rival, doctor);
                        } else {
                            warmUpThroughPages(patient, rival, specialty, doctor);
                        }
                        rounds.incrementAndGet();
                    } catch (Exception e) {
                        error("warm-up of patient " + patient.number + ": " + e);
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
    }

    /**
     * Free times of the warm-up doctor, a booking, and its cancellation. With a rival, the rival then asks for the same
     * time and is answered 409 with the next free times: a rush's path a quiet warm-up never takes. Without it the
     * first API rush recompiled {@code EjbInvocation.proceed} (60 KB of code, 1.9 s of C2) after the taken path's
     * uncommon traps (FreeTimeOffer, FreeSlot.of) fired in it (a JFR recording of the compiler, bench/RESULTS.md).
     */
    private void warmUpThroughApi(Patient patient, Patient rival, long doctor) throws Exception {
        // From a day, as the rush asks (the warm-up doctor's times all come after the start of tomorrow).
        String from = LocalDate.now(zone).plusDays(1).atStartOfDay(zone).toInstant().toString();
        List<String> free = all(API_ID, patient.apiCall("GET", baseUrl + "/api/v1/slots?doctor=" + doctor
                + "&limit=20&from=" + from, null).body());
        if (free.isEmpty()) {
            return;
        }
        String slot = free.get(ThreadLocalRandom.current().nextInt(free.size()));
        HttpResponse<String> booking = patient.apiCall("POST", baseUrl + "/api/v1/appointments",
                "{\"patientId\":" + patient.entryId + ",\"slotId\":" + slot + "}");
        Matcher id = APPOINTMENT_ID.matcher(booking.body());
        if (booking.statusCode() == 201 && id.find()) {
            if (rival != null) {
                rival.apiCall("POST", baseUrl + "/api/v1/appointments",
                        "{\"patientId\":" + rival.entryId + ",\"slotId\":" + slot + "}");
            }
            patient.apiCall("DELETE", baseUrl + "/api/v1/appointments/" + id.group(1) + "?reason=other", null);
        }
    }

    /**
     * The wizard's calendar (and a day's times), a confirmation page and the booking of the warm-up doctor, then the
     * appointment's cancellation through its page: every page and form of the rush's path and the cancel page. With a
     * rival, the rival opens the same time's confirmation first and presses «Записаться» after the patient booked it:
     * the page offers the next free times, the rival books one of them through its form and cancels it (the rush's
     * path of a time taken meanwhile, as in {@link #warmUpThroughApi}).
     */
    private void warmUpThroughPages(Patient patient, Patient rival, long specialty, long doctor) throws Exception {
        String wizard = baseUrl + "/cabinet/book.xhtml?card=" + patient.cardId + "&specialty=" + specialty
                + "&doctor=" + doctor;
        String calendar = patient.fetch(wizard);
        Matcher day = DAY.matcher(calendar);
        if (!day.find()) {
            return;
        }
        // The calendar's nearest day's times, or (every other round) a day's page, which the rush opens less often.
        List<String> times = ThreadLocalRandom.current().nextBoolean() ? all(SLOT, calendar)
                : all(SLOT, patient.fetch(wizard + "&day=" + day.group(1)));
        if (times.isEmpty()) {
            return;
        }
        String slot = times.get(ThreadLocalRandom.current().nextInt(times.size()));
        FormPost rivalBook = rival == null ? null
                : FormPost.of(baseUrl, rival.fetch(baseUrl + "/cabinet/book-confirm.xhtml?card=" + rival.cardId
                        + "&slot=" + slot), FORM, "bookForm", "book");
        String confirm = patient.fetch(baseUrl + "/cabinet/book-confirm.xhtml?card=" + patient.cardId + "&slot=" + slot);
        FormPost book = FormPost.of(baseUrl, confirm, FORM, "bookForm", "book");
        if (book == null) {
            return;
        }
        if (!bookAndCancelInWarmUp(patient, book.url(), book.body()) || rivalBook == null) {
            return;
        }
        HttpResponse<String> beaten = rival.send(rival.post(rivalBook.url(), rivalBook.body()));
        FormPost offer = beaten.statusCode() == 200 ? FormPost.of(baseUrl, beaten.body(), FORM, "bookForm", "book") : null;
        List<String> offered = offer == null ? List.of() : all(SLOT, beaten.body());
        if (!offered.isEmpty()) {
            bookAndCancelInWarmUp(rival, offer.url(), offer.body() + "&offered=" + any(offered));
        }
    }

    /** Posts a confirmation's form and, booked, cancels the appointment through its page; whether it was booked. */
    private boolean bookAndCancelInWarmUp(Patient patient, String url, String body) throws Exception {
        HttpResponse<String> booking = patient.send(patient.post(url, body));
        Matcher id = APPOINTMENT_PAGE.matcher(booking.headers().firstValue("Location").orElse(""));
        if (booking.statusCode() != 302 || !id.find()) {
            return false;
        }
        String cancel = patient.fetch(baseUrl + "/cabinet/appointment-cancel.xhtml?id=" + id.group(1));
        FormPost confirmCancel = FormPost.of(baseUrl, cancel, CANCEL_FORM, "cancelForm", "confirmCancel");
        if (confirmCancel != null) {
            patient.send(patient.post(confirmCancel.url(), confirmCancel.body()));
        }
        return true;
    }

    /** Requests of each kind in a series of {@link #pageCosts}. */
    private static final int PAGE_COST_REQUESTS = 400;

    /**
     * Each wizard page's own server CPU, on the warmed server before the rush: one patient asks for the warm-up
     * doctor's calendar {@link #PAGE_COST_REQUESTS} times in a row, then a time's confirmation as often, then books
     * and cancels a third as often, each series three times (the confirmation, «Записаться», the cancellation's page and its POST). The
     * server's CPU over each series, less what it spends idle in as long (measured first, over 5 s), divided by the
     * requests. The rush's own figure divides all the server's CPU by all the requests, «try again» answers and
     * bookings included; this one says what a page costs. Needs the server's one process id.
     */
    private void pageCosts(Patient patient) throws Exception {
        if (serverPids.size() != 1 || serverPids.get(0) <= 0 || warmDoctor == 0) {
            return;
        }
        String wizard = baseUrl + "/cabinet/book.xhtml?card=" + patient.cardId + "&specialty=" + warmSpecialty
                + "&doctor=" + warmDoctor;
        List<String> times = all(SLOT, patient.fetch(wizard));
        if (times.isEmpty()) {
            return;
        }
        String confirmUrl = baseUrl + "/cabinet/book-confirm.xhtml?card=" + patient.cardId + "&slot=" + times.get(0);
        long idleFrom = Cpu.now(serverPids).server();
        long idleStarted = System.nanoTime();
        Thread.sleep(5_000);
        double idlePerNano = (double) (Cpu.now(serverPids).server() - idleFrom) / (System.nanoTime() - idleStarted);
        Cost calendar = cpuPer(PAGE_COST_REQUESTS, idlePerNano, () -> patient.fetch(wizard));
        Cost confirmation = cpuPer(PAGE_COST_REQUESTS, idlePerNano, () -> patient.fetch(confirmUrl));
        int[] booked = {0};
        Cost cycle = cpuPer(PAGE_COST_REQUESTS / 3, idlePerNano, () -> {
            FormPost book = FormPost.of(baseUrl, patient.fetch(confirmUrl), FORM, "bookForm", "book");
            if (book != null && bookAndCancelInWarmUp(patient, book.url(), book.body())) {
                booked[0]++;
            }
            return null;
        });
        pageCosts = String.format(Locale.ROOT, "calendar with the nearest day's times **%.2f** / a time's confirmation "
                + "**%.2f** / a booking and its cancellation (confirmation, «Записаться», the cancellation's page and "
                + "POST) %.2f ms, %d of %d booked; the median of three series of %d; idle %.1f ms a second subtracted; "
                + "the machine's speed around the series: the driver's yardstick %s ms; at the yardstick's "
                + "%.0f ms: %.2f / %.2f / %.2f ms", calendar.millis(), confirmation.millis(), cycle.millis(), booked[0],
                3 * (PAGE_COST_REQUESTS / 3), PAGE_COST_REQUESTS, idlePerNano * 1e6,
                Cost.range(calendar, confirmation, cycle), Yardstick.REFERENCE_MS, calendar.atReference(),
                confirmation.atReference(), cycle.atReference());
        log("Each page's server CPU: %s", pageCosts);
    }

    /**
     * The server's CPU in ms per call of {@code request}, {@code count} calls in a row, less its idle CPU: the median of
     * three such series (one series of the same page measured 2.8 and 3.5 ms in two runs: a collection of the young
     * generation falls into one series and not another). Each series is framed by the driver's {@link Yardstick}, and
     * its cost scaled to the yardstick's reference is the median of the three so scaled: the shared machine's speed
     * has swung twofold within a minute (39.5 and 77.2 ms of the same yardstick).
     */
    private Cost cpuPer(int count, double idlePerNano, java.util.concurrent.Callable<?> request) throws Exception {
        double[] series = new double[3];
        double[] scaled = new double[3];
        // One yardstick between two series frames both: the one after a series is the one before the next.
        double[] yardsticks = new double[series.length + 1];
        yardsticks[0] = Yardstick.millis();
        for (int s = 0; s < series.length; s++) {
            long from = Cpu.now(serverPids).server();
            long began = System.nanoTime();
            for (int i = 0; i < count; i++) {
                request.call();
            }
            long took = System.nanoTime() - began;
            series[s] = (Cpu.now(serverPids).server() - from - idlePerNano * took) / count;
            yardsticks[s + 1] = Yardstick.millis();
            scaled[s] = series[s] * Yardstick.REFERENCE_MS / ((yardsticks[s] + yardsticks[s + 1]) / 2);
        }
        Arrays.sort(series);
        Arrays.sort(scaled);
        return new Cost(series[1], scaled[1], yardsticks);
    }

    /** A page's CPU (the median of three series), the same scaled to the yardstick's reference, the yardsticks taken. */
    record Cost(double millis, double atReference, double[] yardsticks) {

        /** The lowest and highest yardstick taken around the costs' series, "lowest–highest". */
        static String range(Cost... costs) {
            double low = Double.MAX_VALUE;
            double high = 0;
            for (Cost cost : costs) {
                for (double y : cost.yardsticks()) {
                    low = Math.min(low, y);
                    high = Math.max(high, y);
                }
            }
            return String.format(Locale.ROOT, "%.1f–%.1f", low, high);
        }
    }

    // ------------------------------------------------------------------ the rush

    /** Kills (kill -9) the instance of the pid file once killAt of the slots are booked. */
    private void killInTheRush() {
        try {
            while (booked.get() < killAt * slotCount) {
                Thread.sleep(20);
            }
            long pid = Long.parseLong(Files.readString(killPidFile).trim());
            Process kill = new ProcessBuilder("kill", "-9", String.valueOf(pid)).inheritIO().start();
            kill.waitFor();
            killed = String.format(Locale.ROOT, "%s (pid %d) at %.1f s, after %d bookings",
                    killPidFile.getParent().getParent().getFileName(), pid, seconds(System.nanoTime() - started), booked.get());
            log("Killed %s", killed);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            error("the kill: " + e);
        }
    }

    /** The acknowledged appointments the database does not have as booked (a lost booking). */
    private long lostAcknowledged() throws SQLException {
        if (acknowledged.isEmpty()) {
            return 0;
        }
        try (Connection c = db(); PreparedStatement s = c.prepareStatement(
                "select count(*) from appointment where status = 'BOOKED' and id = any (?)")) {
            s.setArray(1, c.createArrayOf("bigint", acknowledged.toArray()));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return acknowledged.size() - r.getLong(1);
            }
        }
    }

    /** One patient books one time with each bench doctor, in an order of their own. */
    private void rush(Patient patient) throws Exception {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < doctorCount; i++) {
            order.add(i);
        }
        Collections.shuffle(order, ThreadLocalRandom.current());
        for (int d : order) {
            if (api) {
                bookThroughApi(patient, d);
            } else {
                bookWith(patient, d);
            }
        }
    }

    // ------------------------------------------------------------------ the API variant

    private static final Pattern API_ID = Pattern.compile("\\{\"id\":(\\d+)");
    /** The id of an appointment in the API's answer (its fields come in alphabetical order). */
    private static final Pattern APPOINTMENT_ID = Pattern.compile("\"id\":(\\d+)");

    /**
     * Registers a key made now as the API's issuer {@code bench} (server-config/api-jwt.sh; the application takes it
     * within a minute, without a restart, which this waits for), then makes
     * the crowd: a person of the register each (a fresh ЕНП), an account each for the pgbench ceiling's statements,
     * and a caller (token) each that looks its person up.
     */
    private List<Patient> apiCallers() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        apiKey = pair.getPrivate();
        Path pem = Files.createTempFile("bench-api", ".pem");
        Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder()
                .encodeToString(pair.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
        URI base = URI.create(baseUrl);
        Process script = new ProcessBuilder("bash", apiScript, "--admin-port", adminPort, "--target", apiTarget,
                "--http-port", String.valueOf(base.getPort()), "--name", "bench", "--issuer", "https://bench.registratura.test",
                "--groups", "call-centre", "--public-key", pem.toString()).inheritIO().start();
        if (script.waitFor() != 0) {
            throw new IllegalStateException("api-jwt.sh failed");
        }
        String probe = token("bench-probe");
        for (int second = 0; ; second++) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/institutions"))
                    .header("Authorization", "Bearer " + probe).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 200) {
                break;
            }
            if (second == 120) {
                throw new IllegalStateException("The API still refuses the bench's key after two minutes: " + answer.body());
            }
            Thread.sleep(1000);
        }
        List<Patient> crowd = new ArrayList<>();
        try (Connection c = db()) {
            c.setAutoCommit(false);
            for (int i = 1; i <= patients; i++) {
                Patient patient = new Patient(i);
                String policy = enp(i);
                Long entry = optional(c, "select min(id) from attachment_register where policy_number = ?", policy);
                if (entry == null) {
                    entry = single(c, "select nextval('attachment_register_seq')");
                    update(c, "insert into attachment_register (id, register_key, policy_number, last_name, first_name, "
                            + "birth_date, sex, institution_id, attached_since, version) values (?, ?, ?, 'Нагрузочный', "
                            + "'Пациент', date '1985-01-01', 'M', 1, date '2020-01-01', 0)", entry, policy, policy);
                }
                patient.entryId = entry;
                String oid = "bench-api-" + i;
                Long account = optional(c, "select min(id) from patient_account where esia_oid = ?", oid);
                if (account == null) {
                    account = single(c, "select nextval('patient_account_seq')");
                    update(c, "insert into patient_account (id, esia_oid, account_level, created_at, last_login_at, version) "
                            + "values (?, ?, 'STANDARD', now(), now(), 0)", account, oid);
                }
                patient.accountId = account;
                patient.token = token("bench-caller-" + i);
                crowd.add(patient);
            }
            c.commit();
        }
        for (Patient patient : crowd) {
            HttpResponse<String> found = patient.apiCall("POST", baseUrl + "/api/v1/patients/lookup",
                    "{\"policy\":\"" + enp(patient.number) + "\",\"birthDate\":\"1985-01-01\"}");
            if (found.statusCode() != 200) {
                throw new IllegalStateException("lookup of bench person " + patient.number + ": " + found.body());
            }
        }
        return crowd;
    }

    /** The i-th bench person's ЕНП (prefix 37, apart from the register benchmark's 39). */
    private static String enp(int i) {
        return RegisterFileGenerator.enp("37", i);
    }

    /** A token of the caller (group call-centre), valid for two hours, signed by the bench key. */
    private String token(String subject) throws Exception {
        return ApiToken.sign(apiKey, "https://bench.registratura.test", "registratura-api", subject,
                List.of("call-centre"), 7200);
    }

    /** A caller books one of the doctor's free times; taken, it tries one the answer offers. */
    private void bookThroughApi(Patient patient, int d) throws Exception {
        // The next 20 free times from a day of the caller's choosing (its patient's wish), else the earliest.
        int days = (slotCount / doctorCount + timesADay() - 1) / timesADay();
        String from = LocalDate.now(zone).plusDays(1 + ThreadLocalRandom.current().nextInt(days)).atStartOfDay(zone)
                .toInstant().toString();
        String slots = baseUrl + "/api/v1/slots?doctor=" + doctorIds.get(d) + "&limit=20";
        List<String> free = all(API_ID, patient.apiCall("GET", slots + "&from=" + from, null).body());
        if (free.isEmpty()) {
            free = all(API_ID, patient.apiCall("GET", slots, null).body());
        }
        for (int attempt = 0; attempt < 20; attempt++) {
            if (free.isEmpty()) {
                gaveUp.incrementAndGet();
                return;
            }
            // Any of the free times (a machine has no favourite hour): the rush measures booking, not collisions.
            String slot = free.get(ThreadLocalRandom.current().nextInt(free.size()));
            HttpResponse<String> response = patient.apiCall("POST", baseUrl + "/api/v1/appointments",
                    "{\"patientId\":" + patient.entryId + ",\"slotId\":" + slot + "}");
            bookLatencies.add(patient.lastTook);
            if (response.statusCode() == 201) {
                booked.incrementAndGet();
                bookedAt.add(System.nanoTime() - started);
                Matcher id = APPOINTMENT_ID.matcher(response.body());
                if (id.find()) {
                    acknowledged.add(Long.valueOf(id.group(1)));
                }
                return;
            }
            if (response.statusCode() != 409) {
                error("booking answered HTTP " + response.statusCode() + ": " + snippet(response.body()));
                return;
            }
            taken.incrementAndGet();
            free = all(API_ID, response.body());
            if (free.isEmpty()) {
                free = all(API_ID, patient.apiCall("GET", slots, null).body());
            }
        }
        exhausted.incrementAndGet();
    }

    /**
     * A patient books a time of the doctor through the pages: the calendar (which shows the nearest free day's times),
     * a time's confirmation, «Записаться». A time taken meanwhile: one of the times the page then offers, chosen in its
     * form and booked at once; taken three times in a row, the calendar afresh and any time of any day.
     */
    private void bookWith(Patient patient, int d) throws Exception {
        patient.cutShortInThisBooking = false;
        String wizard = baseUrl + "/cabinet/book.xhtml?card=" + patient.cardId + "&specialty=" + specialtyIds.get(d)
                + "&doctor=" + doctorIds.get(d);
        List<String> times = List.of();
        while (times.isEmpty()) {
            // The nearest day's times; taken up between the calendar's two reads: the calendar again.
            String calendar = patient.page(wizard);
            if (!DAY.matcher(calendar).find()) {
                gaveUp.incrementAndGet();
                return;
            }
            times = all(SLOT, calendar);
        }
        // Everyone wants one of the nearest day's times: that is the rush.
        String slot = any(times);
        String confirm = null;
        String chosen = null;
        int takenInARow = 0;
        for (int attempt = 0; attempt < 20; attempt++) {
            if (confirm == null) {
                confirm = patient.page(baseUrl + "/cabinet/book-confirm.xhtml?card=" + patient.cardId + "&slot=" + slot);
                chosen = null;
            }
            boolean takenPage = taken(confirm);
            FormPost book = FormPost.of(baseUrl, confirm, FORM, "bookForm", "book");
            if (book != null && (!takenPage || chosen != null)) {
                HttpResponse<String> response = patient.submit(book.url(),
                        book.body() + (chosen == null ? "" : "&offered=" + chosen));
                Matcher appointment = APPOINTMENT_PAGE.matcher(response.headers().firstValue("Location").orElse(""));
                if (response.statusCode() == 302 && appointment.find()) {
                    booked.incrementAndGet();
                    bookedAt.add(System.nanoTime() - started);
                    acknowledged.add(Long.valueOf(appointment.group(1)));
                    return;
                }
                if (patient.cutShortInThisBooking && response.statusCode() != 200) {
                    // An instance died under the booking and the other one did not know the page's form (its
                    // view had not reached the data grid): the patient opens the confirmation page again.
                    if (chosen != null) {
                        slot = chosen;
                    }
                    confirm = null;
                    continue;
                }
                if (response.statusCode() != 200) {
                    error("booking answered HTTP " + response.statusCode());
                    return;
                }
                confirm = response.body();
                chosen = null;
                takenPage = taken(confirm);
            }
            if (patient.cutShortInThisBooking && confirm.contains("уже есть предстоящая запись к врачу этой специальности")) {
                // The booking cut short by an instance's death was made: the portal says so now.
                bookedUnacknowledged.incrementAndGet();
                booked.incrementAndGet();
                bookedAt.add(System.nanoTime() - started);
                return;
            }
            if (!takenPage) {
                error("neither booked nor taken: " + snippet(confirm));
                return;
            }
            taken.incrementAndGet();
            List<String> offered = all(SLOT, confirm);
            if (++takenInARow < 3 && !offered.isEmpty()) {
                // Choose one of the next free times the page offers; its form books it.
                chosen = any(offered);
                continue;
            }
            // Taken again and again: look at the calendar afresh and choose any free time of any day.
            takenInARow = 0;
            String calendar = patient.page(wizard);
            List<String> days = all(DAY, calendar);
            if (days.isEmpty()) {
                gaveUp.incrementAndGet();
                return;
            }
            int day = ThreadLocalRandom.current().nextInt(days.size());
            List<String> free = day == 0 ? all(SLOT, calendar) : all(SLOT, patient.page(wizard + "&day=" + days.get(day)));
            if (free.isEmpty()) {
                confirm = null;
                continue;
            }
            slot = any(free);
            confirm = null;
        }
        exhausted.incrementAndGet();
    }

    /** Whether a confirmation page says its time was taken (and offers others, if the doctor has any). */
    private static boolean taken(String confirm) {
        return confirm.contains("id=\"offered\"") || confirm.contains("Это время уже занято");
    }

    private static String any(List<String> values) {
        return values.get(ThreadLocalRandom.current().nextInt(values.size()));
    }

    // ------------------------------------------------------------------ checks and the ceiling

    private record Verification(long bookedSlots, long appointments, long doubleBooked, long inconsistent) {
    }

    private Verification verify(List<Long> slotIds) throws SQLException {
        try (Connection c = db()) {
            String doctors = doctorIds.toString().replace('[', '(').replace(']', ')');
            long bookedSlots = single(c, "select count(*) from slot where doctor_id in " + doctors
                    + " and appointment_id is not null");
            long appointments = single(c, "select count(*) from appointment a join slot s on s.id = a.slot_id "
                    + "where s.doctor_id in " + doctors + " and a.status = 'BOOKED'");
            long doubleBooked = single(c, "select count(*) from (select a.slot_id from appointment a join slot s "
                    + "on s.id = a.slot_id where s.doctor_id in " + doctors + " and a.status = 'BOOKED' "
                    + "group by a.slot_id having count(*) > 1) twice");
            long inconsistent = single(c, "select count(*) from slot s where s.doctor_id in " + doctors
                    + " and s.appointment_id is not null and not exists (select 1 from appointment a where "
                    + "a.id = s.appointment_id and a.slot_id = s.id and a.status = 'BOOKED')");
            return new Verification(bookedSlots, appointments, doubleBooked, inconsistent);
        }
    }

    /** The ceiling in transactions per second, NaN (and an error counted) if pgbench failed. */
    private double ceiling(List<Patient> crowd) {
        try {
            return pgbench(crowd);
        } catch (Exception e) {
            error("pgbench: " + e.getMessage());
            return Double.NaN;
        }
    }

    /**
     * The ceiling: pgbench with the statements of one booking transaction (lock the card file, read the slot
     * and the card's upcoming appointments, insert the appointment, claim the slot, audit, message), on fresh
     * slots of a doctor of its own, with as many clients as the portal's connection pool. Its slots, bookings,
     * audit rows and messages are deleted afterwards (the doctor stays: the portal may have it in its cache).
     */
    private double pgbench(List<Patient> crowd) throws Exception {
        long doctor;
        long first;
        long last;
        int slots = 400_000;
        try (Connection c = db()) {
            doctor = single(c, "select nextval('doctor_seq')");
            update(c, "insert into doctor (id, institution_id, specialty_id, last_name, first_name, cabinet, active, version) "
                    + "values (?, 1, ?, 'Pgbench', 'Врач', '499', true, 0)", doctor, specialtyIds.get(0));
            // Contiguous ids far above the sequence's (which steps by 50), so that the script can pick one at random
            // (above an earlier run's too, on a kept domain).
            long base = single(c, "select greatest(900000000, coalesce(max(id), 0)) from slot");
            try (Statement s = c.createStatement()) {
                s.execute("insert into slot (id, doctor_id, starts_at, ends_at, cabinet, access, version) "
                        + "select " + base + " + g, " + doctor + ", timestamptz '2030-01-01 00:00+00' + g * interval '1 minute', "
                        + "timestamptz '2030-01-01 00:10+00' + g * interval '1 minute', '499', 'INTERNET', 0 "
                        + "from generate_series(1, " + slots + ") g");
            }
            first = single(c, "select min(id) from slot where doctor_id = ?", doctor);
            last = single(c, "select max(id) from slot where doctor_id = ?", doctor);
            // The crowd's account ids have gaps (the sequence steps by 50, other accounts in between): the script
            // picks a number 1..N and looks the account up here.
            try (Statement s = c.createStatement()) {
                s.execute("drop table if exists bench_account");
                s.execute("create table bench_account (n integer primary key, account_id bigint not null)");
            }
            try (PreparedStatement insert = c.prepareStatement("insert into bench_account (n, account_id) values (?, ?)")) {
                int n = 0;
                for (Patient patient : crowd) {
                    insert.setInt(1, ++n);
                    insert.setLong(2, patient.accountId);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
        Path script = Files.createTempFile("booking", ".sql");
        Files.writeString(script, String.join("\n",
                "\\set slot random(" + first + ", " + last + ")",
                "\\set n random(1, " + crowd.size() + ")",
                "SELECT account_id AS account FROM bench_account WHERE n = :n \\gset",
                "BEGIN;",
                "SELECT id FROM patient_account WHERE id = :account FOR UPDATE;",
                "SELECT s.id, s.starts_at, s.access, s.appointment_id, d.id, sp.min_age, i.name FROM slot s JOIN doctor d "
                        + "ON d.id = s.doctor_id JOIN specialty sp ON sp.id = d.specialty_id JOIN institution i "
                        + "ON i.id = d.institution_id WHERE s.id = :slot;",
                "SELECT a.id FROM appointment a JOIN slot s ON s.id = a.slot_id WHERE a.account_id = :account "
                        + "AND a.status = 'BOOKED' AND s.starts_at > now();",
                "INSERT INTO appointment (id, slot_id, card_id, account_id, patient_name, channel, status, booked_at, version) "
                        + "VALUES (nextval('appointment_seq'), :slot, NULL, :account, 'Pgbench', 'PORTAL', 'BOOKED', now(), 0);",
                "UPDATE slot SET appointment_id = currval('appointment_seq') WHERE id = :slot AND appointment_id IS NULL;",
                "INSERT INTO audit_event (id, occurred_at, action, outcome, account_id, subject, remote_address, detail) "
                        + "VALUES (nextval('audit_event_seq'), now(), 'APPOINTMENT_BOOKED', 'SUCCESS', :account, 'pgbench', "
                        + "'127.0.0.1', 'appointment');",
                "INSERT INTO patient_message (id, account_id, card_id, kind, topic, person, arguments, created_at, version) "
                        + "VALUES (nextval('patient_message_seq'), :account, NULL, 'MESSAGE', 'APPOINTMENT_BOOKED', 'Pgbench', "
                        + "'x', now(), 0);",
                "COMMIT;", ""));
        URI db = URI.create(dbUrl.substring("jdbc:".length()));
        List<String> command = List.of("pgbench", "-n", "-c", String.valueOf(pgbenchClients), "-j", "2",
                "-T", String.valueOf(pgbenchSeconds), "-f", script.toString(), "-h", db.getHost(),
                "-p", String.valueOf(db.getPort()), "-U", dbUser, db.getPath().substring(1));
        log("The ceiling: %s", String.join(" ", command));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("pgbench failed:\n" + output);
        }
        Matcher tps = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)").matcher(output);
        if (!tps.find()) {
            throw new IllegalStateException("No tps in pgbench's output:\n" + output);
        }
        Files.deleteIfExists(script);
        try (Connection c = db(); Statement s = c.createStatement()) {
            s.execute("drop table bench_account");
            // pgbench's rows go again: left behind, each ceiling would measure a database grown by 400,000 slots
            // and thousands of bookings more than the last (on a kept domain the ceiling fell run after run).
            s.execute("update slot set appointment_id = null where doctor_id = " + doctor + " and appointment_id is not null");
            s.execute("delete from appointment where slot_id in (select id from slot where doctor_id = " + doctor + ")");
            s.execute("delete from slot where doctor_id = " + doctor);
            s.execute("delete from audit_event where subject = 'pgbench'");
            s.execute("delete from patient_message where person = 'Pgbench' and arguments = 'x'");
            // Fresh statistics and no dead rows, so that the rush does not meet autovacuum's work.
            s.execute("vacuum analyze slot, appointment, audit_event, patient_message");
        }
        return Double.parseDouble(tps.group(1));
    }

    private void write(int crowd, long rushNanos, Verification v, double ceilingBefore, double ceiling, Cpu cpu)
            throws IOException, SQLException {
        double rushSeconds = seconds(rushNanos);
        double throughput = booked.get() / rushSeconds;
        List<Long> times = sorted(bookedAt);
        int ninetyIndex = (int) Math.ceil(0.9 * slotCount) - 1;
        double ninety = times.size() > ninetyIndex ? seconds(times.get(ninetyIndex)) : -1;
        List<Long> book = sorted(bookLatencies);
        List<Long> pages = sorted(pageLatencies);
        List<Long> busyList = sorted(busyLatencies);
        boolean once = v.doubleBooked() == 0 && v.inconsistent() == 0 && v.appointments() == v.bookedSlots()
                && v.bookedSlots() == booked.get();
        String text = String.format(Locale.ROOT, """
                ## Booking rush%s: %d slots, %d virtual patients, %d ms to read a page

                | figure | value |
                |---|---|
                | patients logged in | %d of %d |
                | slots opened at once | %d (%d doctors) |
                | bookings made | %d |
                | rush duration | %.1f s |
                | **bookings per second** | **%.1f** |
                | 90 %% of the slots booked after | %s |
                | booking POST latency p50 / p95 / p99 / max | %s / %s / %s / %s ms |
                | every page request (wizard, confirmation, booking) p50 / p95 / p99 | %s / %s / %s ms (%d requests) |
                | «Это время уже занято» answers (then an offered time taken) | %d |
                | «try again» pages (503, tried again after 1–3 s) and their latency p50 / p99 / max | %d: %s / %s / %s ms |
                | «try again» in a row for one request, at most | %d |
                | gave up: the doctor showed no free time left / 20 tries in vain | %d / %d |
                | **errors** | **%d** |
                | slots booked / BOOKED appointments / booked twice / slot and appointment disagree | %d / %d / **%d** / %d |
                | every slot booked at most once, and as the driver counted | **%s** |
                | pgbench ceiling (same statements, %d clients, %d s) before / after the rush | %.1f / %.1f transactions per second |
                | **our throughput as a share of the ceiling** (before / after) | **%.1f %% / %.1f %%** |
                | requests in the rush (answered, and «try again») | %d: %.0f per second |
                | the machine's speed: the driver's yardstick (a fixed piece of Java work; %.0f ms when the machine is quiet) before the first ceiling / after the second | %.1f / %.1f ms |
                | warm-up before the rush | %s |
                | each page's own application server CPU, one patient asking in a row on the warmed server | %s |
                | CPU in the rush: application server (of it its JIT compiler) / PostgreSQL / this driver (%d cores: %.0f s available) | %s / %.1f / %.1f s |
                | **application server's CPU per request** (per answered request) | **%s ms** (%s ms) |
                | server heap after a full GC: before the logins / after the rush (%d sessions) / per session at most | %s |
                | **the portal's sessions alone**: heap freed when every patient logs out of the portal (the emulator's sessions stay) / per session | %s |
                """, api ? " through the API" : "", slotCount, patients, thinkMillis, crowd, patients, slotCount, doctorCount, booked.get(), rushSeconds, throughput,
                ninety > 0 ? String.format(Locale.ROOT, "%.1f s (%.1f bookings per second until then)", ninety,
                        0.9 * slotCount / ninety) : "not reached",
                ms(percentile(book, 50)), ms(percentile(book, 95)), ms(percentile(book, 99)), ms(percentile(book, 100)),
                ms(percentile(pages, 50)), ms(percentile(pages, 95)), ms(percentile(pages, 99)), pages.size(),
                taken.get(), busy.get(), ms(percentile(busyList, 50)), ms(percentile(busyList, 99)),
                ms(percentile(busyList, 100)), busyInARow.get(), gaveUp.get(), exhausted.get(), errors.get(), v.bookedSlots(), v.appointments(), v.doubleBooked(),
                v.inconsistent(), once ? "yes" : "NO", pgbenchClients, pgbenchSeconds, ceilingBefore, ceiling,
                100 * throughput / ceilingBefore, 100 * throughput / ceiling,
                pages.size() + busy.get(), (pages.size() + busy.get()) / rushSeconds, Yardstick.REFERENCE_MS,
                yardstickBefore, yardstickAfter, warmedUp, pageCosts,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().availableProcessors() * rushSeconds,
                cpu.server() < 0 ? "not measured" : String.format(Locale.ROOT, "%.1f (%.1f)", cpu.server() / 1000.0,
                        cpu.jit() / 1000.0),
                cpu.postgres() / 1000.0, cpu.driver() / 1000.0,
                cpu.server() < 0 ? "–" : String.format(Locale.ROOT, "%.2f", (double) cpu.server() / (pages.size() + busy.get())),
                cpu.server() < 0 ? "–" : String.format(Locale.ROOT, "%.2f", (double) cpu.server() / Math.max(1, pages.size())),
                crowd, heapBefore < 0 || heapAfter < 0 ? "not measured" : String.format(Locale.ROOT,
                        "%.0f MB / %.0f MB / %.1f KB", heapBefore / 1024.0, heapAfter / 1024.0,
                        (double) (heapAfter - heapBefore) / crowd),
                heapAfter < 0 || heapLoggedOut < 0 ? "not measured" : String.format(Locale.ROOT,
                        "%.1f MB / **%.1f KB**", (heapAfter - heapLoggedOut) / 1024.0, (double) (heapAfter - heapLoggedOut) / crowd));
        long lost = lostAcknowledged();
        text += String.format(Locale.ROOT, "| appointments acknowledged (%s) / of them not BOOKED in the database "
                + "(**lost**) | %d / **%d** |%n| requests cut short by an instance's death (502 or connection lost) and "
                + "sent again | %d |%n| bookings made under a request cut short, learnt of afterwards (not acknowledged) "
                + "| %d |%n| instance killed in the rush | %s |%n", api ? "201" : "redirect to the appointment's page",
                acknowledged.size(), lost, cutShort.get(), bookedUnacknowledged.get(), killed == null ? "none" : killed);
        if (!errorSamples.isEmpty()) {
            text += "\nFirst errors:\n\n" + String.join("\n", errorSamples.stream().limit(10).map(e -> "- " + e).toList()) + "\n";
        }
        Files.createDirectories(report.toAbsolutePath().getParent());
        Files.writeString(report, text);
        System.err.println(text);
        log("Written to %s", report);
        if (!once || lost > 0) {
            throw new IllegalStateException("The invariant does not hold: a slot was booked twice or miscounted, or an "
                    + "acknowledged booking is not in the database");
        }
    }

    // ------------------------------------------------------------------ helpers

    /**
     * The server's heap in use (KB) right after a full collection (jcmd GC.run, then GC.heap_info), -1 if the
     * server's process is not known or jcmd fails. Before the logins and after the rush it bounds what the
     * patients' sessions hold: their difference is every session plus whatever else the rush left in memory.
     */
    private long heapAfterGc() {
        if (serverPid <= 0) {
            return -1;
        }
        try {
            jcmd("GC.run");
            Matcher used = Pattern.compile("total \\d+K, used (\\d+)K").matcher(jcmd("GC.heap_info"));
            return used.find() ? Long.parseLong(used.group(1)) : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    /**
     * CPU time in milliseconds (user and system, from /proc) of the application server's process, of all the
     * machine's PostgreSQL processes, and of this driver, at one moment; the difference of two is the rush's.
     * {@code jitThreads}: of the server's, its JIT compiler threads', by thread ({@link #jitThreads}).
     */
    record Cpu(long server, Map<String, Long> jitThreads, long postgres, long driver) {

        private static final long MS_PER_TICK = 10; // Linux's USER_HZ is 100 on every common architecture

        static Cpu now(List<Long> serverPids) {
            long postgres = 0;
            File[] processes = new File("/proc").listFiles((dir, name) -> name.matches("\\d+"));
            for (File process : processes == null ? new File[0] : processes) {
                String stat = stat(process.getName());
                if (stat != null && stat.contains("(postgres)")) {
                    // With the CPU of its ended children: a backend that ends between two readings (a pool's
                    // connection closed, pgbench's) leaves its CPU to the postmaster's cutime and cstime, where a
                    // sum of the live processes alone lost it (run H in bench/RESULTS.md measured -15.2 s).
                    postgres += ticks(stat) + childTicks(stat);
                }
            }
            long server = 0;
            for (long pid : serverPids) {
                String stat = pid > 0 ? stat(String.valueOf(pid)) : null;
                server = stat == null || server < 0 ? -1 : server + ticks(stat);
            }
            long driver = ((OperatingSystemMXBean) ManagementFactory
                    .getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000;
            return new Cpu(server < 0 ? -1 : server * MS_PER_TICK, server < 0 ? Map.of() : jitThreads(serverPids),
                    postgres * MS_PER_TICK, driver);
        }

        /** The JIT compiler threads' CPU in milliseconds, all of them. */
        long jit() {
            return total(jitThreads);
        }

        static long total(Map<String, Long> threads) {
            return threads.values().stream().mapToLong(Long::longValue).sum();
        }

        /**
         * Each JIT compiler thread's CPU time in milliseconds (HotSpot names them «C1 CompilerThread0», «C2
         * CompilerThread0», …), by «pid/tid», from each thread's /proc entry.
         */
        static Map<String, Long> jitThreads(List<Long> serverPids) {
            Map<String, Long> cpu = new HashMap<>();
            for (long pid : serverPids) {
                File[] threads = new File("/proc/" + pid + "/task").listFiles();
                for (File thread : threads == null ? new File[0] : threads) {
                    String stat = stat(pid + "/task/" + thread.getName());
                    if (stat != null && stat.matches("(?s)\\d+ \\(C[12] CompilerThre.*")) {
                        cpu.put(pid + "/" + thread.getName(), ticks(stat) * MS_PER_TICK);
                    }
                }
            }
            return cpu;
        }

        Cpu minus(Cpu before) {
            return new Cpu(server < 0 ? -1 : server - before.server, jitSince(before.jitThreads, jitThreads),
                    postgres - before.postgres, driver - before.driver);
        }

        /**
         * Each JIT compiler thread's CPU between two readings, thread by thread: HotSpot adds compiler threads when
         * busy (on more cores than two) and ends them when idle, and a difference of two sums would lose an ended
         * thread's earlier CPU.
         */
        static Map<String, Long> jitSince(Map<String, Long> before, Map<String, Long> after) {
            Map<String, Long> cpu = new HashMap<>();
            after.forEach((thread, ms) -> cpu.put(thread, ms - before.getOrDefault(thread, 0L)));
            return cpu;
        }

        private static String stat(String pid) {
            try {
                return Files.readString(Path.of("/proc", pid, "stat"));
            } catch (IOException | RuntimeException e) {
                return null; // gone meanwhile
            }
        }

        /** utime + stime: the 14th and 15th fields, counted after the command's closing parenthesis. */
        private static long ticks(String stat) {
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        }

        /** cutime + cstime (the 16th and 17th fields): the CPU of the process's children that ended and were reaped. */
        private static long childTicks(String stat) {
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
        }
    }

    /** A virtual patient: a cookie jar of their own, like a browser. */
    private final class Patient {

        final int number;
        // HTTP/1.1 as a browser speaks it over http:// (Java's client would otherwise try an h2c upgrade).
        /** The patient's cookies (a caller of the API has none: its token says who it is). */
        final CookieManager cookies = new CookieManager();
        /** The latency of the last answer that was not «try again». */
        long lastTook;
        /** A request of the booking under way was cut short by an instance's death (and sent again). */
        boolean cutShortInThisBooking;
        long accountId;
        long cardId;
        long entryId;
        String token;

        Patient(int number) {
            this.number = number;
        }

        void logIn() throws Exception {
            String authorization = location(send(get(baseUrl + "/auth/esia/login")));
            send(get(authorization));
            // The emulator beside the portal, or on a cluster's administration server.
            String emulator = authorization.substring(0, authorization.indexOf("/esia-emulator/") + "/esia-emulator".length());
            HttpResponse<String> afterLogin = send(post(emulator + "/login",
                    "login=" + URLEncoder.encode(String.format("load-%04d@bench.test", number), StandardCharsets.UTF_8)
                            + "&password=Test1234"));
            String url = afterLogin.statusCode() == 302 ? location(afterLogin)
                    : location(send(post(emulator + "/consent", "decision=grant")));
            for (int i = 0; i < 5; i++) {
                HttpResponse<String> response = send(get(url));
                if (response.statusCode() != 302) {
                    break;
                }
                url = location(response);
            }
            if (send(get(baseUrl + "/cabinet/index.xhtml")).statusCode() != 200) {
                throw new IllegalStateException("not in the cabinet");
            }
        }

        void logOut() throws Exception {
            int status = send(post(baseUrl + "/auth/logout", "")).statusCode();
            if (status != 302) {
                throw new IllegalStateException("logout answered HTTP " + status);
            }
        }

        /** A GET of a page, after reading the last one; a «try again» page is tried again after its Retry-After. */
        String page(String url) throws Exception {
            think();
            for (int attempt = 0; attempt < PATIENCE; attempt++) {
                long t0 = System.nanoTime();
                HttpResponse<String> response = sendOrCutShort(get(url));
                if (response == null) {
                    continue;
                }
                long took = System.nanoTime() - t0;
                if (response.statusCode() == 503) {
                    tryAgainLater(took, attempt, response);
                    continue;
                }
                pageLatencies.add(took);
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("GET " + url + " answered HTTP " + response.statusCode());
                }
                return response.body();
            }
            throw new IllegalStateException("GET " + url + " busy " + PATIENCE + " times");
        }

        /**
         * A POST of a form, after reading the page; a «try again» page is tried again after its Retry-After
         * (nothing was done for it). The booking latency is the answer that was not «try again».
         */
        HttpResponse<String> submit(String url, String form) throws Exception {
            think();
            for (int attempt = 0; attempt < PATIENCE; attempt++) {
                long t0 = System.nanoTime();
                // Cut short: the same form again (the other instance knows its view from the data grid; the
                // portal answers a second booking of the same time by the same card with the appointment made).
                HttpResponse<String> response = sendOrCutShort(post(url, form));
                if (response == null) {
                    continue;
                }
                long took = System.nanoTime() - t0;
                if (response.statusCode() != 503) {
                    pageLatencies.add(took);
                    bookLatencies.add(took);
                    return response;
                }
                tryAgainLater(took, attempt, response);
            }
            throw new IllegalStateException("POST " + url + " busy " + PATIENCE + " times");
        }

        /** A call of the API with the caller's token; its latency counts as a page's, «try again» is tried again. */
        HttpResponse<String> apiCall(String method, String url, String json) throws Exception {
            think();
            for (int attempt = 0; attempt < PATIENCE; attempt++) {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                        .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                        .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(json));
                if (json != null) {
                    request.header("Content-Type", "application/json");
                }
                long t0 = System.nanoTime();
                // Cut short: the same request again (a booking of the same slot by the same patient answers with
                // the appointment it made, if it was made).
                HttpResponse<String> response = sendOrCutShort(request.build());
                if (response == null) {
                    continue;
                }
                long took = System.nanoTime() - t0;
                if (response.statusCode() != 503) {
                    pageLatencies.add(took);
                    lastTook = took;
                    return response;
                }
                tryAgainLater(took, attempt, response);
            }
            throw new IllegalStateException(method + " " + url + " busy " + PATIENCE + " times");
        }

        /**
         * A page's request; null when an instance's death cut it short (the load balancer's 502 or 504, or the
         * connection lost), counted, after half a second: the caller sends it again.
         */
        private HttpResponse<String> sendOrCutShort(HttpRequest request) throws Exception {
            HttpResponse<String> response;
            try {
                response = send(request);
            } catch (IOException e) {
                cutShort(request.method() + " " + request.uri() + ": " + e);
                return null;
            }
            if (response.statusCode() == 502 || response.statusCode() == 504) {
                cutShort(request.method() + " " + request.uri() + ": HTTP " + response.statusCode());
                return null;
            }
            return response;
        }

        private void cutShort(String what) throws InterruptedException {
            cutShortInThisBooking = true;
            if (cutShort.incrementAndGet() <= 5) {
                errorSamples.add("cut short and sent again: " + what);
            }
            Thread.sleep(500);
        }

        /** A person reads the page before the next click: half to one and a half of --think-ms. */
        private void think() throws InterruptedException {
            if (thinkMillis > 0) {
                Thread.sleep(ThreadLocalRandom.current().nextLong(thinkMillis / 2, thinkMillis * 3 / 2 + 1));
            }
        }

        /**
         * A «try again» answer: counted, its latency kept, and another go after one to three seconds (a page), or
         * after its Retry-After to twice that (an API call; a machine reads the header).
         */
        private void tryAgainLater(long took, int attempt, HttpResponse<String> response) throws InterruptedException {
            busy.incrementAndGet();
            busyInARow.accumulateAndGet(attempt + 1, Math::max);
            busyLatencies.add(took);
            long retryAfter = api ? 1000 * response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L) : 0;
            Thread.sleep(api ? ThreadLocalRandom.current().nextLong(retryAfter, 2 * retryAfter + 1)
                    : ThreadLocalRandom.current().nextLong(1000, 3001));
        }

        /** A GET of a page in the warm-up: no reading, «try again» not retried. */
        String fetch(String url) throws Exception {
            return send(get(url)).body();
        }

        private HttpRequest get(String url) {
            return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build();
        }

        private HttpRequest post(String url, String form) {
            return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        }

        private HttpResponse<String> send(HttpRequest request) throws Exception {
            if (api) {
                return http.send(request, HttpResponse.BodyHandlers.ofString());
            }
            HttpRequest.Builder withCookies = HttpRequest.newBuilder(request, (name, value) -> true);
            cookies.get(request.uri(), Map.of()).forEach((header, values) -> values.forEach(v -> withCookies.header(header, v)));
            HttpResponse<String> response = http.send(withCookies.build(), HttpResponse.BodyHandlers.ofString());
            cookies.put(response.uri(), response.headers().map());
            return response;
        }

        private String location(HttpResponse<?> response) {
            String location = response.headers().firstValue("Location").orElseThrow(() ->
                    new IllegalStateException("no redirect: HTTP " + response.statusCode() + " from " + response.uri()));
            return location.startsWith("http") ? location : baseUrl + location;
        }
    }

    /** A JSF form of a page posted as its button would: the form's address and its body, or null without the form. */
    private record FormPost(String url, String body) {
        static FormPost of(String baseUrl, String page, Pattern form, String formId, String button) {
            Matcher action = form.matcher(page);
            Matcher state = VIEW_STATE.matcher(page);
            if (!action.find() || !state.find()) {
                return null;
            }
            // The form's own hidden fields too (the confirmation's card and time), as a browser posts them.
            StringBuilder fields = new StringBuilder();
            int end = page.indexOf("</form>", action.end());
            Matcher hidden = HIDDEN.matcher(end < 0 ? "" : page.substring(action.end(), end));
            while (hidden.find()) {
                fields.append('&').append(URLEncoder.encode(hidden.group(1), StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(hidden.group(2), StandardCharsets.UTF_8));
            }
            return new FormPost(baseUrl + action.group(1).replace("&amp;", "&"), formId + "=" + formId + "&" + formId
                    + "%3A" + button + "=x" + fields + "&jakarta.faces.ViewState="
                    + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8));
        }
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static List<Long> sorted(ConcurrentLinkedQueue<Long> values) {
        List<Long> list = new ArrayList<>(values);
        Collections.sort(list);
        return list;
    }

    private static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.0f", nanos / 1e6);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private void error(String message) {
        errors.incrementAndGet();
        if (errorSamples.size() < 20) {
            errorSamples.add(message);
            log("error: %s", message);
        }
    }

    private static String snippet(String page) {
        String text = page.replaceAll("(?s)<[^>]+>", " ").replaceAll("\\s+", " ").trim();
        return text.length() > 300 ? text.substring(0, 300) : text;
    }

    private static long single(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalStateException("no row: " + sql);
                }
                return r.getLong(1);
            }
        }
    }

    private static Long optional(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next() && r.getObject(1) != null ? r.getLong(1) : null;
            }
        }
    }

    private static void update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            s.executeUpdate();
        }
    }

    private static void log(String format, Object... args) {
        System.err.printf("==> " + format + "%n", args);
    }

    /** {@code --name value} pairs. */
    private static final class Options {

        private final Map<String, String> values = new HashMap<>();

        Options(String[] args) {
            for (int i = 0; i + 1 < args.length; i += 2) {
                if (!args[i].startsWith("--")) {
                    throw new IllegalArgumentException("expected --name value, got " + args[i]);
                }
                values.put(args[i].substring(2), args[i + 1]);
            }
        }

        String get(String name, String fallback) {
            return values.getOrDefault(name, fallback);
        }
    }
}
