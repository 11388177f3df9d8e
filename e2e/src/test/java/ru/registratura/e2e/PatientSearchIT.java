package ru.registratura.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A registry operator finds a patient by policy, SNILS, or surname and birth date, over portal cards and the
 * attachment register, and sees the attachment and the appointments at their institutions; an operator of
 * another institution finds nobody; bad input gets a clear message; an admin is not an operator.
 */
class PatientSearchIT {

    private static final String IVANOVA = "1000300001";
    private static final String IVANOVA_POLICY = "3850100000123458";

    private WebDriver browser;

    @BeforeEach
    void open() {
        browser = Portal.browser();
    }

    @AfterEach
    void close() {
        browser.quit();
    }

    private void logIn(String username, String password) {
        StaffBrowser.logIn(browser, username, password);
        browser.get(Portal.BASE_URL + "/staff/patients.xhtml");
    }

    private void search(String policy, String snils, String lastName, String birthDate) {
        for (String[] field : new String[][] {{"policyNumber", policy}, {"snils", snils}, {"lastName", lastName},
                {"birthDate_input", birthDate}}) {
            StaffBrowser.retype(browser.findElement(By.id("searchForm:" + field[0])), field[1]);
        }
        StaffBrowser.submit(browser, By.id("searchForm:search"));
    }

    private List<String> rows() {
        return browser.findElements(By.cssSelector("tr.found-patient")).stream().map(WebElement::getText).toList();
    }

    private String main() {
        return browser.findElement(By.tagName("main")).getText();
    }

    /** Иванова's card in the portal, attached by the demo register to Поликлиника № 4, with an appointment there. */
    private long ivanovaWithAnAppointment() throws Exception {
        new HttpSession().logIn("ivanova@example.ru");
        Cards.reset(IVANOVA);
        long card = Cards.insert(IVANOVA, "Иванова", "Мария", "1986-05-14", IVANOVA_POLICY, "SELF", "PENDING");
        Cards.attach(card, IVANOVA_POLICY);
        long slot = Cards.number("select s.id from slot s join doctor d on d.id = s.doctor_id where d.institution_id = 1 "
                + "and s.starts_at > now() + interval '2 days' and s.appointment_id is null order by s.starts_at limit 1");
        long appointment = Cards.number("select nextval('appointment_seq')");
        Staff.execute("insert into appointment (id, slot_id, card_id, account_id, patient_name, channel, status, booked_at) "
                + "values (" + appointment + ", " + slot + ", " + card + ", (select account_id from patient_card where id = "
                + card + "), 'Иванова Мария', 'PORTAL', 'BOOKED', now())");
        Staff.execute("update slot set appointment_id = " + appointment + " where id = " + slot);
        return card;
    }

    @Test
    void anOperatorFindsAPortalPatientByPolicyWithAttachmentAndAppointments() throws Exception {
        ivanovaWithAnAppointment();
        logIn("registrator.p4", Staff.PASSWORD);
        int searches = Esia.audited("STAFF_PATIENT_SEARCH", "SUCCESS", "registrator.p4");
        search(IVANOVA_POLICY, null, null, null);
        List<String> rows = rows();
        assertEquals(1, rows.size(), rows.toString());
        String row = rows.get(0);
        assertTrue(row.contains("Иванова Мария") && row.contains("14.05.1986"), row);
        assertTrue(row.contains("Поликлиника № 4, участок 2"), row);
        assertTrue(row.contains("есть"), "a card in the portal: " + row);
        assertEquals(1, browser.findElements(By.cssSelector("tr.found-patient .found-appointment")).size(), row);
        Portal.screenshot(browser, "staff-patient-found");
        assertEquals(searches + 1, Esia.audited("STAFF_PATIENT_SEARCH", "SUCCESS", "registrator.p4"));
        String detail = Cards.string("select detail from audit_event where action = 'STAFF_PATIENT_SEARCH' and "
                + "subject = 'registrator.p4' order by id desc limit 1");
        assertEquals("by policy, 1 found", detail, "the audit says how, never the policy itself");
    }

    @Test
    void anOperatorFindsARegisterOnlyPersonBySurnameAndBirthDateOrSnils() throws Exception {
        String entry = Cards.string("select e.last_name || '|' || to_char(e.birth_date, 'DD.MM.YYYY') || '|' || e.snils "
                + "from attachment_register e where e.institution_id = 1 and e.snils is not null and not exists "
                + "(select 1 from patient_card c where c.snils = e.snils) order by e.id limit 1");
        String[] person = entry.split("\\|");
        logIn("registrator.p4", Staff.PASSWORD);

        search(null, null, person[0].toUpperCase(), person[1]);
        List<String> byName = rows();
        assertFalse(byName.isEmpty(), "found by surname (any case) and birth date");
        assertTrue(byName.stream().allMatch(r -> r.contains(person[1]) && r.contains("Поликлиника № 4")), byName.toString());
        assertTrue(byName.stream().anyMatch(r -> r.contains("нет")), "not in the portal: " + byName);

        search(null, person[2], null, null);
        List<String> bySnils = rows();
        assertEquals(1, bySnils.size(), bySnils.toString());
        assertTrue(bySnils.get(0).contains(person[2]));
    }

    @Test
    void anOperatorOfAnotherInstitutionFindsNobody() throws Exception {
        ivanovaWithAnAppointment();
        logIn("registrator.dp3", Staff.PASSWORD);
        search(IVANOVA_POLICY, null, null, null);
        assertTrue(browser.findElements(By.id("resultsForm:found")).isEmpty());
        assertTrue(browser.findElement(By.id("nothingFound")).getText().contains("никого не найдено"));
        assertFalse(main().contains("Иванова"), "nothing of the patient is shown");
    }

    @Test
    void badInputGetsAClearMessageAndSearchesNothing() throws Exception {
        logIn("registrator.p4", Staff.PASSWORD);
        int searches = Esia.audited("STAFF_PATIENT_SEARCH", "SUCCESS", "registrator.p4");

        search(IVANOVA_POLICY, "112-233-445 95", null, null);
        assertTrue(browser.findElement(By.id("messages")).getText().contains("Заполните один способ поиска"), main());

        search(null, "112-233-445 96", null, null);
        assertTrue(main().contains("не сходится контрольное число"), main());

        search(null, null, "Иванова", null);
        assertTrue(main().contains("Укажите дату рождения"), main());

        search(null, null, "Иванова", "14/05/1986");
        assertTrue(main().contains("ДД.ММ.ГГГГ"), main());
        Portal.screenshot(browser, "staff-patient-search-refused");

        assertTrue(browser.findElements(By.id("resultsForm:found")).isEmpty());
        assertEquals(searches, Esia.audited("STAFF_PATIENT_SEARCH", "SUCCESS", "registrator.p4"), "nothing searched");
    }

    @Test
    void anAdminIsNotARegistryOperator() throws Exception {
        Staff.create("test.searchadmin", "Админ Поисков", "ADMIN");
        int refused = Esia.audited("STAFF_PATIENT_SEARCH", "FORBIDDEN", "test.searchadmin");
        logIn("test.searchadmin", Staff.PASSWORD);
        search(IVANOVA_POLICY, null, null, null);
        assertTrue(browser.findElement(By.id("messages")).getText().contains("только регистраторам"), main());
        assertTrue(browser.findElements(By.id("resultsForm:found")).isEmpty());
        assertEquals(refused + 1, Esia.audited("STAFF_PATIENT_SEARCH", "FORBIDDEN", "test.searchadmin"));
    }

    /**
     * A search that finds many people shows them ten at a time, each page read on the server: twelve register people
     * of the operator's institution with one surname and birth date (and one of another institution, not shown),
     * paged, sorted by name the other way, and filtered to portal cards only (none).
     */
    @Test
    void aSearchFindingManyIsPagedSortedAndFilteredOnTheServer() throws Exception {
        Staff.execute("delete from attachment_register where register_key like 'IT-MANY-%'");
        String[] names = {"Агата", "Алла", "Анна", "Вера", "Галина", "Дарья", "Ева", "Жанна", "Зоя", "Инна", "Кира", "Лада", "Мила"};
        for (int i = 1; i <= 13; i++) {
            Staff.execute("insert into attachment_register (id, register_key, policy_number, last_name, first_name, birth_date, "
                    + "sex, institution_id, attached_since) values (" + (990_000_000 + i) + ", 'IT-MANY-" + i + "', '"
                    + (9_900_000_000_000_000L + i) + "', 'Многолюдова', '" + names[i - 1] + "', date '1980-02-01', "
                    + "'F', " + (i == 13 ? 3 : 1) + ", date '2020-01-01')");
        }
        int searches = Esia.audited("STAFF_PATIENT_SEARCH", "SUCCESS", "registrator.p4");
        logIn("registrator.p4", Staff.PASSWORD);
        search(null, null, "многолюдова", "01.02.1980");
        assertTrue(main().contains("Найдено: 12"), main());
        assertEquals(10, rows().size(), "a page of ten, not all twelve");
        assertTrue(rows().get(0).contains("Многолюдова Агата"), rows().toString());
        assertEquals(searches + 1, Esia.audited("STAFF_PATIENT_SEARCH", "SUCCESS", "registrator.p4"), "one search, audited once");

        browser.findElement(By.cssSelector(".ui-paginator-next")).click();
        StaffBrowser.settled(browser);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> rows().size() == 2);
        assertTrue(rows().get(1).contains("Многолюдова Лада"), rows().toString());
        assertFalse(main().contains("Мила"), "another institution's person is not found");

        By name = By.xpath("//th[contains(@class, 'ui-sortable-column')][.//span[@class='ui-column-title' and text()='Пациент']]");
        browser.findElement(name).click();
        StaffBrowser.settled(browser);
        browser.findElement(name).click();
        StaffBrowser.settled(browser);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> rows().get(0).contains("Многолюдова Лада"));
        Portal.screenshot(browser, "staff-patient-search-lazy");

        StaffBrowser.filter(browser, "resultsForm:found:sourceFilter", "есть");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> main().contains("Среди найденных таких нет"));
        assertEquals(searches + 1, Esia.audited("STAFF_PATIENT_SEARCH", "SUCCESS", "registrator.p4"), "paging is not a search");
        Staff.execute("delete from attachment_register where register_key like 'IT-MANY-%'");
    }
}
