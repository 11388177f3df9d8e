package ru.registratura.interfaces.staff.web;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;

import ru.registratura.application.AuditLogService;
import ru.registratura.application.AuditLogService.Page;
import ru.registratura.application.AuditLogService.Query;
import ru.registratura.application.StaffAccessDeniedException;
import ru.registratura.domain.audit.AuditAction;
import ru.registratura.domain.audit.AuditRecord;
import ru.registratura.domain.card.FieldError;
import ru.registratura.domain.card.InvalidCardException;
import ru.registratura.infrastructure.config.RegionSettings;
import ru.registratura.interfaces.shared.web.PageMessages;

/**
 * «Журнал аудита» ({@code staff/audit.xhtml}, admins): the trail filtered by user, person (policy or SNILS),
 * action and period, fifty events a page, and «Выгрузить CSV» of the whole selection. The filter travels in a
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
    private int page;
    private Page result;

    public void load() {
        if (result == null) {
            try {
                result = log.search(current.actor(), query(), 0);
            } catch (StaffAccessDeniedException e) {
                PageMessages.notFound();
            }
        }
    }

    private Query query() {
        return new Query(user, person, action == null || action.isEmpty() ? null : AuditAction.valueOf(action), from, until);
    }

    public void search() {
        page = 0;
        show();
    }

    public void next() {
        page++;
        show();
    }

    public void previous() {
        page = Math.max(0, page - 1);
        show();
    }

    private void show() {
        try {
            result = log.search(current.actor(), query(), page);
        } catch (InvalidCardException e) {
            errors(e);
        } catch (StaffAccessDeniedException e) {
            PageMessages.error(null, "staff.forbidden.admin");
        }
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

    public List<AuditRecord> getEvents() {
        return result == null ? List.of() : result.events();
    }

    public boolean isMore() {
        return result != null && result.more();
    }

    public int getPage() {
        return page;
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
