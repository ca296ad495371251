package org.entente.analytics.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.entente.analytics.service.change.ChangeApplier;
import org.entente.analytics.service.change.InvalidChangeException;

/**
 * Keeps the read model up to date with {@code catalog.facts}: one transaction per record. A record that is not a
 * valid change fails, and the channel's failure strategy sends it to {@code catalog.facts.dlq}.
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
    @Incoming(CHANNEL)
    @Blocking
    @Transactional
    public void consume(String record) {
        applier.apply(reader.read(record));
    }
}
