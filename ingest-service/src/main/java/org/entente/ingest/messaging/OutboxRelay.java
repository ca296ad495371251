package org.entente.ingest.messaging;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.entente.ingest.config.IngestConfig;

/**
 * Relays the outbox to Kafka in the background: every {@code entente.ingest.outbox.interval} it sends rounds until the
 * outbox is empty; after a failed round it waits {@code entente.ingest.outbox.retry-delay} before trying again.
 * Nothing accepted is lost while Kafka is down: rows wait in the database.
 */
@ApplicationScoped
public class OutboxRelay {

    private final OutboxSender sender;
    private final IngestConfig.Outbox config;
    private volatile long pausedUntilNanos = System.nanoTime();

    public OutboxRelay(OutboxSender sender, IngestConfig config) {
        this.sender = sender;
        this.config = config.outbox();
    }

    @Scheduled(every = "${entente.ingest.outbox.interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relay() {
        if (System.nanoTime() - pausedUntilNanos < 0) {
            return;
        }
        OutboxSender.Round round;
        do {
            round = sender.sendRound();
        } while (round.unsent() == 0 && !round.locked() && round.sent() == config.batchSize());
        if (round.unsent() > 0) {
            pausedUntilNanos = System.nanoTime() + config.retryDelay().toNanos();
        }
    }
}
