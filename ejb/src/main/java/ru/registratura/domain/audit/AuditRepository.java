package ru.registratura.domain.audit;

/** The audit trail: events are only ever added. */
public interface AuditRepository {

    void record(AuditEvent event);

    /** The events that pass the filter, latest first, from {@code offset}, at most {@code limit}. */
    java.util.List<AuditRecord> find(AuditFilter filter, int offset, int limit);

    /**
     * The accounts (whose holder has this policy or SNILS), cards, register entries and appointments of a person;
     * exactly one of {@code policyNumber} and {@code snils} is given.
     */
    AuditFilter.Person person(String policySeries, String policyNumber, String snils);
}
