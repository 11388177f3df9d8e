package ru.registratura.interfaces.staff.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import ru.registratura.application.AuditLogService;
import ru.registratura.application.AuditLogService.Query;
import ru.registratura.application.StaffActor;
import ru.registratura.infrastructure.config.RegionSettings;
import ru.registratura.interfaces.shared.web.LocaleSwitcher;

/**
 * The audit log as CSV ({@code GET /staff/audit/export?key=}): the filter «Журнал аудита» kept in the session
 * under that key (once), streamed as UTF-8 with a byte order mark, «;»-separated: what spreadsheets open.
 * Admins only ({@link StaffAccessFilter} first, then the service); the export is audited by the service.
 */
@WebServlet("/staff/audit/export")
public class AuditExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String FILTERS = "registratura.auditExports";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

    @Inject
    AuditLogService log;

    @Inject
    RegionSettings region;

    @Inject
    LocaleSwitcher locale;

    /** Keeps the filter for one export; returns its key. */
    @SuppressWarnings("unchecked")
    static String keep(HttpSession session, Query query) {
        String key = UUID.randomUUID().toString();
        synchronized (session) {
            Map<String, Query> filters = (Map<String, Query>) session.getAttribute(FILTERS);
            if (filters == null || filters.size() > 20) {
                filters = new HashMap<>();
            }
            filters.put(key, query);
            session.setAttribute(FILTERS, filters);
        }
        return key;
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StaffActor actor = (StaffActor) request.getAttribute(StaffAccessFilter.ACTOR);
        HttpSession session = request.getSession(false);
        Query query = null;
        if (session != null) {
            synchronized (session) {
                Map<String, Query> filters = (Map<String, Query>) session.getAttribute(FILTERS);
                query = filters == null ? null : filters.remove(request.getParameter("key"));
            }
        }
        if (actor == null || !actor.admin() || query == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/csv");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit-" + region.today() + ".csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write('\uFEFF');
        out.write(line(ResourceBundle.getBundle("ru.registratura.interfaces.i18n.messages", locale.getLocale())
                .getString("audit.csv.header").split(";")));
        try {
            log.export(actor, query, event -> {
                try {
                    out.write(line(WHEN.format(event.occurredAt().atZone(region.zone())), event.action(), event.outcome(),
                            event.subject(), text(event.accountId()), text(event.staffUserId()), text(event.actingFor()),
                            text(event.objectId()), event.remoteAddress(), event.detail()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
    }

    private static String text(Long value) {
        return value == null ? "" : value.toString();
    }

    /** A CSV line: fields with «;», quotes or line breaks quoted; a leading =, +, - or @ defused for spreadsheets. */
    static String line(String... fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            String field = fields[i] == null ? "" : fields[i];
            if (!field.isEmpty() && "=+-@".indexOf(field.charAt(0)) >= 0 && !field.matches("-?\\d+")) {
                field = "'" + field;
            }
            if (field.contains(";") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
                field = '"' + field.replace("\"", "\"\"") + '"';
            }
            line.append(i == 0 ? "" : ";").append(field);
        }
        return line.append("\r\n").toString();
    }
}
