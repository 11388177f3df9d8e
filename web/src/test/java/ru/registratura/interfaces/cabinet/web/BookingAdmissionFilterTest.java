package ru.registratura.interfaces.cabinet.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ru.registratura.interfaces.shared.web.LocaleSwitcher;

/**
 * The booking pages past capacity: one request runs, one waits its turn, and the next is answered «try
 * again» at once, long before the waiting one's time is up; the waiting one runs when the first ends.
 */
class BookingAdmissionFilterTest {

    private static final long QUEUE_WAIT_MS = 3000;

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private BookingAdmissionFilter filter;

    @BeforeEach
    void filter() throws Exception {
        filter = new BookingAdmissionFilter();
        filter.maxConcurrent = 1;
        filter.maxWaiting = 1;
        filter.queueWaitMillis = QUEUE_WAIT_MS;
        filter.locales = new LocaleSwitcher();
        filter.init(fake(FilterConfig.class, Map.of("getServletContext", fake(ServletContext.class, Map.of()))));
    }

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void pastCapacityAnswersTryAgainAtOnceAndTheWaitingRequestRunsWhenATurnIsFree() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        Future<Exchange> first = threads.submit(() -> Exchange.get("/cabinet/book.xhtml", "card=1").through(filter, () -> {
            running.countDown();
            finish.await();
        }));
        assertTrue(running.await(5, TimeUnit.SECONDS), "the first request runs");

        AtomicBoolean secondRan = new AtomicBoolean();
        Future<Exchange> second = threads.submit(() ->
                Exchange.get("/cabinet/book.xhtml", "card=2").through(filter, () -> secondRan.set(true)));
        Thread.sleep(300); // the second is now waiting for its turn

        AtomicBoolean thirdRan = new AtomicBoolean();
        long started = System.nanoTime();
        Exchange third = Exchange.get("/cabinet/book.xhtml", "card=3&day=2026-12-01").through(filter, () -> thirdRan.set(true));
        long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        assertFalse(thirdRan.get(), "nothing is done for a refused request");
        assertEquals(503, third.status);
        assertTrue(tookMs < QUEUE_WAIT_MS / 2, "answered at once, not after waiting: " + tookMs + " ms");
        assertEquals("3", third.headers.get("Retry-After"));
        assertTrue(third.body().contains("Слишком много желающих"), third.body());
        assertTrue(third.body().contains("попробуйте ещё раз через несколько секунд"), third.body());
        assertTrue(third.body().contains("href=\"/cabinet/book.xhtml?card=3&amp;day=2026-12-01\""),
                "«Попробовать ещё раз» repeats the same page: " + third.body());
        assertTrue(third.body().contains("http-equiv=\"refresh\""), "a GET page reloads itself");
        assertFalse(second.isDone(), "the waiting request still waits");

        finish.countDown();
        assertEquals(200, first.get(5, TimeUnit.SECONDS).status);
        assertEquals(200, second.get(5, TimeUnit.SECONDS).status);
        assertTrue(secondRan.get(), "the waiting request ran once a turn was free");
    }

    @Test
    void aRefusedBookingPostLeadsBackToTheWizardAndDoesNotReloadItself() throws Exception {
        filter.maxWaiting = 0;
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        Future<Exchange> first = threads.submit(() -> Exchange.get("/cabinet/book.xhtml", null).through(filter, () -> {
            running.countDown();
            finish.await();
        }));
        assertTrue(running.await(5, TimeUnit.SECONDS));

        Exchange post = Exchange.post("/cabinet/book-confirm.xhtml").through(filter, () -> {
            throw new AssertionError("a refused booking must not run");
        });
        finish.countDown();
        first.get(5, TimeUnit.SECONDS);

        assertEquals(503, post.status);
        assertTrue(post.body().contains("href=\"/cabinet/book.xhtml\""), post.body());
        assertFalse(post.body().contains("http-equiv=\"refresh\""), "a POST is never repeated by itself");
    }

    /** What the chain does for an admitted request. */
    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }

    /** A request and its response, faked by proxies of the servlet interfaces. */
    private static final class Exchange {

        final String method;
        final String uri;
        final String query;
        int status = 200;
        final Map<String, String> headers = new HashMap<>();
        final StringWriter out = new StringWriter();

        private Exchange(String method, String uri, String query) {
            this.method = method;
            this.uri = uri;
            this.query = query;
        }

        static Exchange get(String uri, String query) {
            return new Exchange("GET", uri, query);
        }

        static Exchange post(String uri) {
            return new Exchange("POST", uri, null);
        }

        Exchange through(BookingAdmissionFilter filter, Work work) throws Exception {
            HttpServletRequest request = fake(HttpServletRequest.class, Map.of("getMethod", method,
                    "getRequestURI", uri, "getContextPath", ""), query == null ? Map.of() : Map.of("getQueryString", query));
            HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class}, (proxy, m, args) -> switch (m.getName()) {
                        case "setStatus" -> {
                            status = (Integer) args[0];
                            yield null;
                        }
                        case "setHeader" -> {
                            headers.put((String) args[0], (String) args[1]);
                            yield null;
                        }
                        case "getWriter" -> new PrintWriter(out, true);
                        default -> null;
                    });
            FilterChain chain = (req, res) -> {
                try {
                    work.run();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            };
            filter.doFilter(request, response, chain);
            return this;
        }

        String body() {
            return out.toString();
        }
    }

    @SafeVarargs
    private static <T> T fake(Class<T> type, Map<String, Object>... answers) {
        Map<String, Object> all = new HashMap<>();
        for (Map<String, Object> answer : answers) {
            all.putAll(answer);
        }
        return type.cast(Proxy.newProxyInstance(BookingAdmissionFilterTest.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> all.get(method.getName())));
    }
}
