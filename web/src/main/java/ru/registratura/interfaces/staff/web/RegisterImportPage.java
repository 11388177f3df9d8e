package ru.registratura.interfaces.staff.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import ru.registratura.application.RegisterImportService;
import ru.registratura.application.RegisterImportService.ImportView;
import ru.registratura.application.StaffAccessDeniedException;
import ru.registratura.domain.attachment.RegisterRejection;
import ru.registratura.interfaces.shared.web.PageMessages;

/**
 * An import's progress and report ({@code staff/register-import.xhtml?id=}): while the job runs the page asks for
 * its state every second (p:poll) and shows it in a progress bar with the counts; then the rejected lines with
 * their reasons in a lazy table, paged and filtered by reason on the server (an import of a million lines may
 * reject thousands).
 */
@Named
@ViewScoped
public class RegisterImportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RegisterImportService imports;

    @Inject
    CurrentStaff current;

    private Long id;
    private ImportView view;
    private final Rejections rejections = new Rejections(this);

    /** The rejected lines, a page at a time. */
    static final class Rejections extends LazyDataModel<RegisterRejection> {

        private static final long serialVersionUID = 1L;
        private final RegisterImportPage page;

        Rejections(RegisterImportPage page) {
            this.page = page;
        }

        private static String reason(Map<String, FilterMeta> filterBy) {
            FilterMeta reason = filterBy == null ? null : filterBy.get("reason");
            Object value = reason == null ? null : reason.getFilterValue();
            return value == null || value.toString().isBlank() ? null : value.toString();
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            try {
                return (int) page.imports.countRejections(page.current.actor(), page.id, reason(filterBy));
            } catch (StaffAccessDeniedException e) {
                return 0;
            }
        }

        @Override
        public List<RegisterRejection> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                            Map<String, FilterMeta> filterBy) {
            try {
                return page.imports.rejections(page.current.actor(), page.id, reason(filterBy), first, pageSize);
            } catch (StaffAccessDeniedException e) {
                return List.of();
            }
        }

        @Override
        public String getRowKey(RegisterRejection rejection) {
            return String.valueOf(rejection.line());
        }

        @Override
        public RegisterRejection getRowData(String rowKey) {
            return null;
        }
    }

    public void load() {
        try {
            view = id == null ? null : imports.find(current.actor(), id).orElse(null);
        } catch (StaffAccessDeniedException e) {
            view = null;
        }
        if (view == null) {
            PageMessages.notFound();
        }
    }

    /** The poll: the job's state now; the poll stops once the job has ended. */
    public void refresh() {
        load();
        if (view != null && !view.running()) {
            PrimeFaces.current().executeScript("PF('importPoll').stop();");
        }
    }

    public ImportView getView() {
        return view;
    }

    public LazyDataModel<RegisterRejection> getRejections() {
        return rejections;
    }

    /** The reasons of this import's rejections, for the table's filter. */
    public List<String> getReasons() {
        return view == null || view.rejected() == 0 ? List.of() : imports.rejectionReasons(current.actor(), id);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
