package ru.registratura.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An admin keeps the directory: a specialty with its age and sex limits, a doctor of it at a polyclinic, a
 * district with that doctor; wrong forms are refused next to their fields and change nothing; a doctor with
 * booked appointments cannot stop receiving patients. The new doctor is at once in the registry's schedules.
 * A registry operator cannot open the directory.
 */
class DirectoryIT {

    private WebDriver browser;

    @BeforeEach
    void open() {
        browser = Portal.browser();
    }

    @AfterEach
    void close() {
        browser.quit();
    }

    /** A made-up word of Cyrillic letters: names that differ from run to run. */
    private static String word() {
        String letters = "абвгдежзиклмнопрстуфхцчшэюя";
        StringBuilder word = new StringBuilder("Т");
        for (int i = 0; i < 7; i++) {
            word.append(letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
        }
        return word.toString();
    }

    private void type(String id, String value) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    private String main() {
        return browser.findElement(By.tagName("main")).getText();
    }

    @Test
    void anAdminAddsASpecialtyADoctorAndADistrict() throws Exception {
        String specialty = "Специальность " + word();
        String code = String.valueOf(900_000 + ThreadLocalRandom.current().nextInt(99_999));
        String surname = word();
        StaffBrowser.logIn(browser, Staff.freshAdmin(), Staff.PASSWORD);
        StaffBrowser.submit(browser, By.id("directoryLink"));
        StaffBrowser.submit(browser, By.id("addSpecialty"));
        type("specialtyForm:name", specialty);
        type("specialtyForm:federalCode", code);
        type("specialtyForm:minAge", "40");
        type("specialtyForm:maxAge", "20");
        browser.findElement(By.cssSelector("input[name='specialtyForm:sex'][value='F']")).click();
        StaffBrowser.submit(browser, By.id("specialtyForm:save"));
        assertTrue(main().contains("меньше возраста «от»"), main());
        assertEquals(0, Cards.number("select count(*) from specialty where federal_code = ?", code), "nothing saved");
        type("specialtyForm:minAge", "18");
        type("specialtyForm:maxAge", "");
        StaffBrowser.submit(browser, By.id("specialtyForm:save"));
        search("specialtiesForm:specialties:globalFilter", specialty);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> rows("specialty").size() == 1
                && rows("specialty").get(0).getText().contains(specialty));
        assertEquals("18||F", Cards.string("select min_age || '|' || coalesce(cast(max_age as varchar), '') || '|' || sex "
                + "from specialty where federal_code = ?", code));

        openInstitution(1);
        type("institutionForm:omsCode", "380103");
        StaffBrowser.submit(browser, By.id("institutionForm:save"));
        assertTrue(main().contains("уже у другой медицинской организации"), main());
        assertEquals("380004", Cards.string("select oms_code from institution where id = 1"));

        StaffBrowser.submit(browser, By.id("addDoctor"));
        type("doctorForm:firstName", "Ольга");
        type("doctorForm:cabinet", "314");
        new Select(browser.findElement(By.id("doctorForm:specialty"))).selectByVisibleText(specialty);
        StaffBrowser.submit(browser, By.id("doctorForm:save"));
        assertTrue(main().contains("Укажите фамилию"), main());
        type("doctorForm:lastName", surname);
        type("doctorForm:middleName", "Петровна");
        StaffBrowser.submit(browser, By.id("doctorForm:save"));
        long doctor = Cards.number("select id from doctor where last_name = ?", surname);
        assertTrue(browser.findElement(By.xpath("//tr[contains(@class, 'doctor')][.//a[@data-doctor='" + doctor + "']]")).getText()
                .contains(specialty));

        String number = "Т" + ThreadLocalRandom.current().nextInt(1000, 9999);
        type("districtForm:districtNumber", "1");
        new Select(browser.findElement(By.id("districtForm:districtKind"))).selectByValue("THERAPEUTIC");
        StaffBrowser.submit(browser, By.id("districtForm:save"));
        assertTrue(main().contains("с таким номером в этой организации уже есть"), main());
        type("districtForm:districtNumber", number.substring(1));
        new Select(browser.findElement(By.id("districtForm:districtKind"))).selectByValue("THERAPEUTIC");
        new Select(browser.findElement(By.id("districtForm:districtDoctor"))).selectByValue(String.valueOf(doctor));
        StaffBrowser.submit(browser, By.id("districtForm:save"));
        assertEquals(String.valueOf(doctor), Cards.string("select doctor_id from district where institution_id = 1 "
                + "and number = ?", number.substring(1)));
        Portal.screenshot(browser, "staff-directory-institution");

        // The registry sees the new doctor at once, to give them a schedule.
        HttpSession operator = new HttpSession().staffLogIn("registrator.p4", Staff.PASSWORD);
        assertTrue(operator.get(Portal.BASE_URL + "/staff/schedules.xhtml").body().contains(surname));

        // With a booked appointment the doctor cannot stop receiving patients.
        long slot = Cards.slotTomorrowEvening(doctor);
        long appointment = Cards.takeSlot(slot);
        browser.get(Portal.BASE_URL + "/staff/doctor.xhtml?id=" + doctor);
        browser.findElement(By.id("doctorForm:active")).click();
        StaffBrowser.submit(browser, By.id("doctorForm:save"));
        assertTrue(main().contains("предстоящих записей"), main());
        assertEquals("t", Cards.string("select active from doctor where id = ?", doctor));
        Cards.cancel(appointment);
        browser.get(Portal.BASE_URL + "/staff/doctor.xhtml?id=" + doctor);
        browser.findElement(By.id("doctorForm:active")).click();
        StaffBrowser.submit(browser, By.id("doctorForm:save"));
        assertEquals("f", Cards.string("select active from doctor where id = ?", doctor));
        assertEquals("t", Cards.string("select withdrawn from slot where id = ?", slot), "its free slots are withdrawn");
    }

    @Test
    void aDivisionAnAdminAddsIsOnThePublicPagesAtOnce() throws Exception {
        String division = "Отделение " + word();
        HttpSession visitor = new HttpSession();
        assertFalse(visitor.get(Portal.BASE_URL + "/institutions.xhtml").body().contains(division),
                "the public directory, read (and kept) before the change");
        StaffBrowser.logIn(browser, Staff.freshAdmin(), Staff.PASSWORD);
        StaffBrowser.submit(browser, By.id("directoryLink"));
        openInstitution(4);
        type("divisionForm:divisionName", division);
        type("divisionForm:divisionAddress", "г. Шелехов, ул. Тестовая, 1");
        StaffBrowser.submit(browser, By.id("divisionForm:save"));
        assertTrue(main().contains(division), main());
        assertTrue(visitor.get(Portal.BASE_URL + "/institutions.xhtml").body().contains(division),
                "the admin's change is on the public page at once");
        assertTrue(visitor.get(Portal.BASE_URL + "/").body().contains(division), "and on the home page");
    }

    @Test
    void aRegistryOperatorCannotOpenTheDirectory() throws Exception {
        HttpSession operator = new HttpSession().staffLogIn("registrator.p4", Staff.PASSWORD);
        assertEquals(404, operator.get(Portal.BASE_URL + "/staff/directory.xhtml").statusCode());
        assertEquals(404, operator.get(Portal.BASE_URL + "/staff/institution.xhtml?id=1").statusCode());
    }

    /**
     * The directory's lazy tables: the institutions searched by a part of a name (any case) and sorted by the OMS code
     * both ways, the specialties by their code, an institution's doctors by surname; each read on the server.
     */
    @Test
    void theDirectoryListsAreSearchedAndSortedOnTheServer() throws Exception {
        StaffBrowser.logIn(browser, Staff.freshAdmin(), Staff.PASSWORD);
        StaffBrowser.submit(browser, By.id("directoryLink"));
        long institutions = Cards.number("select count(*) from institution");
        assertEquals(Math.min(25, institutions), rows("institution").size());

        search("institutionsForm:institutions:globalFilter", "ДЕТСК");
        long children = Cards.number("select count(*) from institution where lower(short_name) like '%детск%' "
                + "or lower(name) like '%детск%' or lower(oms_code) like '%детск%'");
        assertTrue(children > 0 && children < institutions, "the demo region has children's and other institutions");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> rows("institution").size() == children);
        assertTrue(rows("institution").stream().allMatch(r -> r.getText().toLowerCase().contains("детск")), main());

        search("institutionsForm:institutions:globalFilter", "");
        By omsCode = By.xpath("//*[@id='institutionsForm:institutions']//th[contains(@class, 'ui-sortable-column')]"
                + "[.//span[@class='ui-column-title' and text()='Реестровый код МО']]");
        browser.findElement(omsCode).click();
        StaffBrowser.settled(browser);
        browser.findElement(omsCode).click();
        StaffBrowser.settled(browser);
        String highest = Cards.string("select oms_code from institution where oms_code is not null order by oms_code desc limit 1");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> rows("institution").get(0).getText().contains(highest));

        search("specialtiesForm:specialties:globalFilter", "офтальм");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> rows("specialty").size() == 1);
        assertTrue(rows("specialty").get(0).getText().contains("Офтальмолог"), rows("specialty").get(0).getText());
        Portal.screenshot(browser, "staff-directory-lazy");

        openInstitution(1);
        String surname = Cards.string("select last_name from doctor where institution_id = 1 order by last_name desc, id desc "
                + "limit 1");
        search("doctorsForm:doctors:globalFilter", surname.toUpperCase());
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !rows("doctor").isEmpty()
                && rows("doctor").stream().allMatch(r -> r.getText().contains(surname)));
        assertEquals(Cards.number("select count(*) from doctor d join specialty s on s.id = d.specialty_id where "
                + "d.institution_id = 1 and (lower(d.last_name) like ? or lower(d.first_name) like ? or lower(s.name) like ? "
                + "or lower(d.cabinet) like ?)", "%" + surname.toLowerCase() + "%", "%" + surname.toLowerCase() + "%",
                "%" + surname.toLowerCase() + "%", "%" + surname.toLowerCase() + "%"), rows("doctor").size());
    }

    /** An institution's page from the directory: found by its short name in the table's search box, then opened. */
    private void openInstitution(long id) throws Exception {
        search("institutionsForm:institutions:globalFilter", Cards.string("select short_name from institution where id = ?", id));
        By link = By.cssSelector("tr.institution a[data-institution='" + id + "']");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(link).isEmpty());
        StaffBrowser.submit(browser, link);
    }

    /** Types into a lazy table's search box as a user does (each key asks the server), and waits for the table. */
    private void search(String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        if (!text.isEmpty()) {
            input.sendKeys(text);
        }
        StaffBrowser.settled(browser);
    }

    private java.util.List<WebElement> rows(String kind) {
        return browser.findElements(By.cssSelector("tr." + kind));
    }
}
