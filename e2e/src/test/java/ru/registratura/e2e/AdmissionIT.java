package ru.registratura.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The booking pages' and the booking API's admission control on the running server: past capacity a request gets
 * «попробуйте ещё раз» (a page) or {@code SERVICE_BUSY} (the API) at once, 503 with Retry-After, never a queue of
 * seconds, and they serve again as soon as the crowd is gone. The test domain admits two requests of each at once
 * and two waiting (the launcher sets {@code registratura.booking.max-concurrent}, {@code max-waiting} and the
 * same of {@code registratura.api}), so a few dozen at once overflow it.
 */
class AdmissionIT {

    private static final int AT_ONCE = 40;

    @Test
    void pastCapacityTheBookingPagesAnswerTryAgainAtOnceAndServeAgainAfter() throws Exception {
        HttpSession patient = new HttpSession().logIn("petrov@example.ru");
        String page = Portal.BASE_URL + "/cabinet/book.xhtml";
        assertEquals(200, patient.get(page).statusCode(), "one request is served");

        List<Answer> answers = atOnce(() -> patient.get(page));
        long served = answers.stream().filter(a -> a.response().statusCode() == 200).count();
        long refused = 0;
        for (Answer answer : answers) {
            if (answer.response().statusCode() == 503) {
                refused++;
                assertTrue(answer.response().headers().firstValue("Retry-After").isPresent(), "Retry-After with a 503");
                assertTrue(answer.response().body().contains("id=\"busyRetry\""), answer.response().body());
                assertTrue(answer.millis() < 2_000, "«try again» at once, not after a queue: " + answer.millis() + " ms");
            } else {
                assertEquals(200, answer.response().statusCode(), "only 200 or 503, never an error");
            }
        }
        assertTrue(served >= 1 && refused >= 1, served + " served, " + refused + " refused of " + AT_ONCE);
        assertEquals(200, patient.get(page).statusCode(), "served again once the crowd is gone");
    }

    @Test
    void pastCapacityTheApiAnswersServiceBusyAtOnceAndServesAgainAfter() throws Exception {
        String token = Tokens.of(Tokens.registered().getPrivate(), "admission-test", "booking-hub");
        assertEquals(200, Api.call("GET", "/institutions", token, null).statusCode(), "one call is served");

        List<Answer> answers = atOnce(() -> Api.call("GET", "/institutions", token, null));
        long served = answers.stream().filter(a -> a.response().statusCode() == 200).count();
        long refused = 0;
        for (Answer answer : answers) {
            HttpResponse<String> response = answer.response();
            if (response.statusCode() == 503) {
                refused++;
                assertEquals("1", response.headers().firstValue("Retry-After").orElse(null), "Retry-After: 1");
                assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse("")
                        .replaceFirst(";.*", ""));
                assertEquals("SERVICE_BUSY", Api.field(response.body(), "code"), response.body());
                assertTrue(answer.millis() < 2_000, "SERVICE_BUSY at once, not after a queue: " + answer.millis() + " ms");
            } else {
                assertEquals(200, response.statusCode(), "only 200 or 503, never an error: " + response.body());
            }
        }
        assertTrue(served >= 1 && refused >= 1, served + " served, " + refused + " refused of " + AT_ONCE);
        assertEquals(200, Api.call("GET", "/institutions", token, null).statusCode(), "served again after the crowd");
    }

    /** {@link #AT_ONCE} requests started at the same moment, each answer with how long it took. */
    private static List<Answer> atOnce(Callable<HttpResponse<String>> request) throws Exception {
        ExecutorService crowd = Executors.newFixedThreadPool(AT_ONCE);
        List<Answer> answers = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Answer>> pending = new ArrayList<>();
            for (int i = 0; i < AT_ONCE; i++) {
                pending.add(crowd.submit(() -> {
                    start.await();
                    long began = System.nanoTime();
                    HttpResponse<String> response = request.call();
                    return new Answer(response, (System.nanoTime() - began) / 1_000_000);
                }));
            }
            start.countDown();
            for (Future<Answer> answer : pending) {
                answers.add(answer.get(60, TimeUnit.SECONDS));
            }
        } finally {
            crowd.shutdownNow();
        }
        return answers;
    }

    private record Answer(HttpResponse<String> response, long millis) {
    }
}
