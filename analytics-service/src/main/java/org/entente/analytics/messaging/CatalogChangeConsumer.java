package org.entente.analytics.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.entente.analytics.service.change.ChangeApplier;
import org.entente.analytics.service.change.InvalidChangeException;
import org.entente.contract.CatalogChange;

/**
 * Keeps the read model up to date with {@code catalog.facts}: one transaction per record. A failure that may pass
 * (a lost connection, a serialization conflict with a rebuild) is retried three times, each in a new transaction;
 * a record that is not a valid change is not retried. What still fails goes, through the channel's failure
 * strategy, to {@code catalog.facts.dlq}.
 */
@ApplicationScoped
public class CatalogChangeConsumer {

    /** The channel name in {@code mp.messaging.incoming.*}. */
    public static final String CHANNEL = "catalog-facts";

    private final CatalogChangeReader reader;
    private final ChangeApplier applier;

    public CatalogChangeConsumer(CatalogChangeReader reader, ChangeApplier applier) {
        this.reader = reader;
        this.applier = applier;
    }

    /** @throws InvalidChangeException when the record is not a valid change */
    @Retry(maxRetries = 3, delay = 1, delayUnit = ChronoUnit.SECONDS, abortOn = InvalidChangeException.class)
    @Incoming(CHANNEL)
    @Blocking
    public void consume(String record) {
        CatalogChange change = reader.read(record);
        QuarkusTransaction.requiringNew().run(() -> applier.apply(change));
    }
}
