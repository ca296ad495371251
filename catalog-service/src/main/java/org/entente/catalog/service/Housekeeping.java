package org.entente.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.entente.catalog.config.CatalogConfig;
import org.entente.catalog.repository.OutboxRepository;
import org.entente.catalog.repository.ProcessedMessageRepository;
import org.jboss.logging.Logger;

/**
 * Purges what the catalog no longer needs: outbox messages sent longer ago than their retention, and the ids of
 * messages applied longer ago than Kafka would redeliver them (a fact redelivered later still changes nothing: its
 * article and fact id are stored).
 */
@ApplicationScoped
public class Housekeeping {

    private static final Logger LOG = Logger.getLogger(Housekeeping.class);

    private final OutboxRepository outbox;
    private final ProcessedMessageRepository processed;
    private final CatalogConfig config;
    private final Clock clock;

    Housekeeping(OutboxRepository outbox, ProcessedMessageRepository processed, CatalogConfig config, Clock clock) {
        this.outbox = outbox;
        this.processed = processed;
        this.config = config;
        this.clock = clock;
    }

    /** Purges sent outbox messages and processed-message ids past their retention. */
    @Transactional
    public void purge() {
        Instant now = clock.instant();
        long sent = outbox.purgeSentBefore(now.minus(config.outbox().retention()));
        int ids = processed.forgetBefore(now.minus(config.processedMessageRetention()));
        LOG.debugf("housekeeping purged %d sent outbox messages and %d processed-message ids", sent, ids);
    }
}
