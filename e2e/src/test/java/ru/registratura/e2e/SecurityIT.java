package ru.registratura.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Security (issue 18): a patient's session and the requests that change something. Run alone with the other
 * security tests: {@code -Dit.test='Security*IT'}.
 */
class SecurityIT {

    private static final String IVANOVA = "1000300001";

    private HttpSession patient;
    private long ownCard;

    @BeforeEach
    void signedIn() throws Exception {
        Esia.reset();
        patient = new HttpSession().logIn("ivanova@example.ru");
        Cards.reset(IVANOVA);
        ownCard = Cards.insert(IVANOVA, "Иванова", "Мария", "1986-05-14", "3850100000123458", "SELF", "FAILED");
    }

    @Test
    void aNewLoginInTheSameBrowserActsForThePatientAgain() throws Exception {
        long son = Cards.insert(IVANOVA, "Иванов", "Артём", Cards.ARTEM_BIRTH.toString(), "3850100000234560", "SON", "FOUND");
        patient.post(Portal.BASE_URL + "/cabinet/acting-for", "card=" + son);
        assertTrue(patient.get(Portal.BASE_URL + "/cabinet/index.xhtml").body().contains("id=\"actingFor\""),
                "the portal acts for the son");

        // Logging in again in the same browser, its session still alive (ESIA remembers the person and sends the
        // browser straight back): the new login starts afresh.
        String authorization = HttpSession.location(patient.get(Portal.BASE_URL + "/auth/esia/login"));
        HttpResponse<String> esia = patient.get(authorization);
        assertEquals(302, esia.statusCode(), "ESIA's own session: no login form");
        String url = HttpSession.location(esia);
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> response = patient.get(url);
            if (response.statusCode() != 302) {
                break;
            }
            url = HttpSession.location(response);
        }
        assertTrue(url.endsWith("/cabinet/index.xhtml"), url);
        assertFalse(patient.get(Portal.BASE_URL + "/cabinet/index.xhtml").body().contains("id=\"actingFor\""),
                "a new login acts for the patient, not for the relative chosen before");
        String booking = patient.get(Portal.BASE_URL + "/cabinet/book.xhtml").body();
        assertTrue(booking.contains("card=" + ownCard), "the wizard books for the patient herself");
    }

    @Test
    void showingABoxMarksNothingReadOnlyItsPostDoes() throws Exception {
        Cards.message(IVANOVA, "MESSAGE");
        Cards.message(IVANOVA, "MESSAGE");
        long account = Cards.accountId(IVANOVA);
        String unread = "select count(*) from patient_message where account_id = ? and kind = ? and read_at is null";
        long before = Long.parseLong(Cards.string(unread, account, "MESSAGE"));
        assertEquals(2, before);

        HttpResponse<String> box = patient.get(Portal.BASE_URL + "/cabinet/messages.xhtml");
        assertEquals(200, box.statusCode());
        assertTrue(box.body().contains("id=\"markRead\""), "«Отметить все прочитанными» is offered");
        patient.get(Portal.BASE_URL + "/cabinet/messages.xhtml");
        assertEquals(before, Long.parseLong(Cards.string(unread, account, "MESSAGE")), "a GET changes nothing");

        HttpResponse<String> bad = patient.post(Portal.BASE_URL + "/cabinet/mailbox-read", "kind=EVERYTHING");
        assertEquals(400, bad.statusCode(), "an unknown box");
        assertEquals(before, Long.parseLong(Cards.string(unread, account, "MESSAGE")), "a refused POST changes nothing");

        HttpResponse<String> marked = patient.post(Portal.BASE_URL + "/cabinet/mailbox-read", "kind=MESSAGE");
        assertEquals(303, marked.statusCode());
        assertTrue(HttpSession.location(marked).endsWith("/cabinet/messages.xhtml"), HttpSession.location(marked));
        assertEquals(0, Long.parseLong(Cards.string(unread, account, "MESSAGE")));
        assertFalse(patient.get(Portal.BASE_URL + "/cabinet/messages.xhtml").body().contains("id=\"markRead\""));

        // Without a session the POST reaches nothing: the cabinet's filter sends the browser to the login.
        HttpResponse<String> stranger = new HttpSession().post(Portal.BASE_URL + "/cabinet/mailbox-read", "kind=MESSAGE");
        assertEquals(302, stranger.statusCode());
    }
}
