package ru.registratura.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An admin imports a register file with good and bad lines: the job's report counts them and names each rejected
 * line with its reason; the same file again changes nothing; a changed line updates its person; a NOT_FOUND
 * card whose person the file brings is attached afterwards. A file without the required columns is refused
 * before anything starts; a registry operator cannot reach the import.
 */
class RegisterImportIT {

    private static final String HEADER = "FAM;IM;OT;W;DR;SNILS;SPOL;NPOL;SMO;LPU;LPUUCH;LPUDT";
    private static final String OWNER = "test-register-import";

    private WebDriver browser;
    private Path folder;

    @BeforeEach
    void open() throws Exception {
        browser = Portal.browser();
        folder = Files.createTempDirectory("register-it");
    }

    @AfterEach
    void close() {
        browser.quit();
    }

    /** A fresh ЕНП with its Luhn digit: each run brings new people. */
    static String enp() {
        String digits = "38" + String.format("%013d", ThreadLocalRandom.current().nextLong(1_000_000_000_0000L));
        int sum = 0;
        boolean twice = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
            twice = !twice;
        }
        return digits + (10 - sum % 10) % 10;
    }

    private Path file(String name, Charset charset, String... lines) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, String.join("\r\n", lines) + "\r\n", charset);
        return file;
    }

    private void upload(Path file) {
        StaffBrowser.uploadRegister(browser, file);
    }

    /** Waits on the report page (it polls the job's state while it runs) until the import is completed. */
    private long completed() {
        new WebDriverWait(browser, Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(500))
                .withMessage("the import did not complete within 60 s")
                // The page updates itself: an element found just before an update is gone by the time it is read.
                .ignoring(StaleElementReferenceException.class)
                .until(d -> "COMPLETED".equals(d.findElement(By.id("importStatus")).getAttribute("data-status")));
        return Long.parseLong(browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }

    private String count(String id) {
        return browser.findElement(By.id(id)).getText().trim();
    }

    private Map<String, String> rejections() {
        return browser.findElements(By.cssSelector("tr.rejection")).stream().collect(Collectors.toMap(
                row -> row.findElement(By.cssSelector("[data-line]")).getAttribute("data-line"),
                row -> row.findElements(By.tagName("td")).get(1).getText()));
    }

    @Test
    void anImportOfGoodAndBadLinesReportsEachRejectedLineAndAReimportChangesNothing() throws Exception {
        String first = enp();
        String second = enp();
        String bad = first.substring(0, 15) + (char) ('0' + (first.charAt(15) - '0' + 1) % 10);
        Staff.execute("insert into patient_account (id, esia_oid, account_level, email, created_at, last_login_at) "
                + "select nextval('patient_account_seq'), '" + OWNER + "', 'STANDARD', null, now(), now() where not exists "
                + "(select 1 from patient_account where esia_oid = '" + OWNER + "')");
        Cards.reset(OWNER);
        long card = Cards.insert(OWNER, "Загрузкина", "Вера", "1975-04-12", second, "SELF", "NOT_FOUND");

        Path good = file("register.csv", Charset.forName("UTF-8"), HEADER,
                "Импортова;Анна;Ивановна;2;01.02.1980;;;" + first + ";АО «СОГАЗ-Мед»;380004;2;15.01.2020",
                "Загрузкина;Вера;Петровна;Ж;12.04.1975;;;" + second + ";\"ООО «Капитал МС»; филиал\";380004;;01.03.2018",
                "Ошибкин;Олег;;1;03.03.1970;;;" + bad + ";;380004;1;01.01.2019",
                "Неизвестный;Иван;;1;03.03.1970;;;" + enp() + ";;389999;;01.01.2019",
                "Будущий;Пётр;;1;31.02.1990;;;" + enp() + ";;380004;;01.01.2019",
                "",
                "Повторов;Павел;;1;05.05.1985;;;" + first + ";;380004;;01.01.2019",
                "Короткий;Ряд;1",
                // Комаров Егор Витальевич of the demo register, as it stands: found by his policy, left alone.
                "Комаров;Егор;Витальевич;1;10.11.1959;523-910-465 69;;3852033943422349;"
                        + "АО «Страховая компания «СОГАЗ-Мед», Иркутский филиал;382501;2;18.04.2005");
        int started = Esia.audited("REGISTER_IMPORT_STARTED", "SUCCESS", "admin.demo");
        StaffBrowser.logIn(browser, "admin.demo", "Demo-Admin-2026");
        upload(good);
        long id = completed();
        assertEquals("8", count("countRead"), "the blank line is not a person");
        assertEquals("2", count("countAdded"));
        assertEquals("0", count("countUpdated"));
        assertEquals("1", count("countUnchanged"), "a person of the register as it stands");
        assertEquals("5", count("countRejected"));
        assertEquals(1, Cards.number("select count(*) from attachment_register where policy_number = '3852033943422349'"),
                "not added a second time");
        Map<String, String> rejected = rejections();
        assertEquals(List.of("4", "5", "6", "8", "9"), rejected.keySet().stream().sorted().toList());
        assertTrue(rejected.get("4").contains("контрольная цифра"), rejected.get("4"));
        assertTrue(rejected.get("5").contains("кодом (LPU)"), rejected.get("5"));
        assertTrue(rejected.get("6").contains("ДД.ММ.ГГГГ"), rejected.get("6"));
        assertTrue(rejected.get("8").contains("уже был в строке 2"), rejected.get("8"));
        assertTrue(rejected.get("9").contains("Число полей"), rejected.get("9"));
        assertTrue(browser.findElement(By.id("searches")).getText().contains("найдено прикреплений:"),
                browser.findElement(By.id("searches")).getText());
        assertEquals("FOUND", Cards.string("select status from attachment_search where card_id = ?", card),
                "the NOT_FOUND card is attached after the import");
        assertEquals("ООО «Капитал МС»; филиал|380004", Cards.string("select e.insurer || '|' || i.oms_code from "
                + "attachment_register e join institution i on i.id = e.institution_id where e.register_key = ?", second));
        Portal.screenshot(browser, "staff-register-import-report");

        upload(good);
        completed();
        assertEquals("0", count("countAdded"), "a re-import adds nothing");
        assertEquals("0", count("countUpdated"), "and changes nothing");
        assertEquals("3", count("countUnchanged"));
        assertEquals("5", count("countRejected"));
        assertEquals(1, Cards.number("select count(*) from attachment_register where register_key = ?", first));

        Path changed = file("register-1251.csv", Charset.forName("windows-1251"), HEADER,
                "Импортова;Анна;Ивановна;2;01.02.1980;;;" + first + ";АО «Ингосстрах-М»;380004;3;15.01.2020");
        upload(changed);
        completed();
        assertEquals("1", count("countUpdated"), "a Windows-1251 file is read as well");
        assertEquals("Импортова|АО «Ингосстрах-М»|3", Cards.string("select e.last_name || '|' || e.insurer || '|' || d.number "
                + "from attachment_register e join district d on d.id = e.district_id where e.register_key = ?", first));
        assertEquals(started + 3, Esia.audited("REGISTER_IMPORT_STARTED", "SUCCESS", "admin.demo"), "three imports");
        assertEquals(5, Cards.number("select count(*) from register_import_rejection where import_id = ?", id));
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRefusedBeforeAnythingStarts() throws Exception {
        StaffBrowser.logIn(browser, "admin.demo", "Demo-Admin-2026");
        long before = Cards.number("select count(*) from register_import");
        StaffBrowser.sendRegister(browser, file("wrong.csv", Charset.forName("UTF-8"), "FAM;IM;DR;NPOL",
                "Иванов;Иван;01.01.1980;" + enp()));
        String main = browser.findElement(By.tagName("main")).getText();
        assertTrue(main.contains("нет обязательных столбцов: LPU, LPUDT"), main);
        assertEquals(before, Cards.number("select count(*) from register_import"));
    }

    @Test
    void aRegistryOperatorCannotReachTheImport() throws Exception {
        HttpSession operator = new HttpSession().staffLogIn("registrator.p4", Staff.PASSWORD);
        assertEquals(404, operator.get(Portal.BASE_URL + "/staff/register.xhtml").statusCode());
    }
}
