package ru.registratura.interfaces.staff.web;

import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import ru.registratura.application.StaffAccessDeniedException;
import ru.registratura.application.WaitlistService;
import ru.registratura.infrastructure.config.RegionSettings;
import ru.registratura.interfaces.shared.web.PageMessages;

/**
 * «Лист ожидания» of the registry ({@code staff/waitlist.xhtml}): the open requests for an earlier time with the
 * doctors of the operator's institutions, in queue order, a page at a time; a held time says when and until when.
 */
@Named
@ViewScoped
public class WaitlistStaffPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    @Inject
    WaitlistService waitlist;

    @Inject
    CurrentStaff current;

    @Inject
    RegionSettings region;

    private boolean allowed = true;
    private final Rows rows = new Rows(this);

    /** The queue read a page at a time: a count and the page. */
    static final class Rows extends LazyDataModel<WaitlistService.Waiting> {

        private static final long serialVersionUID = 1L;
        private final WaitlistStaffPage page;

        Rows(WaitlistStaffPage page) {
            this.page = page;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            try {
                return (int) page.waitlist.countWaitingAt(page.current.actor());
            } catch (StaffAccessDeniedException e) {
                return 0;
            }
        }

        @Override
        public List<WaitlistService.Waiting> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                                  Map<String, FilterMeta> filterBy) {
            try {
                return page.waitlist.waitingAt(page.current.actor(), first, pageSize);
            } catch (StaffAccessDeniedException e) {
                return List.of();
            }
        }

        @Override
        public String getRowKey(WaitlistService.Waiting row) {
            return String.valueOf(row.id());
        }

        @Override
        public WaitlistService.Waiting getRowData(String rowKey) {
            return null;
        }
    }

    public void load() {
        try {
            waitlist.countWaitingAt(current.actor());
        } catch (StaffAccessDeniedException e) {
            allowed = false;
            PageMessages.error(null, "staff.forbidden.registrar");
        }
    }

    /** «Отложено: 03.12.2026 10:00, до 03.12.2026 09:15». */
    public String offered(WaitlistService.Waiting row) {
        return PageMessages.text("staff.waitlist.offered", dateTime(row.offeredAt()), dateTime(row.offerUntil()));
    }

    private String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(region.zone()));
    }

    public boolean isAllowed() {
        return allowed;
    }

    public LazyDataModel<WaitlistService.Waiting> getRows() {
        return rows;
    }
}
