package ru.registratura.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A booking by referral through the pages only (so that it runs on the default H2 domain as on PostgreSQL): the admin
 * marks the ophthalmologist «по направлению»; the patient, without a referral, is told how to get one; the registry
 * issues one for the patient's card; the patient sees it, books with it and cancels. The mark is taken off after it.
 */
class ReferralJourneyIT {

    /** Новикова Татьяна Юрьевна, офтальмолог of Поликлиника № 4 in the demo region. */
    private static final long OPHTHALMOLOGIST = 8;

    private WebDriver browser;
    private Journey journey;

    @BeforeEach
    void open() throws Exception {
        Esia.reset();
        browser = Portal.browser();
        journey = new Journey(browser);
        journey.logInAsPatient("ivanova@example.ru");
        journey.emptyCardFile();
        markDoctor(true);
    }

    @AfterEach
    void close() {
        try {
            markDoctor(false);
            journey.emptyCardFile();
        } finally {
            browser.quit();
        }
    }

    /** The admin ticks (or unticks) «Запись к этому врачу только по направлению». */
    private static void markDoctor(boolean referral) {
        WebDriver admin = Portal.browser();
        try {
            // The demo admin: a journey runs on the default run's domain too, whose demo staff are the README's.
            StaffBrowser.logIn(admin, "admin.demo", "Demo-Admin-2026");
            admin.get(Portal.BASE_URL + "/staff/doctor.xhtml?id=" + OPHTHALMOLOGIST);
            WebElement box = admin.findElement(By.id("doctorForm:referralRequired"));
            if (box.isSelected() != referral) {
                box.click();
            }
            StaffBrowser.submit(admin, By.id("doctorForm:save"));
        } finally {
            admin.quit();
        }
    }

    @Test
    void thePatientBooksTheOphthalmologistWithTheReferralTheRegistryIssued() throws Exception {
        long card = journey.addFromEsia("esiaSelf", "Иванова Мария Петровна");
        assertEquals("FOUND", journey.attachmentStatus(card));

        journey.go("/cabinet/book.xhtml?card=" + card);
        journey.chooseSpecialty("Офтальмолог");
        Esia.press(browser, "doctor-" + OPHTHALMOLOGIST);
        assertTrue(journey.text("referralMissing").contains("только по направлению"), journey.text("referralMissing"));
        journey.screenshot("referral-1-missing");

        WebDriver staff = Portal.browser();
        String number;
        try {
            StaffBrowser.logIn(staff, "registrator.p4", Staff.PASSWORD);
            staff.get(Portal.BASE_URL + "/staff/referral.xhtml?card=" + card);
            Select specialty = new Select(staff.findElement(By.id("referralForm:specialty")));
            specialty.getOptions().stream().filter(o -> o.getText().startsWith("Офтальмолог")).findFirst()
                    .orElseThrow().click();
            StaffBrowser.submit(staff, By.id("referralForm:issue"));
            List<WebElement> rows = staff.findElements(By.cssSelector("#issuedReferrals tr[data-number]"));
            assertEquals(1, rows.size(), staff.findElement(By.tagName("main")).getText());
            number = rows.get(0).getAttribute("data-number");
            assertTrue(staff.findElement(By.tagName("main")).getText().contains("Направление № " + number + " выдано"));
        } finally {
            staff.quit();
        }

        journey.go("/cabinet/card.xhtml?card=" + card + "&tab=appointments");
        assertEquals("VALID", browser.findElement(By.cssSelector("#referrals tr[data-number='" + number + "']"))
                .getAttribute("data-state"));
        journey.go("/cabinet/book.xhtml?card=" + card);
        journey.chooseSpecialty("Офтальмолог");
        Esia.press(browser, "doctor-" + OPHTHALMOLOGIST);
        assertTrue(journey.text("referralUsed").contains(number), journey.text("referralUsed"));
        journey.chooseDayAndTime();
        Esia.press(browser, "bookForm:book");
        assertTrue(journey.main().contains("Вы записаны на приём"), journey.main());
        String ticket = journey.text("ticketNumber");
        journey.screenshot("referral-2-booked");
        journey.go("/cabinet/card.xhtml?card=" + card + "&tab=appointments");
        assertEquals("USED", browser.findElement(By.cssSelector("#referrals tr[data-number='" + number + "']"))
                .getAttribute("data-state"));

        journey.go("/cabinet/appointment-cancel.xhtml?id=" + ticket);
        Esia.press(browser, "cancelForm:confirmCancel");
        journey.go("/cabinet/card.xhtml?card=" + card + "&tab=appointments");
        assertEquals("VALID", browser.findElement(By.cssSelector("#referrals tr[data-number='" + number + "']"))
                .getAttribute("data-state"), "the cancellation gives the referral back");
    }
}
