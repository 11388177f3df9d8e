package ru.registratura.domain.audit;

/** The audit trail: events are only ever added. */
public interface AuditRepository {

    void record(AuditEvent event);
}
