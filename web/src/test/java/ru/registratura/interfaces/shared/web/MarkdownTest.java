package ru.registratura.interfaces.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void markdownBecomesHtmlWithHeadingsUnderThePageTitle() {
        String html = Markdown.html("# Шаг 1\n\n## Шаг 2\n\n### Подробнее\n\nНажмите **«Войти через ЕСИА»**.\n\n1. Логин\n2. Пароль\n\n"
                + "[Госуслуги](https://www.gosuslugi.ru/)");
        assertTrue(html.contains("<h2>Шаг 1</h2>\n<h2>Шаг 2</h2>\n<h3>Подробнее</h3>"), html);
        assertTrue(html.contains("<strong>«Войти через ЕСИА»</strong>"), html);
        assertTrue(html.contains("<ol>\n<li>Логин</li>"), html);
        assertTrue(html.contains("<a rel=\"nofollow\" href=\"https://www.gosuslugi.ru/\">Госуслуги</a>"), html);
    }

    @Test
    void aScriptAnHandlerAndAScriptLinkNeverBecomeMarkup() {
        String html = Markdown.html("<script>alert('x')</script>\n\nТекст <img src=x onerror=alert(1)>"
                + " [ссылка](javascript:alert(1)) ![картинка](javascript:alert(2))");
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img src=\"x\""), html);
        assertFalse(html.contains("javascript:"), html);
        assertTrue(html.contains("&lt;script&gt;alert('x')&lt;/script&gt;"), "shown as text: " + html);
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"), html);
    }

    @Test
    void nothingForNoText() {
        assertEquals("", Markdown.html(null));
        assertEquals("", Markdown.html("  "));
    }
}
