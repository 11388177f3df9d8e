package ru.registratura.interfaces.staff.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import ru.registratura.application.StaffAccessDeniedException;
import ru.registratura.domain.directory.DirectoryFilter;

/**
 * A directory list in a lazy {@code p:dataTable}: the table's search box ({@code globalFilter}) and its sort become a
 * {@link DirectoryFilter}, and each page is read on the server, a count and the page.
 */
final class DirectoryRows<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Where the rows come from: the service's count and page of the filter. */
    interface Source<T> extends Serializable {

        long count(DirectoryFilter filter);

        List<T> page(DirectoryFilter filter, int first, int max);
    }

    /** A row's key (its id). */
    interface Key<T> extends Serializable {

        Object of(T row);
    }

    private final Source<T> source;
    private final Key<T> key;

    DirectoryRows(Source<T> source, Key<T> key) {
        this.source = source;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        try {
            return (int) source.count(filter(filterBy, null));
        } catch (StaffAccessDeniedException e) {
            return 0;
        }
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        try {
            return source.page(filter(filterBy, sortBy), first, pageSize);
        } catch (StaffAccessDeniedException e) {
            return List.of();
        }
    }

    static DirectoryFilter filter(Map<String, FilterMeta> filterBy, Map<String, SortMeta> sortBy) {
        String text = value(filterBy, FilterMeta.GLOBAL_FILTER_KEY);
        SortMeta sort = sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next();
        boolean sorted = sort != null && sort.getOrder() != SortOrder.UNSORTED;
        return new DirectoryFilter(text, sorted ? sort.getField() : null, sorted && sort.getOrder() == SortOrder.DESCENDING);
    }

    private static String value(Map<String, FilterMeta> filterBy, String field) {
        FilterMeta meta = filterBy == null ? null : filterBy.get(field);
        Object value = meta == null ? null : meta.getFilterValue();
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.of(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return null;
    }
}
