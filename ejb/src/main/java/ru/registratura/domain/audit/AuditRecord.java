package ru.registratura.domain.audit;

import java.io.Serializable;
import java.time.Instant;

/** One audit event as the audit log lists it. */
public record AuditRecord(long id, Instant occurredAt, String action, String outcome, String subject, Long accountId,
                          Long staffUserId, Long actingFor, Long objectId, String remoteAddress, String detail)
        implements Serializable {
}
