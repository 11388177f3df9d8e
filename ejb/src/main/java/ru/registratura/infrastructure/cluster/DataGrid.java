package ru.registratura.infrastructure.cluster;

import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

import com.hazelcast.core.HazelcastInstance;

/** Payara's data grid (Hazelcast) of this server, when it has one running. */
public final class DataGrid {

    /** Its JNDI name (set-hazelcast-configuration --jndiname; this is Payara's default). */
    private static final String JNDI_NAME = "payara/Hazelcast";
    private static final Logger LOG = Logger.getLogger(DataGrid.class.getName());

    private DataGrid() {
    }

    /** The grid, or null: none configured, not running, or its classes not visible to the application. */
    public static HazelcastInstance instance() {
        try {
            Object grid = new InitialContext().lookup(JNDI_NAME);
            if (grid instanceof HazelcastInstance instance && instance.getLifecycleService().isRunning()) {
                return instance;
            }
        } catch (NamingException | LinkageError e) {
            LOG.log(Level.FINE, "No data grid", e);
        }
        return null;
    }
}
