package ru.registratura.interfaces.shared.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void aRefusedConnectionDeepInTheCausesIsAnOutage() {
        SQLException refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001");
        Throwable wrapped = new EJBException(new PersistenceException(new RuntimeException("Exception [EclipseLink-4002]",
                new SQLException("Error in allocating a connection", null, refused))));
        assertTrue(DatabaseOutage.causes(wrapped));
    }

    @Test
    void aServerShuttingDownAndAChainedStateAreOutages() {
        assertTrue(DatabaseOutage.causes(new SQLException("terminating connection due to administrator command", "57P01")));
        SQLException batch = new SQLException("Batch entry 0 failed", "XX000");
        batch.setNextException(new SQLException("This connection has been closed.", "08003"));
        assertTrue(DatabaseOutage.causes(new PersistenceException(batch)));
    }

    @Test
    void aBrokenConstraintOrABugIsNotAnOutage() {
        assertFalse(DatabaseOutage.causes(new PersistenceException(new SQLException("duplicate key", "23505"))));
        assertFalse(DatabaseOutage.causes(new IllegalStateException("a bug")));
        assertFalse(DatabaseOutage.causes(null));
    }

    @Test
    void aCauseCycleEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertFalse(DatabaseOutage.causes(a));
    }
}
