package ru.registratura.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * An admin writes a help article: bad input is refused with its fields and saves nothing; a draft is not public; a
 * script in the text reaches no page as markup (the preview and the public article show it as text); published,
 * it is in the help centre at once with its related article; changed, the change is public at once; deleted, it
 * is gone (404). Every change audited.
 */
class HelpAdminIT {

    private static final String SLUG = "test-priem-v-subbotu";
    private static final String SCRIPT = "<script>document.title='pwned'</script>";

    private WebDriver browser;

    @BeforeEach
    void open() throws Exception {
        browser = Portal.browser();
        Staff.execute("delete from help_article where slug like 'test-%'");
        Staff.create("test.help", "Справкина Анна", "ADMIN");
        StaffBrowser.logIn(browser, "test.help", Staff.PASSWORD);
    }

    @AfterEach
    void close() throws Exception {
        browser.quit();
        Staff.execute("delete from help_article where slug like 'test-%'");
    }

    private void fill(String id, String value) {
        WebElement input = browser.findElement(By.id("helpForm:" + id));
        input.clear();
        input.sendKeys(value);
    }

    private String error(String field) {
        WebElement input = browser.findElement(By.id("helpForm:" + field));
        return browser.findElement(By.id(input.getAttribute("aria-describedby"))).getText();
    }

    private List<String> publicTitles() throws Exception {
        browser.get(Portal.BASE_URL + "/help/index.xhtml");
        return browser.findElements(By.cssSelector("#articles a")).stream().map(WebElement::getText).toList();
    }

    @Test
    void anAdminWritesPublishesChangesAndDeletesAnArticleAndAScriptNeverRuns() throws Exception {
        int changes = Esia.audited("HELP_CHANGED", "SUCCESS", "test.help");
        browser.get(Portal.BASE_URL + "/staff/index.xhtml");
        StaffBrowser.submit(browser, By.id("helpAdminLink"));
        StaffBrowser.submit(browser, By.id("addArticle"));

        // Bad input: each field's message, nothing saved.
        fill("slug", "Приём в субботу");
        fill("sortOrder", "-5");
        StaffBrowser.submit(browser, By.id("helpForm:save"));
        assertEquals("Адрес: латинские буквы в нижнем регистре, цифры и дефисы, не длиннее 80 символов", error("slug"));
        assertEquals("Укажите заголовок", error("title"));
        assertEquals("Напишите текст статьи", error("body"));
        assertEquals("Порядок: целое число от 0 до 100 000", error("sortOrder"));
        assertEquals(0, Staff.execute("update help_article set title = title where slug like 'test-%'"));
        Portal.screenshot(browser, "help-admin-1-refused");

        // A draft with a script in its text, related to the login article; the preview shows the script as text.
        fill("title", "Приём в субботу");
        fill("slug", SLUG);
        fill("sortOrder", "5");
        fill("body", "## Когда\n\nВ субботу поликлиники принимают с **9:00 до 14:00**.\n\n" + SCRIPT);
        browser.findElements(By.cssSelector("input[name='helpForm:related']")).stream()
                .filter(box -> browser.findElement(By.cssSelector("label[for='" + box.getAttribute("id") + "']"))
                        .getText().equals("Как войти в личный кабинет"))
                .findFirst().orElseThrow().click();
        StaffBrowser.submit(browser, By.id("helpForm:preview"));
        WebElement preview = browser.findElement(By.id("articlePreview"));
        assertTrue(preview.getText().contains(SCRIPT), "the script shown as text: " + preview.getText());
        assertTrue(preview.findElements(By.tagName("script")).isEmpty());
        assertEquals("Когда", preview.findElement(By.tagName("h2")).getText());
        StaffBrowser.submit(browser, By.id("helpForm:save"));
        assertTrue(browser.findElement(By.id("messages")).getText().contains("Статья сохранена"));
        assertFalse(publicTitles().contains("Приём в субботу"), "a draft is not public");
        assertEquals(404, new HttpSession().get(Portal.BASE_URL + "/help/article.xhtml?a=" + SLUG).statusCode());

        // Published: in the help centre at once, first by its place, the script still text.
        browser.get(Portal.BASE_URL + "/staff/help.xhtml");
        StaffBrowser.submit(browser, browser.findElement(By.cssSelector("tr[data-slug='" + SLUG + "'] a")));
        browser.findElement(By.id("helpForm:published")).click();
        StaffBrowser.submit(browser, By.id("helpForm:save"));
        assertEquals("Приём в субботу", publicTitles().get(0));
        browser.get(Portal.BASE_URL + "/help/article.xhtml?a=" + SLUG);
        assertTrue(browser.findElement(By.id("article")).getText().contains(SCRIPT));
        assertTrue(browser.getTitle().startsWith("Приём в субботу — Помощь"), "no script ran: " + browser.getTitle());
        assertEquals(List.of("Как войти в личный кабинет"), browser.findElements(By.cssSelector("#related a")).stream()
                .map(WebElement::getText).toList());
        HttpResponse<String> page = new HttpSession().get(Portal.BASE_URL + "/help/article.xhtml?a=" + SLUG);
        assertFalse(page.body().contains(SCRIPT), "never markup in the page's HTML");
        assertTrue(page.body().contains("&lt;script&gt;"), "only as text");
        Portal.screenshot(browser, "help-admin-2-published");

        // Changed: public at once.
        browser.get(Portal.BASE_URL + "/staff/help.xhtml");
        StaffBrowser.submit(browser, browser.findElement(By.cssSelector("tr[data-slug='" + SLUG + "'] a")));
        fill("title", "Приём в субботу и воскресенье");
        StaffBrowser.submit(browser, By.id("helpForm:save"));
        assertTrue(publicTitles().contains("Приём в субботу и воскресенье"));

        // Deleted: gone.
        browser.get(Portal.BASE_URL + "/staff/help.xhtml");
        StaffBrowser.submitConfirmed(browser, browser.findElement(By.cssSelector("tr[data-slug='" + SLUG + "'] .help-delete")));
        assertTrue(browser.findElement(By.id("messages")).getText().contains("Статья удалена"));
        assertFalse(publicTitles().contains("Приём в субботу и воскресенье"));
        assertEquals(404, new HttpSession().get(Portal.BASE_URL + "/help/article.xhtml?a=" + SLUG).statusCode());
        assertEquals(changes + 4, Esia.audited("HELP_CHANGED", "SUCCESS", "test.help"), "created, published, changed, deleted");
    }
}
