package ru.registratura.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A doctor's absence entered by a registry operator cancels the two appointments booked on those days: the
 * operator sees them first and confirms; both patients get «Приём отменён по причине…» in «Сообщения» and by
 * mail; the slots are withdrawn at once, and come back when the absence is removed. A form without a reason is
 * refused and changes nothing; another institution's operator cannot open the schedule.
 */
class ScheduleAbsenceIT {

    private static final ZoneId REGION = ZoneId.of("Asia/Irkutsk");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String IVANOVA = "1000300001";
    private static final String OTHER = "test-absence-2";
    private static final String OTHER_MAIL = "petrov.absence@example.ru";
    private static final String DOCTOR_SURNAME = "Отсутствующая";

    private WebDriver patient;
    private WebDriver operator;
    private GreenMail smtp;

    @BeforeEach
    void open() {
        smtp = new GreenMail(new ServerSetup(Integer.getInteger("it.smtp.port", 28025), "127.0.0.1", "smtp"));
        smtp.start();
        patient = Portal.browser();
        operator = Portal.browser();
    }

    @AfterEach
    void close() {
        patient.quit();
        operator.quit();
        smtp.stop();
    }

    /** A doctor of Поликлиника № 4 receiving 09:00–10:00 on one day only, with that day's four slots. */
    private static long doctorWithOneDay(LocalDate day) throws Exception {
        Staff.execute("update slot set appointment_id = null where doctor_id in (select id from doctor where last_name = '"
                + DOCTOR_SURNAME + "')");
        Staff.execute("delete from appointment where slot_id in (select s.id from slot s join doctor d on d.id = s.doctor_id "
                + "where d.last_name = '" + DOCTOR_SURNAME + "')");
        for (String table : List.of("slot", "schedule_exception", "schedule_template")) {
            Staff.execute("delete from " + table + " where doctor_id in (select id from doctor where last_name = '"
                    + DOCTOR_SURNAME + "')");
        }
        Staff.execute("delete from doctor where last_name = '" + DOCTOR_SURNAME + "'");
        long doctor = Cards.number("select nextval('doctor_seq')");
        Staff.execute("insert into doctor (id, institution_id, specialty_id, last_name, first_name, middle_name, cabinet, active) "
                + "select " + doctor + ", 1, specialty_id, '" + DOCTOR_SURNAME + "', 'Ольга', 'Тестовна', '215', true "
                + "from doctor where id = 8");
        long template = Cards.number("select nextval('schedule_template_seq')");
        Staff.execute("insert into schedule_template (id, doctor_id, weekdays, starts, ends, slot_minutes, access, valid_from, "
                + "valid_until) values (" + template + ", " + doctor + ", 127, time '09:00', time '10:00', 15, 'INTERNET', "
                + "date '" + day + "', date '" + day + "')");
        for (int minute = 0; minute < 60; minute += 15) {
            String start = LocalDateTime.of(day, LocalTime.of(9, minute)).atZone(REGION).toOffsetDateTime().toString();
            Staff.execute("insert into slot (id, doctor_id, starts_at, ends_at, cabinet, access, template_id, version) values "
                    + "(nextval('slot_seq'), " + doctor + ", timestamptz '" + start + "', timestamptz '" + start
                    + "' + interval '15 minutes', '215', 'INTERNET', " + template + ", 0) on conflict do nothing");
        }
        return doctor;
    }

    private static long slotAt(long doctor, LocalDate day, int minute) throws Exception {
        String start = LocalDateTime.of(day, LocalTime.of(9, minute)).atZone(REGION).toOffsetDateTime().toString();
        return Cards.number("select id from slot where doctor_id = " + doctor + " and starts_at = timestamptz '" + start + "'");
    }

    /** An account with an e-mail that never logs in here: the second patient. */
    private static long otherPatientsCard() throws Exception {
        Staff.execute("insert into patient_account (id, esia_oid, last_name, first_name, account_level, email, created_at, "
                + "last_login_at) select nextval('patient_account_seq'), '" + OTHER + "', 'Петров', 'Пётр', 'STANDARD', '"
                + OTHER_MAIL + "', now(), now() where not exists (select 1 from patient_account where esia_oid = '" + OTHER + "')");
        Cards.reset(OTHER);
        return Cards.insert(OTHER, "Петров", "Пётр", "1970-03-03", "3850100000999990", "SELF", "NOT_FOUND");
    }

    private void type(String id, String value) {
        StaffBrowser.retype(operator.findElement(By.id(id)), value);
    }

    private String main(WebDriver browser) {
        return browser.findElement(By.tagName("main")).getText();
    }

    @Test
    void anAbsenceCancelsTwoAppointmentsAfterConfirmationAndThePatientsAreTold() throws Exception {
        patient.get(Portal.BASE_URL + "/cabinet/login.xhtml");
        Esia.press(patient, "esiaLogin");
        Esia.logInAndConsent(patient, "ivanova@example.ru");
        Cards.reset(IVANOVA);
        long ivanovasCard = Cards.insert(IVANOVA, "Иванова", "Мария", "1986-05-14", "3850100000123458", "SELF", "NOT_FOUND");
        long petrovsCard = otherPatientsCard();

        LocalDate day = LocalDate.now(REGION).plusDays(3);
        long doctor = doctorWithOneDay(day);
        long first = Cards.bookSlot(ivanovasCard, slotAt(doctor, day, 0));
        long second = Cards.bookSlot(petrovsCard, slotAt(doctor, day, 30));
        Staff.execute("update appointment set patient_name = 'Иванова Мария' where id = " + first);
        Staff.execute("update appointment set patient_name = 'Петров Пётр' where id = " + second);

        StaffBrowser.logIn(operator, "registrator.p4", Staff.PASSWORD);
        StaffBrowser.submit(operator, By.id("schedulesLink"));
        StaffBrowser.submit(operator, operator.findElement(By.cssSelector("tr.schedule-doctor[data-doctor='" + doctor + "'] a")));
        assertTrue(operator.findElement(By.id("scheduleDoctor")).getText().contains(DOCTOR_SURNAME));
        assertEquals(1, operator.findElements(By.cssSelector("tr.template")).size());

        // Without a reason: refused next to the field, nothing changes.
        type("exceptionForm:firstDay_input", DATE.format(day));
        type("exceptionForm:lastDay_input", DATE.format(day));
        StaffBrowser.submit(operator, By.id("exceptionForm:add"));
        assertTrue(main(operator).contains("Укажите причину"), main(operator));
        assertEquals(0, Cards.number("select count(*) from schedule_exception where doctor_id = " + doctor));

        type("exceptionForm:reason", "болезнь врача");
        StaffBrowser.submit(operator, By.id("exceptionForm:add"));
        List<WebElement> affected = operator.findElements(By.cssSelector("tr.affected"));
        assertEquals(2, affected.size(), main(operator));
        assertTrue(affected.get(0).getText().contains("Иванова Мария") && affected.get(0).getText().contains("09:00"),
                affected.get(0).getText());
        assertTrue(affected.get(1).getText().contains("Петров Пётр"), affected.get(1).getText());
        assertEquals("болезнь врача", operator.findElement(By.id("confirmForm:reason")).getAttribute("value"));
        Portal.screenshot(operator, "staff-schedule-absence-confirm");
        assertEquals(0, Cards.number("select count(*) from schedule_exception where doctor_id = " + doctor),
                "the preview changes nothing");
        assertEquals("BOOKED", Cards.string("select status from appointment where id = ?", first));

        StaffBrowser.submit(operator, By.id("confirmForm:confirm"));
        assertTrue(main(operator).contains("отменено записей: 2"), main(operator));
        assertEquals(1, operator.findElements(By.cssSelector("tr.exception[data-kind='ABSENCE']")).size());
        Portal.screenshot(operator, "staff-schedule-absence-done");

        for (long appointment : new long[] {first, second}) {
            assertEquals("CANCELLED|болезнь врача|INSTITUTION", Cards.string(
                    "select status || '|' || cancel_reason || '|' || cancelled_by from appointment where id = ?", appointment));
        }
        assertEquals(4, Cards.number("select count(*) from slot where doctor_id = " + doctor
                + " and withdrawn and appointment_id is null"), "the day's slots are withdrawn at once");
        assertEquals(2, Cards.number("select count(*) from patient_message where topic = 'CANCELLED_BY_INSTITUTION' "
                + "and card_id in (" + ivanovasCard + ", " + petrovsCard + ")"));

        for (String address : List.of("ivanova@example.ru", OTHER_MAIL)) {
            MimeMessage mail = new WebDriverWait(operator, Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(500))
                    .withMessage("no cancellation mail to " + address).until(d -> cancellationTo(address));
            String body = Mails.text(mail);
            assertTrue(body.contains("Приём отменён по причине: болезнь врача") && body.contains(DOCTOR_SURNAME), body);
            String event = Mails.calendar(mail, "CANCEL");
            assertTrue(event != null && event.contains("STATUS:CANCELLED"), "the file removing the event: " + event);
        }

        patient.get(Portal.BASE_URL + "/cabinet/messages.xhtml");
        assertTrue(main(patient).contains("отменён по причине: болезнь врача"), main(patient));
        Portal.screenshot(patient, "staff-schedule-absence-patient-message");

        // The absence removed: the day's slots come back, free, at once.
        StaffBrowser.submit(operator, operator.findElement(By.cssSelector("tr.exception .remove-exception")));
        assertTrue(main(operator).contains("Добавлено талонов: 4"), main(operator));
        assertEquals(4, Cards.number("select count(*) from slot where doctor_id = " + doctor
                + " and not withdrawn and appointment_id is null"));
        assertEquals(1, Cards.number("select count(*) from audit_event where action = 'SCHEDULE_CHANGED' and outcome = "
                + "'SUCCESS' and detail like 'ABSENCE%for doctor " + doctor + "%2 appointments cancelled'"));

        HttpSession other = new HttpSession().staffLogIn("registrator.dp3", Staff.PASSWORD);
        assertEquals(404, other.get(Portal.BASE_URL + "/staff/schedule.xhtml?doctor=" + doctor).statusCode());
        assertTrue(!other.get(Portal.BASE_URL + "/staff/schedules.xhtml").body().contains(DOCTOR_SURNAME));
    }

    private MimeMessage cancellationTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return address.equals(m.getAllRecipients()[0].toString()) && m.getSubject().startsWith("Приём отменён");
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElse(null);
    }
}
