package ru.registratura.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Booking in Chromium (journey P5): for oneself with the district therapist chosen automatically, for a
 * child after switching to the relative, a time taken between the choice and the confirmation, cancelling,
 * and the reminder the day before by notification and e-mail. Screenshots {@code booking-*.png}. Each test
 * starts from an empty card file and logs in anew (the test domain's sessions last a minute).
 */
class BookingIT {

    private static final String IVANOVA = "1000300001";
    private static final String IVANOVA_POLICY = "3850100000123458";
    private static final String ARTEM_POLICY = "3850100000234560";
    /** Новикова Татьяна Юрьевна, офтальмолог of Поликлиника № 4 (no district, no age limits). */
    private static final long OPHTHALMOLOGIST = 8;

    private WebDriver browser;

    @BeforeEach
    void open() throws Exception {
        Esia.reset();
        Cards.reset(IVANOVA);
        browser = Portal.browser();
    }

    @AfterEach
    void close() {
        browser.quit();
    }

    @Test
    void booksForSelfWithTheDistrictTherapistChosenAutomatically() throws Exception {
        logIn("ivanova@example.ru");
        long card = ownCard();
        go("/cabinet/index.xhtml");
        Esia.press(browser, "tabBook");
        assertEquals("Иванова Мария Петровна", text("bookingPerson"));
        String specialties = text("specialties");
        assertTrue(specialties.contains("Терапевт участковый") && specialties.contains("Акушер-гинеколог"), specialties);
        assertFalse(specialties.contains("Педиатр участковый") || specialties.contains("Уролог")
                || specialties.contains("Детский хирург"), "only what a woman of 40 may book: " + specialties);
        Portal.screenshot(browser, "booking-1-specialty");

        chooseSpecialty("Терапевт участковый");
        assertTrue(text("districtDoctorNote").contains("участок 2"), text("districtDoctorNote"));
        assertEquals("Смирнов Алексей Игоревич", text("doctorName"), "the district doctor, with no doctor step");
        assertTrue(browser.findElements(By.id("doctors")).isEmpty());
        // The calendar shows the nearest day with free time's times under it, and marks that day.
        WebElement nearest = browser.findElements(By.cssSelector("#calendar a")).get(0);
        assertEquals("date", nearest.getAttribute("aria-current"), "the nearest free day is the one shown");
        String nearestDay = nearest.getAttribute("id").substring("day-".length());
        assertEquals("Ближайшее свободное время — " + LocalDate.parse(nearestDay)
                .format(DateTimeFormatter.ofPattern("dd.MM.yyyy")), text("timesHeading"));
        assertEquals(Integer.parseInt(nearest.findElement(By.className("calendar__count")).getText()),
                browser.findElements(By.cssSelector("#times a")).size(), "the nearest day's free times, each a link");
        Portal.screenshot(browser, "booking-2-calendar");

        String time = chooseFirstDayAndTime();
        Portal.screenshot(browser, "booking-3-time-chosen");
        assertEquals("Иванова Мария Петровна", text("confirmPerson"));
        assertTrue(text("confirmDoctor").startsWith("Смирнов Алексей Игоревич, Терапевт участковый"));
        assertEquals("202", text("confirmCabinet"));
        assertTrue(text("confirmInstitution").contains("Байкальская"), text("confirmInstitution"));
        assertTrue(text("confirmWhen").endsWith(time), text("confirmWhen") + " / " + time);
        Portal.screenshot(browser, "booking-4-confirm");
        assertEquals("stateless", browser.findElement(By.name("jakarta.faces.ViewState")).getAttribute("value"),
                "the confirmation keeps no view in the session");

        // A post without this login's form token (another site's, or a form of an earlier login) books nothing.
        ((JavascriptExecutor) browser).executeScript("document.querySelector('#bookForm input[name=token]').value = 'forged';");
        Esia.press(browser, "bookForm:book");
        assertTrue(main().contains("Форма устарела"), main());
        assertEquals(0, Cards.number("select count(*) from appointment where card_id = ?", card), "nothing booked");
        assertTrue(text("confirmWhen").endsWith(time), "the same time, to book again: " + text("confirmWhen"));

        Esia.press(browser, "bookForm:book");
        assertTrue(browser.getCurrentUrl().contains("/cabinet/appointment.xhtml"), browser.getCurrentUrl());
        assertTrue(main().contains("Вы записаны на приём"), main());
        assertEquals("Записан", text("ticketStatus"));
        assertEquals("Смирнов Алексей Игоревич", text("ticketDoctor"));
        assertTrue(text("ticketWhen").endsWith(time));
        Portal.screenshot(browser, "booking-5-ticket");
        // The message came over the redirect once: the page's flash cookie was cleared at its end (PageBufferFilter).
        browser.navigate().refresh();
        assertEquals("Записан", text("ticketStatus"));
        assertFalse(main().contains("Вы записаны на приём"), "the message again after a reload: " + main());

        long appointment = Long.parseLong(text("ticketNumber"));
        assertEquals("BOOKED", Cards.string("select status from appointment where id = ? and card_id = ?", appointment, card));
        assertEquals(1, Cards.number("select count(*) from slot where appointment_id = ?", appointment));
        assertEquals(1, Cards.number("select count(*) from audit_event where action = 'APPOINTMENT_BOOKED' "
                + "and outcome = 'SUCCESS' and detail = ?", "appointment " + appointment));

        Esia.press(browser, "cardAppointments");
        assertTrue(text("appointments").contains("Смирнов Алексей Игоревич") && text("appointments").contains("Записан"));
        go("/cabinet/messages.xhtml");
        assertTrue(main().contains("записан(а) на приём") && main().contains("Смирнов Алексей Игоревич"), main());
    }

    @Test
    void booksForAChildAfterSwitchingToTheRelative() throws Exception {
        logIn("ivanova@example.ru");
        ownCard();
        long artem = Cards.insert(IVANOVA, "Иванов", "Артём", Cards.ARTEM_BIRTH.toString(), ARTEM_POLICY, "SON", "PENDING");
        Cards.attach(artem, ARTEM_POLICY);
        go("/cabinet/index.xhtml");
        browser.findElement(By.id("userName")).click();
        Esia.press(browser, "person1");
        assertEquals("Вы действуете за: ИВАНОВ А.", text("actingFor"));

        Esia.press(browser, "tabBook");
        assertEquals("Иванов Артём", text("bookingPerson"));
        String specialties = text("specialties");
        assertTrue(specialties.contains("Педиатр участковый") && specialties.contains("Детский хирург"), specialties);
        assertFalse(specialties.contains("Терапевт участковый") || specialties.contains("Кардиолог"),
                "no adult specialties for a child of nine: " + specialties);
        Portal.screenshot(browser, "booking-6-child-specialty");

        chooseSpecialty("Педиатр участковый");
        assertEquals("Павлова Юлия Андреевна", text("doctorName"));
        assertTrue(text("districtDoctorNote").contains("участок 1"));
        chooseFirstDayAndTime();
        assertEquals("Иванов Артём", text("confirmPerson"));
        assertEquals("Иванова Мария Петровна", text("confirmBooker"));
        Esia.press(browser, "bookForm:book");
        assertEquals("Павлова Юлия Андреевна", text("ticketDoctor"));
        assertTrue(text("ticketPerson").startsWith("Иванов Артём, " + Cards.ARTEM_BIRTH_SHOWN), text("ticketPerson"));
        Portal.screenshot(browser, "booking-7-child-ticket");
        assertEquals(1, Cards.number("select count(*) from appointment where card_id = ? and status = 'BOOKED'", artem));
    }

    @Test
    void aTimeTakenBetweenTheChoiceAndTheConfirmationIsRefusedWithTheNextFreeTimes() throws Exception {
        logIn("ivanova@example.ru");
        long card = ownCard();
        go("/cabinet/book.xhtml?specialty=6");
        Esia.press(browser, "doctor-" + OPHTHALMOLOGIST);
        chooseFirstDayAndTime();
        long slot = Long.parseLong(browser.getCurrentUrl().replaceAll(".*slot=(\\d+).*", "$1"));

        // Meanwhile someone else books that time.
        Cards.takeSlot(slot);

        Esia.press(browser, "bookForm:book");
        assertTrue(main().contains("Это время уже занято"), main());
        assertTrue(text("confirmWhen").endsWith("— занято"), text("confirmWhen"));
        List<WebElement> offered = browser.findElements(By.cssSelector("#offered input[type=radio]"));
        assertTrue(offered.size() > 1, "the doctor's next free times are offered: " + main());
        assertEquals("Записаться на выбранное время", browser.findElement(By.id("bookForm:book")).getAttribute("value"));
        Portal.screenshot(browser, "booking-8-taken");
        assertEquals(0, Cards.number("select count(*) from appointment where card_id = ?", card), "nothing booked");
        assertEquals(1, Cards.number("select count(*) from audit_event where action = 'APPOINTMENT_BOOKED' "
                + "and outcome = 'SLOT_TAKEN' and detail = ?", "slot " + slot));

        // The form posted without a time chosen (as a browser that ignores «required» would): asked to choose, nothing booked.
        ((JavascriptExecutor) browser).executeScript("document.getElementById('bookForm').noValidate = true;");
        Esia.press(browser, "bookForm:book");
        assertTrue(main().contains("Выберите одно из предложенных времён"), main());
        assertEquals(0, Cards.number("select count(*) from appointment where card_id = ?", card), "nothing booked");

        // One of the offered times, chosen and booked in the same form: no confirmation page of its own.
        String offeredSlot = browser.findElement(By.id("offered-1")).getAttribute("data-slot");
        browser.findElement(By.cssSelector("label[for='offered-1']")).click();
        Esia.press(browser, "bookForm:book");
        assertEquals("Записан", text("ticketStatus"));
        assertEquals(Long.parseLong(offeredSlot),
                Cards.number("select slot_id from appointment where card_id = ? and status = 'BOOKED'", card));
    }

    /**
     * A confirmation left open in one tab while the patient reads tickets and calendars in another still books the
     * time chosen: the session keeps five view scopes (web.xml), and a page without a form takes none of them.
     */
    @Test
    void aConfirmationLeftOpenWhileOtherPagesAreReadStillBooks() throws Exception {
        logIn("ivanova@example.ru");
        long card = ownCard();
        long other = Cards.bookSlot(card, Cards.slotTomorrowEvening(OPHTHALMOLOGIST));
        go("/cabinet/index.xhtml");
        Esia.press(browser, "tabBook");
        chooseSpecialty("Терапевт участковый");
        String time = chooseFirstDayAndTime();
        String confirmation = browser.getWindowHandle();

        browser.switchTo().newWindow(WindowType.TAB);
        for (int i = 0; i < 7; i++) {
            go("/cabinet/appointment.xhtml?id=" + other);
            assertEquals("Записан", text("ticketStatus"));
            go("/cabinet/book.xhtml?card=" + card + "&specialty=6&doctor=" + OPHTHALMOLOGIST);
        }
        browser.close();
        browser.switchTo().window(confirmation);

        Esia.press(browser, "bookForm:book");
        assertTrue(browser.getCurrentUrl().contains("/cabinet/appointment.xhtml"), browser.getCurrentUrl());
        assertEquals("Записан", text("ticketStatus"));
        assertEquals("Смирнов Алексей Игоревич", text("ticketDoctor"));
        assertTrue(text("ticketWhen").endsWith(time), text("ticketWhen") + " / " + time);
        assertEquals(2, Cards.number("select count(*) from appointment where card_id = ? and status = 'BOOKED'", card));
    }

    @Test
    void cancelsAnAppointmentAndTheTimeIsFreeAtOnce() throws Exception {
        logIn("ivanova@example.ru");
        long card = ownCard();
        long appointment = Cards.book(card);
        long slot = Cards.number("select slot_id from appointment where id = ?", appointment);
        go("/cabinet/cards.xhtml");
        go("/cabinet/appointment.xhtml?id=" + appointment);
        VEvent event = calendarEvent(appointment, "PUBLISH");
        assertEquals("appointment-" + appointment + "@registratura", event.getProperty(Property.UID).orElseThrow().getValue());
        assertEquals(Cards.string("select to_char(starts_at at time zone 'UTC', 'YYYYMMDD\"T\"HH24MISS\"Z\"') from slot where id = ?",
                slot), event.getProperty(Property.DTSTART).orElseThrow().getValue());
        assertTrue(event.getProperty(Property.LOCATION).orElseThrow().getValue().contains("кабинет"), event.toString());
        go("/cabinet/card.xhtml?card=" + card + "&tab=appointments");
        assertTrue(text("appointments").contains("Записан"));
        Esia.press(browser, "cancel-" + appointment);
        assertTrue(text("cancelQuestion").contains("Отменить эту запись"));
        Portal.screenshot(browser, "booking-9-cancel-confirm");
        Esia.press(browser, "cancelForm:confirmCancel");
        assertTrue(main().contains("Запись отменена"), main());
        assertTrue(text("appointments").contains("Отменена"), text("appointments"));
        assertTrue(text("history").contains("Отменена в личном кабинете"), text("history"));
        assertTrue(browser.findElements(By.id("cancel-" + appointment)).isEmpty());
        Portal.screenshot(browser, "booking-10-cancelled");
        assertEquals("PATIENT", Cards.string("select cancelled_by from appointment where id = ?", appointment));
        assertEquals("CANCELLED", calendarEvent(appointment, "CANCEL").getProperty(Property.STATUS).orElseThrow().getValue(),
                "the cancelled appointment's file removes the event");
        assertEquals(404L, ((Number) ((JavascriptExecutor) browser).executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch('/cabinet/appointment.ics?id=' + arguments[0]).then(function (r) { done(r.status); });",
                Cards.number("select min(id) from appointment where account_id is distinct from (select account_id from "
                        + "patient_card where id = ?)", card))).longValue(), "another account's appointment is not found");

        assertEquals("CANCELLED", Cards.string("select status from appointment where id = ?", appointment));
        assertEquals(null, Cards.string("select appointment_id from slot where id = ?", slot), "the slot is free at once");
        assertEquals(1, Cards.number("select count(*) from audit_event where action = 'APPOINTMENT_CANCELLED' "
                + "and outcome = 'SUCCESS' and detail = ?", "appointment " + appointment));
        go("/cabinet/messages.xhtml");
        assertTrue(main().contains("отменена"), main());
    }

    /**
     * «Перенести» on the ticket: the wizard opens at the day step of the same doctor, the new time confirmed moves the
     * same appointment (same ticket number, the old time free at once), told in «Сообщения» and audited. A second move
     * to a time someone takes meanwhile is refused with the next free times and keeps the appointment where it was.
     */
    @Test
    void movesAnAppointmentToAnotherTimeAndATakenTimeKeepsTheOldOne() throws Exception {
        logIn("ivanova@example.ru");
        long card = ownCard();
        long appointment = Cards.bookSlot(card, Cards.slotTomorrowEvening(OPHTHALMOLOGIST));
        long oldSlot = Cards.number("select slot_id from appointment where id = ?", appointment);
        go("/cabinet/appointment.xhtml?id=" + appointment);
        Esia.press(browser, "moveAppointment");
        assertTrue(text("movingNotice").contains("Перенос записи"), text("movingNotice"));
        assertTrue(text("bookingSteps").contains("Новикова Татьяна Юрьевна"), "the same doctor: " + text("bookingSteps"));
        Portal.screenshot(browser, "booking-12-move-day");
        chooseFirstDayAndTime();
        long newSlot = Long.parseLong(browser.getCurrentUrl().replaceAll(".*slot=(\\d+).*", "$1"));
        assertTrue(browser.findElements(By.id("bookForm:book")).isEmpty(), "a move, not a second booking");
        Esia.press(browser, "bookForm:moveHere");
        assertTrue(main().contains("Запись перенесена"), main());
        assertEquals(String.valueOf(appointment), text("ticketNumber"));
        assertEquals(newSlot, Cards.number("select slot_id from appointment where id = ?", appointment));
        assertEquals("BOOKED", Cards.string("select status from appointment where id = ?", appointment));
        assertEquals(null, Cards.string("select appointment_id from slot where id = ?", oldSlot), "the old time is free at once");
        assertEquals(1, Cards.number("select count(*) from patient_message where card_id = ? and topic = 'APPOINTMENT_MOVED'",
                card));
        assertEquals(1, Cards.number("select count(*) from audit_event where action = 'APPOINTMENT_MOVED' and outcome = "
                + "'SUCCESS' and detail = ?", "appointment " + appointment + ": slot " + oldSlot + " to " + newSlot));

        go("/cabinet/card.xhtml?card=" + card + "&tab=appointments");
        Esia.press(browser, "move-" + appointment);
        chooseFirstDayAndTime();
        long wanted = Long.parseLong(browser.getCurrentUrl().replaceAll(".*slot=(\\d+).*", "$1"));
        Cards.takeSlot(wanted);
        Esia.press(browser, "bookForm:moveHere");
        assertTrue(main().contains("Это время уже занято"), main());
        assertFalse(browser.findElements(By.cssSelector("#offered input[type=radio]")).isEmpty(), "the doctor's next free times");
        assertEquals("Перенести на выбранное время", browser.findElement(By.id("bookForm:moveHere")).getAttribute("value"),
                "an offered time moves too");
        assertTrue(browser.findElements(By.id("bookForm:book")).isEmpty(), "a move, not a second booking");
        assertEquals(newSlot, Cards.number("select slot_id from appointment where id = ?", appointment), "kept where it was");
        assertEquals("BOOKED", Cards.string("select status from appointment where id = ?", appointment));
        assertEquals(1, Cards.number("select count(*) from audit_event where action = 'APPOINTMENT_MOVED' and outcome = "
                + "'SLOT_TAKEN' and detail = ?", "slot " + wanted));
        Portal.screenshot(browser, "booking-13-move-taken");

        long offeredSlot = Long.parseLong(browser.findElement(By.id("offered-0")).getAttribute("data-slot"));
        browser.findElement(By.cssSelector("label[for='offered-0']")).click();
        Esia.press(browser, "bookForm:moveHere");
        assertTrue(main().contains("Запись перенесена"), main());
        assertEquals(String.valueOf(appointment), text("ticketNumber"));
        assertEquals(offeredSlot, Cards.number("select slot_id from appointment where id = ?", appointment));
        assertEquals(null, Cards.string("select appointment_id from slot where id = ?", newSlot), "the time before is free");
    }

    /**
     * The card's tab splits upcoming appointments from the visit history: a past visit the registry marked as a no-show
     * and one marked as seen are in the history with that outcome and without «Отменить», a booked one is upcoming.
     */
    @Test
    void theVisitHistoryShowsPastVisitsWithTheRegistrysMark() throws Exception {
        logIn("ivanova@example.ru");
        long card = ownCard();
        long upcoming = Cards.book(card);
        long noShow = pastVisit(card, 3, "NO_SHOW");
        long seen = pastVisit(card, 10, "ATTENDED");
        go("/cabinet/card.xhtml?card=" + card + "&tab=appointments");
        assertTrue(text("upcoming").contains("Записан"), text("upcoming"));
        assertFalse(text("upcoming").contains("Неявка"), text("upcoming"));
        List<String> visits = browser.findElements(By.cssSelector("#history tr.visit a[id^='ticket-']")).stream()
                .map(a -> a.getAttribute("id")).toList();
        assertTrue(visits.indexOf("ticket-" + noShow) >= 0 && visits.indexOf("ticket-" + noShow) < visits.indexOf("ticket-" + seen),
                "both in the history, the latest first: " + visits);
        WebElement noShowRow = browser.findElement(By.xpath("//tr[contains(@class, 'visit')][.//a[@id='ticket-" + noShow + "']]"));
        assertEquals("NO_SHOW", noShowRow.getAttribute("data-status"));
        assertTrue(noShowRow.getText().contains("Неявка"), noShowRow.getText());
        assertTrue(browser.findElement(By.xpath("//tr[contains(@class, 'visit')][.//a[@id='ticket-" + seen + "']]")).getText()
                .contains("Приём состоялся"));
        assertTrue(browser.findElements(By.id("cancel-" + noShow)).isEmpty() && browser.findElements(By.id("cancel-" + seen))
                .isEmpty(), "a past visit cannot be cancelled");
        assertFalse(browser.findElements(By.id("cancel-" + upcoming)).isEmpty());
        Portal.screenshot(browser, "booking-11-history");
    }

    /**
     * «Добавить в календарь» of the ticket shown: the file the link gives, fetched with the patient's session and read
     * with ical4j, with the METHOD expected; its one event.
     */
    private VEvent calendarEvent(long appointment, String method) throws Exception {
        go("/cabinet/appointment.xhtml?id=" + appointment);
        String href = browser.findElement(By.id("addToCalendar")).getAttribute("href");
        String cookies = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<String> file = HttpClient.newHttpClient().send(HttpRequest
                .newBuilder(URI.create(href)).header("Cookie", cookies).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, file.statusCode());
        assertTrue(file.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"), file.headers().toString());
        String ics = file.body();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertEquals(method, calendar.getProperty(Property.METHOD).orElseThrow().getValue(), ics);
        return calendar.<VEvent>getComponents().get(0);
    }

    /** A visit of the card {@code daysAgo} with the district therapist of Поликлиника № 4, marked by the registry. */
    private static long pastVisit(long card, int daysAgo, String mark) throws Exception {
        long doctor = Cards.number("select min(id) from doctor where institution_id = 1 and active");
        String startsAt = java.time.OffsetDateTime.now().minusDays(daysAgo).withNano(0).toString();
        long slot = Cards.number("select nextval('slot_seq')");
        Staff.execute("insert into slot (id, doctor_id, starts_at, ends_at, cabinet, access, version) values (" + slot + ", "
                + doctor + ", timestamptz '" + startsAt + "', timestamptz '" + startsAt + "' + interval '15 minutes', '201', "
                + "'INTERNET', 0)");
        long appointment = Cards.number("select nextval('appointment_seq')");
        Staff.execute("insert into appointment (id, slot_id, card_id, account_id, patient_name, channel, status, booked_at) "
                + "values (" + appointment + ", " + slot + ", " + card + ", (select account_id from patient_card where id = "
                + card + "), 'test', 'PORTAL', '" + mark + "', now())");
        Staff.execute("update slot set appointment_id = " + appointment + " where id = " + slot);
        return appointment;
    }

    @Test
    void remindsTheDayBeforeInTheNotificationsAndByMail() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(Integer.getInteger("it.smtp.port", 28025), "127.0.0.1", "smtp"));
        smtp.start();
        try {
            logIn("ivanova@example.ru");
            long card = ownCard();
            long appointment = Cards.bookSlot(card, Cards.slotTomorrowEvening(OPHTHALMOLOGIST));

            // The test domain's reminder timer runs every five seconds.
            MimeMessage mail = new WebDriverWait(browser, Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(500))
                    .withMessage("no reminder mail within 30 s").until(d -> Mails.to(smtp, "ivanova@example.ru").stream()
                            .findFirst().orElse(null));
            assertTrue(mail.getSubject().startsWith("Напоминание: приём у врача "), mail.getSubject());
            String body = Mails.text(mail);
            assertTrue(body.contains("Новикова Татьяна Юрьевна") && body.contains("Талон № " + appointment)
                    && body.contains("Кабинет: 305"), body);
            String event = Mails.calendar(mail, "PUBLISH");
            assertTrue(event != null && event.contains("UID:appointment-" + appointment + "@registratura"), "the reminder's "
                    + "calendar file: " + event);
            assertNotNull(Cards.string("select reminded_at from appointment where id = ?", appointment));

            go("/cabinet/index.xhtml");
            assertEquals("1", text("unreadNotifications"));
            Esia.press(browser, "tabNotifications");
            assertTrue(main().contains("Напоминание: завтра") && main().contains("Новикова Татьяна Юрьевна"), main());
            Portal.screenshot(browser, "booking-11-reminder");

            Thread.sleep(6_000);
            assertEquals(1, Mails.to(smtp, "ivanova@example.ru").size(), "reminded once, not at every run");
        } finally {
            smtp.stop();
        }
    }

    /**
     * A booking made on the portal and its cancellation are mailed to the account's address (ESIA's): «Вы записаны» with
     * the event to add, «Запись отменена» with the event to remove, the same UID.
     */
    @Test
    void mailsThePatientsOwnBookingAndCancellationWithTheCalendarEvent() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(Integer.getInteger("it.smtp.port", 28025), "127.0.0.1", "smtp"));
        smtp.start();
        try {
            logIn("ivanova@example.ru");
            long card = ownCard();
            long slot = Cards.slotTomorrowEvening(OPHTHALMOLOGIST);
            go("/cabinet/book-confirm.xhtml?card=" + card + "&slot=" + slot);
            Esia.press(browser, "bookForm:book");
            long appointment = Long.parseLong(text("ticketNumber"));
            MimeMessage booked = mailWith(smtp, "Вы записаны на приём");
            String body = Mails.text(booked);
            assertTrue(body.contains("Новикова Татьяна Юрьевна") && body.contains("Талон № " + appointment), body);
            String added = Mails.calendar(booked, "PUBLISH");
            assertTrue(added != null && added.contains("UID:appointment-" + appointment + "@registratura"), "" + added);

            go("/cabinet/appointment-cancel.xhtml?id=" + appointment);
            Esia.press(browser, "cancelForm:confirmCancel");
            MimeMessage cancelled = mailWith(smtp, "Запись отменена");
            String removed = Mails.calendar(cancelled, "CANCEL");
            assertTrue(removed != null && removed.contains("UID:appointment-" + appointment + "@registratura")
                    && removed.contains("STATUS:CANCELLED"), "" + removed);
        } finally {
            smtp.stop();
        }
    }

    private MimeMessage mailWith(GreenMail smtp, String subject) {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(300))
                .withMessage("no mail «" + subject + "» within 30 s").until(d -> Mails.to(smtp, "ivanova@example.ru")
                        .stream().filter(m -> Mails.subject(m).startsWith(subject)).findFirst().orElse(null));
    }


    /** Ivanova's own card, attached to Поликлиника № 4, district 2, as its search would find it. */
    private long ownCard() throws Exception {
        long card = Cards.insert(IVANOVA, "Иванова", "Мария", "1986-05-14", IVANOVA_POLICY, "SELF", "PENDING");
        Cards.attach(card, IVANOVA_POLICY);
        Cards.person(card, "F", "Петровна");
        return card;
    }

    private void chooseSpecialty(String name) {
        new Journey(browser).chooseSpecialty(name);
    }

    /** Picks a day with free time after today (or a time an hour ahead today) and a time; returns it (HH:mm) as shown. */
    private String chooseFirstDayAndTime() {
        return new Journey(browser).chooseDayAndTime();
    }

    private void logIn(String login) {
        browser.get(Portal.BASE_URL + "/cabinet/login.xhtml");
        Esia.press(browser, "esiaLogin");
        Esia.logInAndConsent(browser, login);
        assertTrue(browser.getCurrentUrl().endsWith("/cabinet/index.xhtml"), browser.getCurrentUrl());
    }

    private void go(String path) {
        browser.get(Portal.BASE_URL + path);
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private String main() {
        return browser.findElement(By.tagName("main")).getText();
    }
}
