package ru.registratura.interfaces.staff.web;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;

import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import ru.registratura.application.AuditLogService;
import ru.registratura.application.AuditLogService.Query;
import ru.registratura.application.StaffAccessDeniedException;
import ru.registratura.domain.audit.AuditAction;
import ru.registratura.domain.audit.AuditFilter;
import ru.registratura.domain.audit.AuditOutcome;
import ru.registratura.domain.audit.AuditRecord;
import ru.registratura.domain.card.FieldError;
import ru.registratura.domain.card.InvalidCardException;
import ru.registratura.infrastructure.config.RegionSettings;
import ru.registratura.interfaces.shared.web.PageMessages;

/**
 * «Журнал аудита» ({@code staff/audit.xhtml}, admins): the trail filtered by user, person (policy or SNILS),
 * action and period, in a lazy table paged, sorted (time, action, user) and filtered by outcome on the server
 * (ten million events stay usable: bench/RESULTS.md), and «Выгрузить CSV» of the whole selection. The filter travels in a
 * POST form, never in the address: a policy or SNILS in a URL would end up in logs and browser histories.
 */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

    @Inject
    AuditLogService log;

    @Inject
    CurrentStaff current;

    @Inject
    RegionSettings region;

    private String user;
    private String person;
    private String action;
    private LocalDate from;
    private LocalDate until;
    /** The filter of the table: the form's, taken when «Найти» was pressed and found valid. */
    private Query shown = new Query(null, null, null, null, null);
    private final Events events = new Events(this);

    /**
     * The table's rows, read page by page as the operator pages, sorts and filters by outcome: two reads per page
     * (a capped count and the page), never the whole selection.
     */
    static final class Events extends LazyDataModel<AuditRecord> {

        private static final long serialVersionUID = 1L;
        private final AuditPage page;
        private boolean capped;

        Events(AuditPage page) {
            this.page = page;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            long counted;
            try {
                counted = page.log.count(page.current.actor(), page.shown(filterBy));
            } catch (InvalidCardException | StaffAccessDeniedException e) {
                counted = 0;
            }
            capped = counted > AuditLogService.COUNT_CAP;
            return (int) Math.min(counted, AuditLogService.COUNT_CAP);
        }

        @Override
        public List<AuditRecord> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                      Map<String, FilterMeta> filterBy) {
            try {
                return page.log.page(page.current.actor(), page.shown(filterBy), order(sortBy), first, pageSize);
            } catch (InvalidCardException | StaffAccessDeniedException e) {
                return List.of();
            }
        }

        /** The table's sort as an order of the log (the columns that may be sorted each have an index). */
        private static AuditFilter.Order order(Map<String, SortMeta> sortBy) {
            SortMeta sort = sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next();
            if (sort == null || sort.getOrder() == SortOrder.UNSORTED) {
                return AuditFilter.Order.LATEST_FIRST;
            }
            boolean ascending = sort.getOrder() == SortOrder.ASCENDING;
            return switch (sort.getField()) {
                case "action" -> ascending ? AuditFilter.Order.ACTION : AuditFilter.Order.ACTION_DESCENDING;
                case "subject" -> ascending ? AuditFilter.Order.USER : AuditFilter.Order.USER_DESCENDING;
                default -> ascending ? AuditFilter.Order.OLDEST_FIRST : AuditFilter.Order.LATEST_FIRST;
            };
        }

        @Override
        public String getRowKey(AuditRecord event) {
            return String.valueOf(event.id());
        }

        @Override
        public AuditRecord getRowData(String rowKey) {
            return null;
        }

        boolean capped() {
            return capped;
        }
    }

    public void load() {
        try {
            log.count(current.actor(), shown);
        } catch (StaffAccessDeniedException e) {
            PageMessages.notFound();
        }
    }

    private Query query() {
        return new Query(user, person, action == null || action.isEmpty() ? null : AuditAction.valueOf(action), from, until);
    }

    /** The filter shown with the table's outcome filter. */
    private Query shown(Map<String, FilterMeta> filterBy) {
        FilterMeta outcome = filterBy == null ? null : filterBy.get("outcome");
        Object value = outcome == null ? null : outcome.getFilterValue();
        AuditOutcome chosen = value == null || value.toString().isBlank() ? null : AuditOutcome.valueOf(value.toString());
        return new Query(shown.user(), shown.person(), shown.action(), shown.from(), shown.until(), chosen);
    }

    /** «Найти»: the form's filter checked, then shown from the table's first page. */
    public void search() {
        Query query = query();
        try {
            log.count(current.actor(), query);
            shown = query;
            DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent("eventsForm:events");
            if (table != null) {
                table.setFirst(0);
            }
        } catch (InvalidCardException e) {
            errors(e);
        } catch (StaffAccessDeniedException e) {
            PageMessages.error(null, "staff.forbidden.admin");
        }
    }

    public LazyDataModel<AuditRecord> getEvents() {
        return events;
    }

    /** «1–50 из 734», or «из более чем 10 000» for a selection larger than the count goes. */
    public String getPageReport() {
        return PageMessages.text(events.capped() ? "audit.pages.capped" : "audit.pages", AuditLogService.COUNT_CAP);
    }

    public List<String> getOutcomes() {
        return Arrays.stream(AuditOutcome.values()).map(Enum::name).sorted().toList();
    }

    /**
     * «Выгрузить CSV»: the filter is checked, kept in the session under a random key and the browser sent to
     * {@link AuditExportServlet}, which streams the file: the address carries the key, never the filter.
     */
    public String exportCsv() {
        Query query = query();
        try {
            log.search(current.actor(), query, 0);
        } catch (InvalidCardException e) {
            errors(e);
            return null;
        } catch (StaffAccessDeniedException e) {
            PageMessages.error(null, "staff.forbidden.admin");
            return null;
        }
        String key = AuditExportServlet.keep(
                (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(true),
                query);
        try {
            FacesContext faces = FacesContext.getCurrentInstance();
            ExternalContext external = faces.getExternalContext();
            external.redirect(external.getRequestContextPath() + "/staff/audit/export?key=" + key);
            faces.responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return null;
    }

    private void errors(InvalidCardException e) {
        for (FieldError error : e.errors()) {
            PageMessages.error("auditForm:" + error.field(), error.key());
        }
    }

    private String when(Instant instant) {
        return WHEN.format(instant.atZone(region.zone()));
    }

    public String local(Instant instant) {
        return when(instant);
    }

    public List<String> getActions() {
        return Arrays.stream(AuditAction.values()).map(Enum::name).sorted().toList();
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }
}
