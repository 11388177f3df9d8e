package ru.registratura.interfaces.shared.web;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Whether a failure is the database being away (restarting, failing over to its replica, out of connections)
 * rather than a fault of the request or of the code: somewhere in its causes, a connection-class SQL state
 * ({@code 08…}), PostgreSQL shutting down or starting up ({@code 57P01}–{@code 57P03}), too many connections
 * ({@code 53300}), or the connection pool unable to allocate one. The caller is then told to come back in a few
 * seconds (503 with {@code Retry-After}); nothing was done.
 */
public final class DatabaseOutage {

    /** Seconds a caller is asked to wait: the pool reconnects and validates within that. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private static final Set<String> POOL_FAILURES = Set.of("jakarta.resource.spi.ResourceAllocationException",
            "com.sun.appserv.connectors.internal.api.PoolingException",
            "jakarta.resource.spi.RetryableUnavailableException");

    private DatabaseOutage() {
    }

    public static boolean causes(Throwable thrown) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable e = thrown; e != null && seen.add(e); e = e.getCause()) {
            if (POOL_FAILURES.contains(e.getClass().getName())) {
                return true;
            }
            if (e instanceof SQLException sql) {
                for (SQLException next = sql; next != null && (next == sql || seen.add(next)); next = next.getNextException()) {
                    if (isOutage(next.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean isOutage(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03") || state.equals("53300"));
    }
}
