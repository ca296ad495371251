package org.entente.catalog.messaging;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.entente.catalog.config.CatalogConfig;
import org.entente.catalog.service.OutboxRelay;

/**
 * Runs the outbox relay every {@code entente.catalog.outbox.poll-interval} (one second or more) and the purge of
 * sent messages every {@code entente.catalog.outbox.purge-interval}; neither starts while the application stops.
 */
@ApplicationScoped
public class OutboxRelayScheduler {

    private final OutboxRelay relay;
    private final int batchSize;

    OutboxRelayScheduler(OutboxRelay relay, CatalogConfig config) {
        this.relay = relay;
        this.batchSize = config.outbox().batchSize();
    }

    /** Relays rounds until a round finds less than a full batch due. */
    @Scheduled(identity = "outbox-relay", every = "${entente.catalog.outbox.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void relay() {
        int taken;
        do {
            taken = relay.relayDue();
        } while (taken == batchSize);
    }

    /** Purges sent messages past their retention. */
    @Scheduled(identity = "outbox-purge", every = "${entente.catalog.outbox.purge-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void purge() {
        relay.purgeSent();
    }
}
