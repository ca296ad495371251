package org.entente.analytics.messaging;

import java.time.Duration;
import java.util.function.Supplier;
import org.entente.analytics.config.AnalyticsConfig;
import org.entente.analytics.repository.DatabaseOutage;
import org.entente.analytics.service.change.InvalidChangeException;
import org.jboss.logging.Logger;

/**
 * Tries a unit of work again after it fails, waiting twice as long each time. An invalid change fails at once:
 * trying it again cannot help. A database that cannot be reached is waited for as long as it takes, so an outage
 * holds messages back without dead-lettering any; any other failure (a serialization conflict, a deadlock) is
 * tried again a bounded number of times, then thrown.
 */
final class Retries {

    private static final Logger LOG = Logger.getLogger(Retries.class);

    private final int maxRetries;
    private final Duration firstDelay;
    private final Duration maxDelay;

    Retries(int maxRetries, Duration firstDelay, Duration maxDelay) {
        this.maxRetries = maxRetries;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
    }

    /** The retries the consumer's settings ask for. */
    static Retries of(AnalyticsConfig.Consumer settings) {
        return new Retries(settings.maxRetries(), settings.retryDelay(), settings.maxRetryDelay());
    }

    /** The result of {@code work} once it succeeds; its last failure when it keeps failing. */
    <T> T call(String what, Supplier<T> work) {
        int retries = 0;
        Duration delay = firstDelay;
        while (true) {
            try {
                return work.get();
            } catch (InvalidChangeException e) {
                throw e;
            } catch (RuntimeException e) {
                boolean unreachable = DatabaseOutage.isCauseOf(e);
                if (!unreachable && retries == maxRetries) {
                    throw e;
                }
                if (!unreachable) {
                    retries++;
                }
                LOG.warnf("%s failed (%s); trying again in %d ms", what,
                        unreachable ? "the database cannot be reached" : e.toString(), delay.toMillis());
                pause(delay);
                Duration doubled = delay.multipliedBy(2);
                delay = doubled.compareTo(maxDelay) < 0 ? doubled : maxDelay;
            }
        }
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to try again", e);
        }
    }
}
