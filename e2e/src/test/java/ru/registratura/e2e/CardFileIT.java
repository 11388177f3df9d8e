package ru.registratura.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The card file in Chromium (journeys P3 and P4): «О себе» and «Данные детей» from ESIA, the consent, the
 * attachment search, refused input, the NOT_FOUND hint, relatives and acting for them, deleting. Each test
 * starts from an empty card file of its person and logs in anew (the test domain's sessions last a minute).
 */
class CardFileIT {

    private static final String IVANOVA = "1000300001";
    private static final String VASILYEVA = "1000300006";

    private WebDriver browser;

    @BeforeEach
    void open() throws Exception {
        Esia.reset();
        Cards.reset(IVANOVA);
        Cards.reset(VASILYEVA);
        browser = Portal.browser();
    }

    @AfterEach
    void close() {
        browser.quit();
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

    private String value(String id) {
        return browser.findElement(By.id(id)).getAttribute("value");
    }

    private String main() {
        return browser.findElement(By.tagName("main")).getText();
    }

    private void type(String field, String text) {
        WebElement input = browser.findElement(By.id("cardForm:" + field));
        input.clear();
        input.sendKeys(text);
    }

    /** Reloads the page until the attachment search has finished; returns its status. */
    private String attachmentStatus() {
        return Journey.awaitAttachmentStatus(browser);
    }

    /** Fills the form by hand (a relative: kinship chosen, sex by the radio's order M, F). */
    private void fill(String last, String first, String middle, boolean male, String birth, String policy, String snils,
                      String kinship) {
        type("lastName", last);
        type("firstName", first);
        type("middleName", middle);
        browser.findElement(By.id("cardForm:sex:" + (male ? 0 : 1))).click();
        type("birthDate", birth);
        type("policyNumber", policy);
        type("snils", snils);
        new Select(browser.findElement(By.id("cardForm:kinship"))).selectByVisibleText(kinship);
    }

    @Test
    void aboutMeFromEsiaConsentAndTheAttachmentIsFound() throws Exception {
        int added = Esia.audited("CARD_ADDED", "SUCCESS", IVANOVA);
        logIn("ivanova@example.ru");
        assertTrue(text("seedsNoCard").contains("добавьте карточку о себе"));
        browser.findElement(By.id("userName")).click();
        Esia.press(browser, "cardsLink");
        assertTrue(main().contains("Получить данные с портала Госуслуги:"));
        Esia.press(browser, "esiaSelf");

        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("Добавление карточки"));
        // ESIA's identity is shown, not offered for typing: changes are made on Gosuslugi.
        assertEquals("Иванова Мария Петровна", text("verifiedName"));
        assertEquals("14.05.1986", text("verifiedBirthDate"));
        assertEquals("3850100000123458", text("verifiedPolicy"));
        assertEquals("112-233-445 95", text("verifiedSnils"));
        assertEquals("Женский", text("verifiedSex"));
        assertTrue(text("fromEsia").contains("исправьте её на Госуслугах"), text("fromEsia"));
        for (String field : new String[] {"lastName", "firstName", "birthDate", "policyNumber", "snils"}) {
            assertTrue(browser.findElements(By.id("cardForm:" + field)).isEmpty(), field + " has no input");
        }
        assertFalse(value("cardForm:phone").isBlank());
        Portal.screenshot(browser, "card-1-prefilled");

        Esia.press(browser, "cardForm:submit");
        assertTrue(text("consentText").contains("152-ФЗ «О персональных данных»"));
        assertEquals(0, Cards.count(IVANOVA), "nothing is saved before the consent");
        Portal.screenshot(browser, "card-2-consent");
        Esia.press(browser, "consentForm:agree");

        assertTrue(browser.getCurrentUrl().contains("/cabinet/cards.xhtml"), browser.getCurrentUrl());
        assertTrue(text("messages").contains("Карточка успешно добавлена. Запущен процесс поиска прикреплений. "
                + "Его статус Вы можете посмотреть, зайдя в карточку."));
        WebElement row = browser.findElement(By.cssSelector("#cards tbody tr"));
        assertTrue(row.getText().contains("Иванова Мария Петровна"));
        assertTrue(row.getText().contains("14.05.1986"));
        for (String action : new String[] {"Записи", "Просмотреть", "Изменить", "Удалить"}) {
            assertTrue(row.getText().contains(action), action);
        }
        Portal.screenshot(browser, "card-3-list");

        long card = Cards.cardId(IVANOVA, "Иванова", "Мария");
        assertEquals("pd-2026-11", Cards.string("select consent_version from patient_card where id = ?", card));
        assertTrue(Cards.string("select consent_at from patient_card where id = ?", card) != null);
        assertEquals(added + 1, Esia.audited("CARD_ADDED", "SUCCESS", IVANOVA));

        follow(row.findElement(By.className("action-view")));
        assertEquals("FOUND", attachmentStatus());
        assertTrue(text("attachmentInstitution").contains("Иркутская городская поликлиника № 4"));
        assertEquals("2", text("attachmentDistrict"));
        assertEquals("Смирнов Алексей Игоревич", text("attachmentDoctor"));
        assertEquals("202", text("attachmentCabinet"));
        assertEquals("11.03.2019", text("attachmentSince"));
        assertEquals("номеру полиса ОМС", text("attachmentMatchedBy"));
        assertTrue(text("cardInsurer").contains("СОГАЗ-Мед"));
        Portal.screenshot(browser, "card-4-attachment-found");

        Esia.press(browser, "tabAppointments");
        assertEquals("Записей на приём нет.", text("noAppointments"));

        go("/cabinet/index.xhtml");
        assertTrue(text("seedsPerson").contains("Иванова Мария Петровна"));
        assertEquals("Смирнов Алексей Игоревич", text("attachmentDoctor"));
        assertEquals("+7 (3952) 22-41-15", text("attachmentPhone"));

        assertEquals("1", text("unreadNotifications"));
        Esia.press(browser, "tabNotifications");
        assertTrue(text("mailbox").contains("Найдено прикрепление для «Иванова Мария Петровна»: "
                + "ОГБУЗ «Иркутская городская поликлиника № 4», участок 2."), text("mailbox"));
        // Showing the box is a GET and marks nothing read; «Отметить все прочитанными» (a POST) does.
        assertEquals("1", text("unreadNotifications"), "still unread after the box was shown");
        Esia.press(browser, "markRead");
        assertTrue(browser.findElements(By.id("unreadNotifications")).isEmpty(), "read once marked");
        assertTrue(browser.findElements(By.id("markRead")).isEmpty(), "nothing left to mark");
        assertTrue(text("mailbox").contains("Найдено прикрепление"), "the messages stay in the box");
        Esia.press(browser, "tabMessages");
        assertTrue(text("mailbox").contains("В картотеку добавлена карточка «Иванова Мария Петровна». "
                + "Запущен поиск прикреплений."), text("mailbox"));
        Portal.screenshot(browser, "card-4b-messages");

        go("/cabinet/card-form.xhtml?from=self");
        assertTrue(browser.getCurrentUrl().contains("/cabinet/card.xhtml?card=" + card), "«О себе» opens the existing card");
        assertTrue(text("messages").contains("Карточка о Вас уже есть в картотеке."), text("messages"));
        assertEquals(1, Cards.count(IVANOVA));
    }

    /** Clicks a link or button that loads another page and waits until it has. */
    private void follow(WebElement element) {
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
    }

    @Test
    void aChildFromEsiaBecomesARelativeCardAndATeenagerCannot() throws Exception {
        logIn("ivanova@example.ru");
        go("/cabinet/cards.xhtml");
        Esia.press(browser, "esiaChildren");
        String table = text("esiaChildrenTable");
        assertTrue(table.contains("Иванов Артём Сергеевич"));
        assertTrue(table.contains("Иванова Полина Сергеевна"));
        assertTrue(table.contains("С 14 лет ребёнок пользуется порталом через свою учётную запись Госуслуг"), table);
        Portal.screenshot(browser, "card-5-esia-children");

        Esia.press(browser, "addChild0");
        assertEquals("Иванов Артём Сергеевич", text("verifiedName"));
        assertEquals(Cards.ARTEM_BIRTH_SHOWN, text("verifiedBirthDate"));
        assertEquals("3850100000234560", text("verifiedPolicy"));
        assertEquals("Сын", new Select(browser.findElement(By.id("cardForm:kinship"))).getFirstSelectedOption().getText());
        Esia.press(browser, "cardForm:submit");
        Esia.press(browser, "consentForm:agree");
        assertTrue(text("messages").contains("Карточка успешно добавлена"));

        go("/cabinet/esia-children.xhtml");
        assertTrue(text("childCard0").contains("Уже в картотеке"));
        Esia.press(browser, "childCard0");
        assertEquals("Сын", text("cardKinship"));
        assertEquals("FOUND", attachmentStatus());
        assertTrue(text("attachmentInstitution").contains("детская поликлиника № 3"));
        assertEquals("Павлова Юлия Андреевна", text("attachmentDoctor"));
        Portal.screenshot(browser, "card-6-child-card");
    }

    @Test
    void aWrongSnilsAndAWrongPolicyAreRefusedWithTheirMessagesAndNothingIsSaved() throws Exception {
        logIn("ivanova@example.ru");
        go("/cabinet/card-form.xhtml?relative=true");
        fill("Иванов", "Артём", "Сергеевич", true, Cards.ARTEM_BIRTH_SHOWN, "3850100000123459", "112-233-445 96", "Сын");
        type("phone", "+7 (3952) 22-41-15");
        Esia.press(browser, "cardForm:submit");

        String page = main();
        assertTrue(page.contains("Номер полиса указан с ошибкой: не сходится контрольная цифра"), page);
        assertTrue(page.contains("СНИЛС указан с ошибкой: не сходится контрольное число"), page);
        assertTrue(page.contains("Укажите номер мобильного телефона России"), page);
        assertEquals("3850100000123459", value("cardForm:policyNumber"), "the form keeps what was typed");
        // Each message is tied to its field for screen readers: the field is invalid and described by it.
        WebElement policy = browser.findElement(By.id("cardForm:policyNumber"));
        assertEquals("true", policy.getAttribute("aria-invalid"));
        assertTrue(browser.findElement(By.id(policy.getAttribute("aria-describedby"))).getText()
                .startsWith("Номер полиса указан с ошибкой: не сходится контрольная цифра"));
        assertNull(browser.findElement(By.id("cardForm:lastName")).getAttribute("aria-invalid"),
                "a field without a message is not marked");
        Portal.screenshot(browser, "card-7-refused");

        type("policyNumber", "12345");
        type("snils", "11223344");
        type("phone", "");
        type("birthDate", "01.01.2999");
        Esia.press(browser, "cardForm:submit");
        page = main();
        assertTrue(page.contains("Номер полиса единого образца состоит из 16 цифр"), page);
        assertTrue(page.contains("Укажите СНИЛС в формате XXX-XXX-XXX XX"), page);
        assertTrue(page.contains("Дата рождения не может быть позже сегодняшнего дня"), page);
        assertFalse(page.contains("Укажите номер мобильного телефона России"), "no phone is no wrong phone");
        assertEquals("true", browser.findElement(By.id("cardForm:policyNumber")).getAttribute("aria-invalid"));
        assertNull(browser.findElement(By.id("cardForm:phone")).getAttribute("aria-invalid"),
                "the phone's message has gone, and so has its mark");
        assertNull(browser.findElement(By.id("cardForm:phone")).getAttribute("aria-describedby"));
        assertEquals(0, Cards.count(IVANOVA));
    }

    @Test
    void theNotFoundPersonSeesTheRegistryHint() throws Exception {
        logIn("vasilyeva@example.ru");
        go("/cabinet/card-form.xhtml?from=self");
        assertEquals("000-000-600 06", text("verifiedSnils"), "a low test SNILS passes unchecked");
        Esia.press(browser, "cardForm:submit");
        Esia.press(browser, "consentForm:agree");
        follow(browser.findElement(By.cssSelector("#cards .action-view")));
        assertEquals("NOT_FOUND", attachmentStatus());
        assertTrue(text("registryHint").contains("Если информация о Вашем прикреплении не соответствует действительности, "
                + "обратитесь в регистратуру медицинского учреждения"));
        assertTrue(text("registryPhones").contains("+7 (3952) 22-41-15"));
        Portal.screenshot(browser, "card-8-not-found");
        go("/cabinet/notifications.xhtml");
        assertTrue(text("mailbox").contains("Прикрепление для «Васильева Анна Игоревна» не найдено."), text("mailbox"));
    }

    @Test
    void addARelativeSwitchToThemAndSeeTheirAttachmentOnTheHomePage() throws Exception {
        logIn("ivanova@example.ru");
        browser.findElement(By.id("userName")).click();
        Esia.press(browser, "addRelativeLink");
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("Добавление родственника"));
        fill("Иванов", "Артём", "Сергеевич", true, Cards.ARTEM_BIRTH_SHOWN, "3850100000234560", "", "Сын");
        Esia.press(browser, "cardForm:submit");
        Esia.press(browser, "consentForm:agree");
        assertTrue(browser.getCurrentUrl().contains("/cabinet/relatives.xhtml"), browser.getCurrentUrl());
        String relatives = text("relatives");
        assertTrue(relatives.contains("Иванов Артём Сергеевич") && relatives.contains("Сын")
                && relatives.contains(Cards.ARTEM_BIRTH_SHOWN) && relatives.contains("3850100000234560"), relatives);
        Portal.screenshot(browser, "card-9-relatives");

        browser.findElement(By.id("userName")).click();
        assertTrue(text("person1").contains("ИВАНОВ А."));
        Esia.press(browser, "person1");
        assertEquals("Вы действуете за: ИВАНОВ А.", text("actingFor"));
        assertEquals("ИВАНОВА М.", text("userName"), "the header still shows who is logged in");
        assertTrue(text("seedsPerson").contains("Иванов Артём Сергеевич"));
        String doctor = new WebDriverWait(browser, Duration.ofSeconds(20)).pollingEvery(Duration.ofMillis(500)).until(d -> {
            if (d.findElements(By.id("attachmentDoctor")).isEmpty()) {
                d.navigate().refresh();
                return null;
            }
            return d.findElement(By.id("attachmentDoctor")).getText();
        });
        assertEquals("Павлова Юлия Андреевна", doctor);
        assertEquals("1", text("attachmentDistrict"));
        assertEquals("11", text("attachmentCabinet"));
        Portal.screenshot(browser, "card-10-acting-for-child");

        browser.findElement(By.id("userName")).click();
        Esia.press(browser, "person0");
        assertTrue(browser.findElements(By.id("actingFor")).isEmpty());
        assertTrue(text("seedsNoCard").contains("добавьте карточку о себе"));
    }

    @Test
    void aFifteenYearOldIsRefusedAsARelative() throws Exception {
        logIn("ivanova@example.ru");
        go("/cabinet/card-form.xhtml?relative=true");
        String birth = LocalDate.now(ZoneId.of("Asia/Irkutsk")).minusYears(15)
                .format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        fill("Иванова", "Полина", "Сергеевна", false, birth, "", "178-901-234 94", "Дочь");
        Esia.press(browser, "cardForm:submit");
        assertTrue(main().contains("Родственником можно добавить только человека младше 14 лет"), main());
        assertEquals(0, Cards.count(IVANOVA));
        Portal.screenshot(browser, "card-11-too-old");
    }

    @Test
    void deletingAsksForConfirmationAndWaitsUntilFutureAppointmentsAreCancelled() throws Exception {
        logIn("ivanova@example.ru");
        long card = Cards.insert(IVANOVA, "Иванов", "Артём", Cards.ARTEM_BIRTH.toString(), "3850100000234560", "SON", "FOUND");
        long appointment = Cards.book(card);
        go("/cabinet/cards.xhtml");
        follow(browser.findElement(By.cssSelector("#cards tr[data-card='" + card + "'] .action-delete")));
        assertTrue(text("deleteQuestion").contains("Удалить карточку «Иванов Артём» из картотеки?"));
        Portal.screenshot(browser, "card-12-delete-confirm");
        Esia.press(browser, "deleteForm:confirmDelete");
        assertTrue(text("messages").contains("Карточку нельзя удалить: по ней есть предстоящие записи на приём"));
        assertEquals(1, Cards.count(IVANOVA));

        Cards.cancel(appointment);
        Esia.press(browser, "deleteForm:confirmDelete");
        assertTrue(browser.getCurrentUrl().contains("/cabinet/cards.xhtml"));
        assertTrue(text("messages").contains("Карточка удалена из картотеки."));
        assertEquals(0, Cards.count(IVANOVA));
        assertEquals("CANCELLED|", Cards.string("select status || '|' || coalesce(cast(card_id as varchar), '') "
                + "from appointment where id = ?", appointment), "the appointment stays, without its card");
    }
}
