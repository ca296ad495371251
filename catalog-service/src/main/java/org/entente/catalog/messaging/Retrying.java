package org.entente.catalog.messaging;

import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Supplier;
import org.entente.catalog.config.CatalogConfig;
import org.entente.catalog.service.InvalidFactException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;

/**
 * Runs a unit of work until it succeeds, with a delay doubling between tries. A fact that breaks the contract is
 * never retried. While the database is unreachable (a connection failure or a server shutting down or starting)
 * the work is retried for as long as it takes, so an outage delays messages but dead-letters none; any other
 * failure is retried {@code maxRetries} times and then thrown.
 */
final class Retrying {

    private static final Logger LOG = Logger.getLogger(Retrying.class);

    private final int maxRetries;
    private final Duration firstDelay;
    private final Duration maxDelay;

    Retrying(int maxRetries, Duration firstDelay, Duration maxDelay) {
        this.maxRetries = maxRetries;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
    }

    static Retrying of(CatalogConfig.Consumer config) {
        return new Retrying(config.maxRetries(), config.retryDelay(), config.maxRetryDelay());
    }

    /** The work's result, once it succeeds; the last failure when it keeps failing. */
    <T> T run(String what, Supplier<T> work) {
        int failures = 0;
        Duration delay = firstDelay;
        while (true) {
            try {
                return work.get();
            } catch (InvalidFactException e) {
                throw e;
            } catch (RuntimeException e) {
                boolean outage = isDatabaseOutage(e);
                if (!outage && ++failures > maxRetries) {
                    throw e;
                }
                LOG.warnf("%s failed (%s); trying again in %d ms", what, outage ? "database unreachable" : e,
                        delay.toMillis());
                sleep(delay);
                delay = delay.multipliedBy(2).compareTo(maxDelay) > 0 ? maxDelay : delay.multipliedBy(2);
            }
        }
    }

    /**
     * Whether a failure means the database cannot be reached: SQL states of class {@code 08} (connection
     * exception) or {@code 57P} (the server shutting down, crashed, or not yet accepting connections).
     */
    static boolean isDatabaseOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JDBCConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to try again", e);
        }
    }
}
