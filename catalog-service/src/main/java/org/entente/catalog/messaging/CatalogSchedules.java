package org.entente.catalog.messaging;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.entente.catalog.config.CatalogConfig;
import org.entente.catalog.service.Housekeeping;
import org.entente.catalog.service.OutboxRelay;

/**
 * Runs the outbox relay every {@code entente.catalog.outbox.poll-interval} (one second or more) and the
 * housekeeping every {@code entente.catalog.housekeeping-interval}; neither starts while the application stops.
 */
@ApplicationScoped
public class CatalogSchedules {

    private final OutboxRelay relay;
    private final Housekeeping housekeeping;
    private final int batchSize;

    CatalogSchedules(OutboxRelay relay, Housekeeping housekeeping, CatalogConfig config) {
        this.relay = relay;
        this.housekeeping = housekeeping;
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

    /** Purges what is past its retention. */
    @Scheduled(identity = "housekeeping", every = "${entente.catalog.housekeeping-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void housekeeping() {
        housekeeping.purge();
    }
}
