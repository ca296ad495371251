package org.entente.analytics.repository;

import java.sql.SQLException;
import org.hibernate.exception.JDBCConnectionException;

/** Tells a database that cannot be reached from a statement it refused. */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    /**
     * Whether {@code failure} says the database cannot be reached: Hibernate's connection failure, or an SQL state
     * of class {@code 08} (connection exception) or {@code 57P} (the server shutting down, or not yet started).
     */
    public static boolean isCauseOf(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < 32; depth++, cause = cause.getCause()) {
            if (cause instanceof JDBCConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("57P")) {
                    return true;
                }
            }
        }
        return false;
    }
}
