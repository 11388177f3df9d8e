package ru.registratura.domain.audit;

import java.util.List;

/** The audit trail: events are only ever added. */
public interface AuditRepository {

    void record(AuditEvent event);

    /** The events that pass the filter, latest first, from {@code offset}, at most {@code limit}. */
    default List<AuditRecord> find(AuditFilter filter, int offset, int limit) {
        return find(filter, AuditFilter.Order.LATEST_FIRST, offset, limit);
    }

    /** The events that pass the filter in this order, from {@code offset}, at most {@code limit}. */
    List<AuditRecord> find(AuditFilter filter, AuditFilter.Order order, int offset, int limit);

    /**
     * How many events pass the filter, counting no further than {@code cap}: a count of millions would read
     * millions of rows for a number nobody pages through.
     */
    long countUpTo(AuditFilter filter, long cap);

    /**
     * The events that pass the filter and come after {@code after} in the same order (older, or as old with a
     * smaller id), at most {@code limit}: paging through a large selection without counting off what was read.
     */
    List<AuditRecord> findAfter(AuditFilter filter, AuditRecord after, int limit);

    /**
     * The accounts (whose holder has this policy or SNILS), cards, register entries and appointments of a person;
     * exactly one of {@code policyNumber} and {@code snils} is given.
     */
    AuditFilter.Person person(String policySeries, String policyNumber, String snils);
}
