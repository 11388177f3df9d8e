package ru.registratura.interfaces.staff.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import ru.registratura.application.FoundPatient;
import ru.registratura.application.PatientQuery;
import ru.registratura.application.RegistryService;
import ru.registratura.application.RegistryService.Source;
import ru.registratura.application.StaffAccessDeniedException;
import ru.registratura.domain.card.FieldError;
import ru.registratura.domain.card.InvalidCardException;
import ru.registratura.interfaces.shared.web.PageMessages;

/**
 * «Поиск пациента» of a registry operator: by policy number, SNILS, or surname and birth date, over the portal's cards
 * and the attachment register of the operator's institutions. A POST form, so that nothing searched for ends up in a
 * URL or an access log; the people found in a lazy table, a page read at a time (portal cards first, by name; the
 * name's order and the source filtered on the server).
 */
@Named
@ViewScoped
public class PatientSearchPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RegistryService registry;

    @Inject
    CurrentStaff current;

    private String policyNumber;
    private String snils;
    private String lastName;
    private LocalDate birthDate;
    /** The query whose people the table shows: taken when «Найти» was pressed and found valid; null before. */
    private PatientQuery shown;
    private long total;
    private final Found found = new Found(this);

    /** The people found, a page at a time. */
    static final class Found extends LazyDataModel<FoundPatient> {

        private static final long serialVersionUID = 1L;
        private final PatientSearchPage page;

        Found(PatientSearchPage page) {
            this.page = page;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            if (page.shown == null) {
                return 0;
            }
            try {
                return (int) page.registry.searchCount(page.current.actor(), page.shown, source(filterBy));
            } catch (InvalidCardException | StaffAccessDeniedException e) {
                return 0;
            }
        }

        @Override
        public List<FoundPatient> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                       Map<String, FilterMeta> filterBy) {
            if (page.shown == null) {
                return List.of();
            }
            SortMeta sort = sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next();
            boolean descending = sort != null && sort.getOrder() == SortOrder.DESCENDING;
            try {
                return page.registry.searchPage(page.current.actor(), page.shown, source(filterBy), descending, first,
                        pageSize);
            } catch (InvalidCardException | StaffAccessDeniedException e) {
                return List.of();
            }
        }

        private static Source source(Map<String, FilterMeta> filterBy) {
            FilterMeta meta = filterBy == null ? null : filterBy.get("source");
            Object value = meta == null ? null : meta.getFilterValue();
            return value == null || value.toString().isBlank() ? Source.ALL : Source.valueOf(value.toString());
        }

        @Override
        public String getRowKey(FoundPatient person) {
            return person.inPortal() ? "card-" + person.cardId() : "entry-" + person.registerEntryId();
        }

        @Override
        public FoundPatient getRowData(String rowKey) {
            return null;
        }
    }

    /**
     * «Найти»: the query checked, counted (audited once), then shown from the table's first page; a refused query
     * shows its problems and no results (not the previous search's).
     */
    public void search() {
        PatientQuery query = new PatientQuery(policyNumber, snils, lastName, birthDate);
        shown = null;
        total = 0;
        try {
            total = registry.searchCount(current.actor(), query);
            shown = query;
            DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent("resultsForm:found");
            if (table != null) {
                table.reset();
            }
        } catch (InvalidCardException e) {
            for (FieldError error : e.errors()) {
                String key = error.key().startsWith("search.") ? "staff." + error.key() : "card.error." + error.key();
                PageMessages.error(error.field() == null ? null : "searchForm:" + error.field(), key);
            }
        } catch (StaffAccessDeniedException e) {
            PageMessages.error(null, "staff.forbidden.registrar");
        }
    }

    /** Whether a search has been made (the results are shown). */
    public boolean isSearched() {
        return shown != null;
    }

    /** How many people the search found. */
    public long getTotal() {
        return total;
    }

    public LazyDataModel<FoundPatient> getFound() {
        return found;
    }

    public List<String> getSources() {
        return List.of(Source.PORTAL.name(), Source.REGISTER.name());
    }

    public String getPolicyNumber() {
        return policyNumber;
    }

    public void setPolicyNumber(String policyNumber) {
        this.policyNumber = policyNumber;
    }

    public String getSnils() {
        return snils;
    }

    public void setSnils(String snils) {
        this.snils = snils;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }
}
