package ru.registratura.infrastructure.persistence;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Asks the persistence unit the pages use for one row, for the readiness check: a database that answers JDBC
 * is not enough when the unit itself cannot serve (its EntityManagerFactory closed by a broken redeploy).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PersistenceUnitProbe {

    @PersistenceContext(unitName = "registratura")
    private EntityManager em;

    /** Throws when the persistence unit cannot run a query. */
    public void query() {
        em.createNativeQuery("select 1").getSingleResult();
    }
}
