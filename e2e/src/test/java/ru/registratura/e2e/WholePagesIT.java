package ru.registratura.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A Faces page is held whole before any of it is sent (PageBufferFilter): Faces writes the flash cookie of a message
 * carried over a redirect only at the end of rendering, and a response already begun cannot take it. A page sent
 * whole comes with its length; one sent while it was rendered comes in chunks.
 */
class WholePagesIT {

    private static final String IVANOVA = "1000300001";

    /** The container's own buffer: a page larger than this was begun before its end unless the buffer was raised. */
    private static final int CONTAINER_DEFAULT_BUFFER = 8 * 1024;

    @Test
    void theBookingCalendarPublicPagesAndTheWorkspaceAreSentWholeWithTheirLength() throws Exception {
        Esia.reset();
        HttpSession patient = new HttpSession().logIn("ivanova@example.ru");
        Cards.reset(IVANOVA);
        long card = Cards.insert(IVANOVA, "Иванова", "Мария", "1986-05-14", "3850100000123458", "SELF", "FAILED");

        // The largest page a patient meets: the doctor's calendar with the nearest free day's times.
        HttpResponse<String> calendar = patient.get(Portal.BASE_URL + "/cabinet/book.xhtml?card=" + card
                + "&specialty=6&doctor=8");
        assertWhole(calendar);
        assertTrue(calendar.body().contains("id=\"calendar\"") && calendar.body().contains("data-slot=\""),
                "the calendar with times");
        assertTrue(bytes(calendar) > CONTAINER_DEFAULT_BUFFER,
                "the calendar is larger than the container's default buffer: " + bytes(calendar) + " bytes");

        for (String page : List.of("/", "/institutions.xhtml", "/doctors.xhtml?s=6")) {
            assertWhole(new HttpSession().get(Portal.BASE_URL + page));
        }

        HttpSession operator = new HttpSession().staffLogIn("registrator.p4", Staff.PASSWORD);
        assertWhole(operator.get(Portal.BASE_URL + "/staff/index.xhtml"));
    }

    private static void assertWhole(HttpResponse<String> page) {
        assertEquals(200, page.statusCode(), page.uri().toString());
        assertTrue(page.headers().firstValue("Transfer-Encoding").isEmpty(),
                page.uri() + " was sent in chunks, begun before its end: " + page.headers().map());
        assertEquals(String.valueOf(bytes(page)), page.headers().firstValue("Content-Length").orElse("none"),
                page.uri() + " is sent with its length");
    }

    private static int bytes(HttpResponse<String> page) {
        return page.body().getBytes(StandardCharsets.UTF_8).length;
    }
}
