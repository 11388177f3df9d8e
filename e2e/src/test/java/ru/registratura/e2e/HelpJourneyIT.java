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
 * «Помощь» and «Законодательство» as a visitor meets them, through the pages only (the demo region's articles and
 * acts; H2 and PostgreSQL alike): the header's links, the articles, an article with its related ones, the search,
 * the login refusal pages' links to the matching article, the legal acts, all without a session. Screenshots
 * {@code help-*.png}, {@code legal-*.png}.
 */
class HelpJourneyIT {

    private WebDriver browser;

    @BeforeEach
    void open() {
        browser = Portal.browser();
    }

    @AfterEach
    void close() {
        try {
            assertEquals(List.of(), Portal.refusedByPolicy(browser), "refused by Content-Security-Policy");
        } finally {
            browser.quit();
        }
    }

    @Test
    void aVisitorReadsHowToLogInFollowsARelatedArticleAndSearches() throws Exception {
        browser.get(Portal.BASE_URL + "/");
        Esia.press(browser, "helpLink");
        assertEquals("Помощь", heading());
        List<String> titles = browser.findElements(By.cssSelector("#articles a")).stream().map(WebElement::getText).toList();
        assertTrue(titles.size() >= 8, "the demo region's articles: " + titles);
        assertEquals("Как войти в личный кабинет", titles.get(0), "in their order");
        assertTrue(titles.contains("Почему я не могу войти в личный кабинет"), titles.toString());
        assertTrue(titles.contains("Как добавить ребёнка до 14 лет и записать его к врачу"), titles.toString());
        Portal.screenshot(browser, "help-1-index");

        StaffBrowser.submit(browser, browser.findElement(By.cssSelector("#articles a[data-slug='kak-voiti']")));
        assertEquals("Как войти в личный кабинет", heading());
        String article = browser.findElement(By.id("article")).getText();
        assertTrue(article.contains("нажмите «Войти через ЕСИА»"), article);
        assertTrue(article.contains("Что значит «Предоставить»"), "the article's own heading: " + article);
        assertEquals(List.of("Шаг за шагом", "Что значит «Предоставить»", "Сколько длится вход"),
                browser.findElements(By.cssSelector("#article h2")).stream().map(WebElement::getText).toList(),
                "the article's headings come under the page's title");
        List<String> related = browser.findElements(By.cssSelector("#related a")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("Почему я не могу войти в личный кабинет", "Как зарегистрироваться на портале",
                "Уровни учётной записи Госуслуг"), related, "the related articles in the help centre's order");
        Portal.screenshot(browser, "help-2-article");

        StaffBrowser.submit(browser, browser.findElement(By.linkText("Почему я не могу войти в личный кабинет")));
        assertTrue(browser.findElement(By.id("article")).getText().contains("Восстановить"), "password recovery");

        browser.get(Portal.BASE_URL + "/help/index.xhtml");
        browser.findElement(By.id("q")).sendKeys("ребенка записать");
        StaffBrowser.submit(browser, browser.findElement(By.id("searchButton")));
        List<String> found = browser.findElements(By.cssSelector("#results a")).stream().map(WebElement::getText).toList();
        assertEquals("Как добавить ребёнка до 14 лет и записать его к врачу", found.get(0), "best first: " + found);
        assertEquals("ребенка записать", browser.findElement(By.id("q")).getAttribute("value"), "the query stays");
        Portal.screenshot(browser, "help-3-search");

        browser.get(Portal.BASE_URL + "/help/index.xhtml?q=" + "квазар");
        assertTrue(browser.findElement(By.id("noResults")).getText().startsWith("Ничего не найдено"));
        assertTrue(browser.manage().getCookies().stream().noneMatch(c -> c.getName().equals("JSESSIONID")),
                "reading the help takes no session");
    }

    @Test
    void theLoginRefusalPagesLinkToTheirArticleAndAnUnknownArticleIsNotFound() throws Exception {
        browser.get(Portal.BASE_URL + "/login/unavailable.xhtml");
        StaffBrowser.submit(browser, browser.findElement(By.id("helpArticle")));
        assertEquals("Почему я не могу войти в личный кабинет", heading());
        assertTrue(browser.findElement(By.id("article")).getText().contains("Сервис Госуслуг временно недоступен"));

        HttpResponse<String> missing = new HttpSession().get(Portal.BASE_URL + "/help/article.xhtml?a=no-such-article");
        assertEquals(404, missing.statusCode());
        HttpResponse<String> index = new HttpSession().get(Portal.BASE_URL + "/help/index.xhtml?q=%3Cscript%3E");
        assertEquals(200, index.statusCode());
        assertFalse(index.body().contains("<script>"), "a query is shown as text");
        assertTrue(index.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")));
        assertFalse(index.body().contains("jakarta.faces.ViewState"), "the help holds no view state");
    }

    @Test
    void theLegalActsThatGovernThePortalAreListedWithTheirNumbersAndDates() throws Exception {
        browser.get(Portal.BASE_URL + "/");
        Esia.press(browser, "legalLink");
        assertEquals("Законодательство", heading());
        List<String> acts = browser.findElements(By.cssSelector("#federalActs li")).stream().map(WebElement::getText).toList();
        assertTrue(acts.contains("Об основах охраны здоровья граждан в Российской Федерации\nот 21.11.2011 № 323-ФЗ"),
                acts.toString());
        assertTrue(acts.contains("О персональных данных\nот 27.07.2006 № 152-ФЗ"), acts.toString());
        assertTrue(acts.contains("Об электронной подписи\nот 06.04.2011 № 63-ФЗ"), acts.toString());
        assertEquals("http://www.consultant.ru/document/cons_doc_LAW_121895/",
                browser.findElement(By.linkText("Об основах охраны здоровья граждан в Российской Федерации")).getAttribute("href"));
        Portal.screenshot(browser, "legal-1-acts");
        assertTrue(browser.manage().getCookies().stream().noneMatch(c -> c.getName().equals("JSESSIONID")));
    }

    private String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

}
