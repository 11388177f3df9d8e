package ru.registratura.interfaces.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;

/**
 * A page that failed because the database is away gets the «Сервис временно недоступен» page with 503 and
 * Retry-After instead of the error page; any other failure, or one after the answer began, goes on to the error page.
 */
class DatabaseOutageFilterTest {

    private final DatabaseOutageFilter filter = filter();

    @Test
    void aPageThatMetTheDatabaseAwayIsAnswered503WithRetryAfterAndReloadsItself() throws Exception {
        Exchange page = new Exchange("GET", false);
        page.through(filter, new ServletException(new IllegalStateException("query failed",
                new SQLException("An I/O error occurred while sending to the backend.", "08006"))));

        assertEquals(503, page.status);
        assertEquals("5", page.headers.get("Retry-After"));
        assertTrue(page.reset, "what the page had written so far is dropped");
        assertTrue(page.body().contains("Сервис временно недоступен"), page.body());
        assertTrue(page.body().contains("повторите через минуту"), page.body());
        assertTrue(page.body().contains("href=\"/cabinet/cards.xhtml?card=7\""), "«Попробовать ещё раз» asks again: " + page.body());
        assertTrue(page.body().contains("http-equiv=\"refresh\""), page.body());
        assertFalse(page.body().contains("08006") || page.body().contains("backend"), "no technical detail shown");
    }

    @Test
    void aFormSentWhileTheDatabaseIsAwayIsNotSentAgainByItself() throws Exception {
        Exchange form = new Exchange("POST", false);
        form.through(filter, new ServletException(new SQLException("the database system is shutting down", "57P01")));

        assertEquals(503, form.status);
        assertFalse(form.body().contains("http-equiv=\"refresh\""), form.body());
    }

    @Test
    void anyOtherFailureGoesOnToTheErrorPage() {
        ServletException bug = new ServletException(new IllegalStateException("a bug"));
        Exchange page = new Exchange("GET", false);
        assertSame(bug, assertThrows(ServletException.class, () -> page.through(filter, bug)));
        ServletException constraint = new ServletException(new SQLException("duplicate key", "23505"));
        assertSame(constraint, assertThrows(ServletException.class, () -> page.through(filter, constraint)));
        assertEquals(200, page.status);
    }

    @Test
    void anOutageAfterTheAnswerBeganCannotBeAnsweredAgain() {
        ServletException outage = new ServletException(new SQLException("connection lost", "08003"));
        Exchange committed = new Exchange("GET", true);
        assertSame(outage, assertThrows(ServletException.class, () -> committed.through(filter, outage)));
    }

    private static DatabaseOutageFilter filter() {
        DatabaseOutageFilter filter = new DatabaseOutageFilter();
        filter.locales = new LocaleSwitcher();
        return filter;
    }

    /** A request to /cabinet/cards.xhtml?card=7 and its response, faked by proxies of the servlet interfaces. */
    private static final class Exchange {

        final String method;
        final boolean committed;
        int status = 200;
        boolean reset;
        final Map<String, String> headers = new HashMap<>();
        final StringWriter out = new StringWriter();

        Exchange(String method, boolean committed) {
            this.method = method;
            this.committed = committed;
        }

        void through(DatabaseOutageFilter filter, ServletException thrown) throws Exception {
            Map<String, Object> answers = Map.of("getMethod", method, "getRequestURI", "/cabinet/cards.xhtml",
                    "getQueryString", "card=7", "getContextPath", "");
            HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> answers.get(m.getName()));
            HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class}, (proxy, m, args) -> switch (m.getName()) {
                        case "setStatus" -> {
                            status = (Integer) args[0];
                            yield null;
                        }
                        case "setHeader" -> {
                            headers.put((String) args[0], (String) args[1]);
                            yield null;
                        }
                        case "resetBuffer" -> {
                            reset = true;
                            yield null;
                        }
                        case "isCommitted" -> committed;
                        case "getWriter" -> new PrintWriter(out, true);
                        default -> null;
                    });
            filter.doFilter(request, response, (req, res) -> {
                throw thrown;
            });
        }

        String body() {
            return out.toString();
        }
    }
}
