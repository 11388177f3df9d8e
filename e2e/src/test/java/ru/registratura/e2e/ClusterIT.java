package ru.registratura.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;

/**
 * The cluster of {@code ./registratura cluster} (two instances behind HAProxy, sessions in Payara's data grid): a
 * patient logs in, adds herself and her child, acts for the child and reaches the booking's confirmation; the
 * instance that served that page, where a registry operator works too, is killed ({@code kill -9}); «Записаться» is
 * then served by the other instance with the same session (the signed-in patient, the person acted for, the
 * confirmation's view) and the booking is made; the operator's next page finds her signed in. The killed instance is started again and takes patients again. An admin's new banner is on both
 * instances' home pages at once (each had its copy of the banners), and the reminders' job runs once per period for
 * the cluster, not once per instance. First of all, a new version is rolled out one instance at a time
 * (server-config/rolling-upgrade.sh) with no failed answer; last, PostgreSQL is restarted under the cluster (the API
 * and the pages answer 503 with Retry-After meanwhile). Runs only against a cluster ({@code it.cluster=true}; the launcher's test
 * command runs it after the PostgreSQL suite, with reminders every {@code it.cluster.reminder-seconds}).
 */
@EnabledIfSystemProperty(named = "it.cluster", matches = "true")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    /** The instances' folders: {@code <nodes>/<instance>/config/pid}. */
    private static final Path NODES = Path.of(System.getProperty("it.cluster.nodes", "."));
    private static final String ASADMIN = System.getProperty("it.asadmin", "asadmin");
    private static final String ADMIN_PORT = System.getProperty("it.admin.port", "26048");
    /** node1:26180,node2:26280: each instance's own HTTP port (health checks). */
    private static final Map<String, Integer> PORTS = ports(System.getProperty("it.cluster.ports", ""));
    /** Shell commands that stop and start the PostgreSQL server of the cluster (the last test; skipped without). */
    private static final String DB_STOP = System.getProperty("it.db.stop");
    private static final String DB_START = System.getProperty("it.db.start");
    private static final int REMINDER_SECONDS = Integer.getInteger("it.cluster.reminder-seconds", 5);
    /** HAProxy's admin socket (the rolling upgrade takes each instance out through it); the upgrade is skipped without. */
    private static final String LB_SOCKET = System.getProperty("it.cluster.lb-socket");
    /** The build rolled out as a new version (the same build: what is shown is the procedure, not a change). */
    private static final Path EAR = Path.of(System.getProperty("it.cluster.ear", "../ear/target/registratura.ear"));
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** An API issuer of the last test, registered before the others run (see {@link #registerIssuer}). */
    private static KeyPair key;
    private static final String ISSUER = "https://cluster.test.registratura.ru";

    private WebDriver browser;
    private WebDriver registrar;

    /**
     * The issuer of the PostgreSQL restart's API calls, registered as an admin would, first: each instance reads it
     * within a minute or two (the domain's configuration is cached for a minute), or at once after the rolling
     * upgrade restarted it; the last test then need not wait for it.
     */
    @BeforeAll
    static void registerIssuer() throws Exception {
        key = Tokens.keyPair();
        if (DB_STOP != null && DB_START != null) {
            Tokens.register("cluster", ISSUER, "booking-hub", key, "cluster-" + System.currentTimeMillis());
        }
    }
    private Journey journey;

    @AfterEach
    void close() throws Exception {
        if (registrar != null) {
            registrar.quit();
            Staff.delete("test.cluster.registrar");
        }
        if (browser == null) {
            return;
        }
        try {
            journey.emptyCardFile();
        } finally {
            browser.quit();
        }
    }

    /**
     * server-config/rolling-upgrade.sh rolls a new version out while a patient is at the booking's confirmation, and
     * an anonymous visitor and the patient's own session are asked for a page every few tenths of a second through the
     * load balancer: every answer is the page (no error, no login page), «Записаться» afterwards books on the new
     * version, and only the new version is left. First, so that the other tests run on the upgraded cluster.
     */
    @Test
    @Order(1)
    void aNewVersionRollsOutOneInstanceAtATimeWhileThePatientBooks() throws Exception {
        Assumptions.assumeTrue(LB_SOCKET != null, "no load balancer's admin socket given");
        browser = Portal.browser();
        journey = new Journey(browser);
        journey.logInAsPatient("ivanova@example.ru");
        journey.emptyCardFile();
        journey.addFromEsia("esiaSelf", "Иванова Мария Петровна");
        journey.go("/cabinet/index.xhtml");
        Esia.press(browser, "tabBook");
        journey.chooseSpecialty("Терапевт участковый");
        String time = journey.chooseDayAndTime();

        String version = "it" + System.currentTimeMillis() / 1000;
        Poller anonymous = new Poller("/", null);
        Poller patient = new Poller("/cabinet/index.xhtml", String.join("; ", browser.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue()).toList()));
        anonymous.start();
        patient.start();
        long started = System.nanoTime();
        try {
            shell("../server-config/rolling-upgrade.sh --admin-port " + ADMIN_PORT + " --group registratura --ear "
                    + EAR.toAbsolutePath() + " --version " + version + " --lb-socket " + LB_SOCKET + " "
                    + String.join(" ", PORTS.entrySet().stream().sorted(Map.Entry.comparingByKey())
                            .map(e -> "--instance " + e.getKey() + "=http://localhost:" + e.getValue()).toList()),
                    Duration.ofMinutes(15));
        } finally {
            anonymous.stop();
            patient.stop();
        }
        System.out.printf("Rolled out in %d s; answers meanwhile: %s; %s%n",
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started), anonymous, patient);
        assertEquals(List.of(), anonymous.failures, "the home page through the load balancer during the upgrade: " + anonymous);
        assertEquals(List.of(), patient.failures, "the patient's cabinet during the upgrade, served, signed in: " + patient);
        assertTrue(anonymous.answered >= 100 && patient.answered >= 100, anonymous + ", " + patient);
        Process list = new ProcessBuilder(ASADMIN, "--port", ADMIN_PORT, "list-applications", "--long=false", "registratura")
                .redirectErrorStream(true).start();
        String applications = new String(list.getInputStream().readAllBytes());
        assertTrue(applications.contains("registratura:" + version + " "), applications);
        assertEquals(1, applications.lines().filter(l -> l.startsWith("registratura")).count(), "the old versions undeployed: " + applications);

        Esia.press(browser, "bookForm:book");
        assertTrue(browser.getCurrentUrl().contains("/cabinet/appointment.xhtml"),
                "the view of the old version booked on the new one: " + browser.getCurrentUrl() + "\n" + journey.main());
        assertEquals("Записан", journey.text("ticketStatus"));
        assertTrue(journey.text("ticketWhen").endsWith(time), journey.text("ticketWhen"));
        journey.screenshot("cluster-upgrade-ticket-on-" + node());
    }

    /** Asks the load balancer for a page every 200 ms in the background; anything but its 200 is a failure. */
    private static final class Poller {
        private final String path;
        private final String cookie;
        private final List<String> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        private volatile boolean running = true;
        private volatile int answered;
        private volatile int failed;
        private Thread thread;

        Poller(String path, String cookie) {
            this.path = path;
            this.cookie = cookie;
        }

        void start() {
            thread = new Thread(() -> {
                while (running) {
                    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Portal.BASE_URL + path))
                            .timeout(Duration.ofSeconds(30));
                    if (cookie != null) {
                        request.header("Cookie", cookie);
                    }
                    try {
                        HttpResponse<Void> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding());
                        answered++;
                        if (response.statusCode() != 200) {
                            failed(response.statusCode() + " " + response.headers().firstValue("Location").orElse(""));
                        }
                    } catch (IOException e) {
                        failed(e.toString());
                    } catch (InterruptedException e) {
                        return;
                    }
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "poller " + path);
            thread.start();
        }

        /** The first ten failures with their time, then only counted. */
        private void failed(String what) {
            if (failures.size() < 10) {
                failures.add(Instant.now() + " " + path + ": " + what);
            }
            failed++;
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join(60_000);
        }

        @Override
        public String toString() {
            return path + " " + answered + " answered, " + failed + " failed";
        }
    }

    @Test
    void theBookingGoesOnOnTheOtherInstanceWhenTheOneServingThePatientIsKilled() throws Exception {
        browser = Portal.browser();
        journey = new Journey(browser);
        journey.logInAsPatient("ivanova@example.ru");
        journey.emptyCardFile();
        // A registry operator on the same instance (HAProxy's cookie, set as the balancer would have set it).
        String pinned = node();
        long institution = Cards.number("select min(id) from institution");
        Staff.create("test.cluster.registrar", "Регистраторова Ольга", "REGISTRAR", institution);
        registrar = Portal.browser();
        registrar.get(Portal.BASE_URL + "/");
        registrar.manage().deleteCookieNamed("REGISTRATURA_NODE");
        registrar.manage().addCookie(new Cookie("REGISTRATURA_NODE", pinned, "/"));
        StaffBrowser.logIn(registrar, "test.cluster.registrar", Staff.PASSWORD);
        assertEquals("Регистраторова Ольга", registrar.findElement(By.id("staffName")).getText());
        assertEquals(pinned, registrar.manage().getCookieNamed("REGISTRATURA_NODE").getValue());
        journey.addFromEsia("esiaSelf", "Иванова Мария Петровна");
        journey.go("/cabinet/cards.xhtml");
        Esia.press(browser, "esiaChildren");
        Esia.press(browser, "addChild0");
        Esia.press(browser, "cardForm:submit");
        Esia.press(browser, "consentForm:agree");
        journey.cardIdOf("Иванов Артём Сергеевич");
        journey.go("/cabinet/index.xhtml");
        browser.findElement(By.id("userName")).click();
        Esia.press(browser, "person1");
        assertEquals("Вы действуете за: ИВАНОВ А.", journey.text("actingFor"));
        Esia.press(browser, "tabBook");
        journey.chooseSpecialty("Педиатр участковый");
        String time = journey.chooseDayAndTime();
        assertTrue(journey.text("confirmPerson").startsWith("Иванов Артём"), journey.text("confirmPerson"));
        String served = node();
        journey.screenshot("cluster-1-confirm-on-" + served);
        // The sessions in the data grid (the patient at the confirmation, the operator, any of the other tests'),
        // spread over the instances' partitions: their size there, serialised.
        // CI once read 0 right after the page (the session's write to the grid had not shown yet): read again for
        // up to ten seconds before judging.
        double sessions = 0;
        double bytes = 0;
        for (long until = System.nanoTime() + 10_000_000_000L; sessions < 1 && System.nanoTime() < until; ) {
            sessions = 0;
            bytes = 0;
            for (String instance : PORTS.keySet()) {
                sessions += metric(instance, "registratura_sessions_replicated", "");
                bytes += metric(instance, "registratura_sessions_replicated_bytes", "");
            }
            if (sessions < 1) {
                Thread.sleep(500);
            }
        }
        System.out.printf("Sessions in the data grid's partitions of the instances: %.0f, %.0f bytes, %.1f KB each%n",
                sessions, bytes, bytes / sessions / 1024);
        assertTrue(sessions >= 1, sessions + " sessions in the grid");
        assertTrue(bytes / sessions <= 50 * 1024, bytes / sessions + " bytes a session in the grid");

        kill(served);
        Esia.press(browser, "bookForm:book");

        String survivor = node();
        assertNotEquals(served, survivor, "the load balancer moved the patient to the other instance");
        assertTrue(browser.getCurrentUrl().contains("/cabinet/appointment.xhtml"),
                "the same session and view on " + survivor + ": " + browser.getCurrentUrl() + "\n" + journey.main());
        assertEquals("Записан", journey.text("ticketStatus"));
        assertTrue(journey.text("ticketPerson").startsWith("Иванов Артём"), journey.text("ticketPerson"));
        assertTrue(journey.text("ticketWhen").endsWith(time), journey.text("ticketWhen"));
        assertEquals("Вы действуете за: ИВАНОВ А.", journey.text("actingFor"));
        journey.screenshot("cluster-2-ticket-on-" + survivor);
        // The operator's next page too: still signed in, on the other instance.
        registrar.get(Portal.BASE_URL + "/staff/patients.xhtml");
        assertTrue(registrar.getCurrentUrl().contains("/staff/patients.xhtml"), registrar.getCurrentUrl());
        assertEquals("Регистраторова Ольга", registrar.findElement(By.id("staffName")).getText());
        assertEquals(survivor, registrar.manage().getCookieNamed("REGISTRATURA_NODE").getValue());
        assertTrue(metric(survivor, "registratura_bookings_total", "channel=\"portal\"") >= 1,
                "the booking counted on " + survivor);

        start(served);
        assertTrue(takesPatients(served), served + " is back behind the load balancer");
    }

    @Test
    void anAdminsNewBannerIsOnEveryInstanceAtOnce() throws Exception {
        String title = "Баннер кластера " + System.nanoTime() % 1_000_000;
        for (String instance : PORTS.keySet()) {
            assertTrue(!home(instance).contains(title), "each instance has its copy of the banners");
        }
        Staff.create("test.cluster", "Кластерова Анна", "ADMIN");
        WebDriver admin = Portal.browser();
        try {
            StaffBrowser.logIn(admin, "test.cluster", Staff.PASSWORD);
            admin.get(Portal.BASE_URL + "/staff/banners.xhtml");
            StaffBrowser.submit(admin, By.id("addBanner"));
            admin.findElement(By.id("bannerForm:title")).sendKeys(title);
            admin.findElement(By.id("bannerForm:body")).sendKeys("Приём в субботу с 9:00 до 14:00.");
            StaffBrowser.submit(admin, By.id("bannerForm:save"));
            for (String instance : PORTS.keySet()) {
                assertTrue(eventually(() -> home(instance).contains(title)), "the banner on " + instance);
            }
            long id = Cards.number("select id from banner where title = ?", title);
            admin.get(Portal.BASE_URL + "/staff/banners.xhtml");
            StaffBrowser.submitConfirmed(admin, admin.findElement(By.cssSelector("tr[data-banner='" + id + "'] .banner-delete")));
            for (String instance : PORTS.keySet()) {
                assertTrue(eventually(() -> !home(instance).contains(title)), "the banner gone from " + instance);
            }
        } finally {
            admin.quit();
            Staff.execute("delete from banner where title like 'Баннер кластера%'");
            Staff.delete("test.cluster");
        }
    }

    @Test
    void theRemindersRunOncePerPeriodForTheClusterNotOncePerInstance() throws Exception {
        for (String instance : PORTS.keySet()) {
            assertEquals(200, status("http://localhost:" + PORTS.get(instance) + "/health/ready"), instance + " is up");
        }
        long before = Cards.number("select runs from job_lease where job = 'appointment-reminders'");
        double counted = reminderRunsCounted();
        int periods = 8;
        Thread.sleep(periods * REMINDER_SECONDS * 1000L);
        long runs = Cards.number("select runs from job_lease where job = 'appointment-reminders'") - before;
        double countedRuns = reminderRunsCounted() - counted;
        // Two instances whose timers fire each period: once per period for the cluster (a period's run may fall
        // on either side of the window), never twice.
        assertTrue(runs >= periods - 2 && runs <= periods + 1, runs + " runs in " + periods + " periods of two instances");
        // The instances' metrics count the same runs between them (one may fall between the readings).
        assertTrue(Math.abs(countedRuns - runs) <= 1, countedRuns + " runs in the metrics, " + runs + " in job_lease");
        for (String instance : PORTS.keySet()) {
            assertEquals(32, metric(instance, "registratura_db_pool_max", ""), "the pool's size on " + instance);
            assertTrue(metric(instance, "registratura_db_connections_open", "") >= 1, "connections of " + instance);
        }
    }

    private static double reminderRunsCounted() throws Exception {
        double sum = 0;
        for (String instance : PORTS.keySet()) {
            sum += Math.max(0, metric(instance, "registratura_job_runs_total", "job=\"appointment-reminders\""));
        }
        return sum;
    }

    /** A value of the instance's /metrics (Prometheus text): the line of the name whose labels have this one; -1: none. */
    private static double metric(String instance, String name, String label) throws Exception {
        String text = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + PORTS.get(instance) + "/metrics"))
                .header("Accept", "text/plain").build(), HttpResponse.BodyHandlers.ofString()).body();
        for (String line : text.split("\n")) {
            if ((line.startsWith(name + "{") || line.startsWith(name + " ")) && line.contains(label)) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return -1;
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void aPostgresqlRestartIsAnsweredWith503AndRetryAfterAndTheClusterServesAgainWithin30Seconds() throws Exception {
        Assumptions.assumeTrue(DB_STOP != null && DB_START != null, "no command to restart PostgreSQL given");
        long now = Instant.now().getEpochSecond();
        String token = Tokens.signed(key.getPrivate(), Tokens.claims(ISSUER, Tokens.AUDIENCE, "cluster-restart",
                List.of("booking-hub"), now, now + 3600, null));
        long doctor = Cards.number("select min(id) from doctor");
        String slots = "/api/v1/slots?doctor=" + doctor + "&limit=3";
        String doctorPage = "/doctor.xhtml?id=" + doctor;
        for (String instance : PORTS.keySet()) {
            assertTrue(eventually(Duration.ofSeconds(150), () -> api(instance, slots, token).statusCode() == 200),
                    instance + " accepts the test issuer's tokens");
            assertEquals(200, page(instance, doctorPage).statusCode(), "the doctor's page on " + instance);
        }
        shell(DB_STOP);
        try {
            for (String instance : PORTS.keySet()) {
                assertTrue(eventually(Duration.ofSeconds(20), () -> status(ready(instance)) == 503),
                        instance + "'s readiness DOWN while the database is away");
                HttpResponse<String> refused = api(instance, slots, token);
                assertEquals(503, refused.statusCode(), refused.body());
                assertTrue(refused.body().contains("DATABASE_UNAVAILABLE"), refused.body());
                assertEquals("5", refused.headers().firstValue("Retry-After").orElse(null));
                // A page that needs the database: «try again in a minute», not the error page with a reference.
                HttpResponse<String> page = page(instance, doctorPage);
                assertEquals(503, page.statusCode(), page.body());
                assertEquals("5", page.headers().firstValue("Retry-After").orElse(null));
                assertTrue(page.body().contains("Сервис временно недоступен"), page.body());
            }
            HttpResponse<String> balanced = Api.call("GET", slots.substring("/api/v1".length()), token, null);
            assertEquals(503, balanced.statusCode(), "the load balancer, with no instance ready");
            assertTrue(balanced.headers().firstValue("Retry-After").isPresent(), "Retry-After from the load balancer");
        } finally {
            shell(DB_START);
        }
        long back = System.nanoTime();
        for (String instance : PORTS.keySet()) {
            assertTrue(eventually(Duration.ofSeconds(60), () -> status(ready(instance)) == 200
                    && api(instance, slots, token).statusCode() == 200), instance + " serves again");
        }
        assertTrue(eventually(Duration.ofSeconds(30), () -> Api.call("GET", slots.substring("/api/v1".length()), token,
                null).statusCode() == 200), "the load balancer serves again");
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - back);
        System.out.printf("The cluster served again %d s after PostgreSQL's return%n", seconds);
        assertTrue(seconds <= 30, "served again " + seconds + " s after PostgreSQL's return");
    }

    private static String ready(String instance) {
        return "http://localhost:" + PORTS.get(instance) + "/health/ready";
    }

    private static HttpResponse<String> api(String instance, String path, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + PORTS.get(instance) + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json")
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> page(String instance, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + PORTS.get(instance) + path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void shell(String command) throws Exception {
        shell(command, Duration.ofMinutes(2));
    }

    private static void shell(String command, Duration within) throws Exception {
        Process process = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(within.toSeconds(), TimeUnit.SECONDS) && process.exitValue() == 0, command + ": " + output);
    }

    private static String home(String instance) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + PORTS.get(instance) + "/")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static boolean eventually(Check check) throws Exception {
        return eventually(Duration.ofSeconds(3), check);
    }

    private static boolean eventually(Duration within, Check check) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (!check.holds()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(200);
        }
        return true;
    }

    @FunctionalInterface
    private interface Check {
        boolean holds() throws Exception;
    }

    /** The instance that served the browser's last request: HAProxy's sticky cookie names it. */
    private String node() {
        Cookie cookie = browser.manage().getCookieNamed("REGISTRATURA_NODE");
        if (cookie == null) {
            throw new AssertionError("No REGISTRATURA_NODE cookie: the load balancer did not answer");
        }
        return cookie.getValue();
    }

    private static void kill(String instance) throws Exception {
        long pid = Long.parseLong(Files.readString(NODES.resolve(instance).resolve("config/pid")).trim());
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError(instance + " is not running"));
        Process kill = new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start();
        assertEquals(0, kill.waitFor());
        process.onExit().get(30, TimeUnit.SECONDS);
    }

    private static void start(String instance) throws IOException, InterruptedException {
        Process start = new ProcessBuilder(ASADMIN, "--port", ADMIN_PORT, "start-instance", instance)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(start.waitFor(300, TimeUnit.SECONDS), "start-instance " + instance + " within 5 minutes");
        assertEquals(0, start.exitValue(), "start-instance " + instance);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (System.nanoTime() < deadline && status("http://localhost:" + PORTS.get(instance) + "/health/ready") != 200) {
            Thread.sleep(1000);
        }
        assertEquals(200, status("http://localhost:" + PORTS.get(instance) + "/health/ready"), instance + " ready again");
    }

    /** New visitors (no cookie) are spread over the instances: within a few, one lands on this instance. */
    private static boolean takesPatients(String instance) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(Portal.BASE_URL + "/")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200 && response.headers().allValues("Set-Cookie").stream()
                        .anyMatch(c -> c.startsWith("REGISTRATURA_NODE=" + instance + ";"))) {
                    return true;
                }
            } catch (IOException e) {
                // the load balancer itself is there; a refused request is the answer "not yet"
            }
            Thread.sleep(200);
        }
        return false;
    }

    private static int status(String url) throws InterruptedException {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    private static Map<String, Integer> ports(String spec) {
        Map<String, Integer> ports = new HashMap<>();
        for (String pair : spec.split(",")) {
            String[] parts = pair.split(":");
            if (parts.length == 2) {
                ports.put(parts[0].trim(), Integer.valueOf(parts[1].trim()));
            }
        }
        return ports;
    }
}
