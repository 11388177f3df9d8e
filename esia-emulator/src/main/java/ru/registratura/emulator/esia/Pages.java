package ru.registratura.emulator.esia;

import java.io.IOException;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletResponse;

/** The emulator's HTML pages, modelled on ESIA's login, consent, error and maintenance screens. */
final class Pages {

    private Pages() {
    }

    static void login(HttpServletResponse response, String contextPath, String login, boolean failed,
                      List<JsonObject> persons) throws IOException {
        StringBuilder body = new StringBuilder();
        body.append("<h1>Вход</h1>");
        if (failed) {
            body.append("<p class=\"error\" id=\"loginError\">Неверные логин или пароль</p>");
        }
        body.append("<form method=\"post\" action=\"").append(esc(contextPath)).append("/login\" autocomplete=\"off\">")
                .append("<label for=\"login\">Телефон, почта или СНИЛС</label>")
                .append("<input id=\"login\" name=\"login\" type=\"text\" value=\"").append(esc(login)).append("\" autofocus>")
                .append("<label for=\"password\">Пароль</label>")
                .append("<input id=\"password\" name=\"password\" type=\"password\">")
                .append("<button id=\"loginButton\" type=\"submit\" class=\"primary\">Войти</button>")
                .append("</form>")
                .append("<p><a id=\"forgotPassword\" href=\"").append(esc(contextPath)).append("/recovery\">Я не знаю пароль</a></p>");
        body.append("<details class=\"hint\"><summary>Эмулятор ЕСИА: тестовые пользователи</summary><table>")
                .append("<tr><th>Логин</th><th>Пароль</th><th></th></tr>");
        for (JsonObject person : persons) {
            body.append("<tr><td>").append(esc(person.getJsonArray("logins").getString(0))).append("</td><td>")
                    .append(esc(person.getString("password"))).append("</td><td>").append(esc(person.getString("title")))
                    .append("</td></tr>");
        }
        body.append("</table></details>");
        write(response, HttpServletResponse.SC_OK, "Вход — Госуслуги", contextPath, body.toString());
    }

    static void consent(HttpServletResponse response, String contextPath, String clientId, Iterable<String> scopes)
            throws IOException {
        StringBuilder body = new StringBuilder();
        body.append("<h1>Предоставление прав доступа</h1>")
                .append("<p>Система <b>").append(esc(clientId)).append("</b> запрашивает следующие права:</p><ul id=\"scopes\">");
        for (String scope : scopes) {
            body.append("<li>").append(esc(Scopes.consentLine(scope))).append("</li>");
        }
        body.append("</ul>")
                .append("<p class=\"small\">Нажимая «Предоставить», вы разрешаете этой системе использовать указанные данные ")
                .append("согласно её правилам. Разрешение можно отозвать в профиле, в разделе «Настройки и безопасность».</p>")
                .append("<form method=\"post\" action=\"").append(esc(contextPath)).append("/consent\" class=\"buttons\">")
                .append("<button id=\"deny\" type=\"submit\" name=\"decision\" value=\"deny\">Отказать</button>")
                .append("<button id=\"grant\" type=\"submit\" name=\"decision\" value=\"grant\" class=\"primary\">Предоставить</button>")
                .append("</form>");
        write(response, HttpServletResponse.SC_OK, "Предоставление прав доступа — Госуслуги", contextPath, body.toString());
    }

    static void maintenance(HttpServletResponse response, String contextPath) throws IOException {
        write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Технические работы — Госуслуги", contextPath,
                "<h1 id=\"maintenance\">Ведутся технические работы</h1>"
                        + "<p>Портал Госуслуг временно недоступен. Приносим извинения за доставленные неудобства. "
                        + "Попробуйте зайти позже.</p>");
    }

    static void error(HttpServletResponse response, String contextPath, EsiaError error) throws IOException {
        write(response, HttpServletResponse.SC_BAD_REQUEST, "Ошибка — Госуслуги", contextPath,
                "<h1>Ошибка</h1><p id=\"esiaError\">" + esc(error.description()) + "</p>"
                        + "<p class=\"small\">Обратитесь в службу поддержки информационной системы, с которой вы пришли.</p>");
    }

    static void message(HttpServletResponse response, String contextPath, String title, String text) throws IOException {
        write(response, HttpServletResponse.SC_OK, title + " — Госуслуги", contextPath,
                "<h1>" + esc(title) + "</h1><p>" + esc(text) + "</p>");
    }

    static void write(HttpServletResponse response, int status, String title, String contextPath, String body)
            throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Frame-Options", "DENY");
        // Its pages have no script and no inline style: the strictest policy holds (and no site may frame them).
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self' data:; "
                + "frame-ancestors 'none'; base-uri 'none'");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.getWriter().write("<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<link rel=\"icon\" href=\"data:,\"><title>" + esc(title) + "</title>"
                + "<link rel=\"stylesheet\" href=\"" + esc(contextPath) + "/esia.css\"></head><body>"
                + "<header><span class=\"logo\">госуслуги</span><span class=\"emulator\">эмулятор ЕСИА</span></header>"
                + "<main>" + body + "</main></body></html>");
    }

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
