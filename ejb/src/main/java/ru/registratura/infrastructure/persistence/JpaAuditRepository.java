package ru.registratura.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ru.registratura.domain.audit.AuditEvent;
import ru.registratura.domain.audit.AuditRepository;

@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

    @PersistenceContext(unitName = "registratura")
    private EntityManager em;

    @Override
    public void record(AuditEvent event) {
        em.persist(event);
    }
}
