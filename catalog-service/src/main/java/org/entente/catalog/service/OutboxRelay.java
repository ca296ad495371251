package org.entente.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.entente.catalog.config.CatalogConfig;
import org.entente.catalog.model.OutboxMessage;
import org.entente.catalog.repository.OutboxRepository;
import org.jboss.logging.Logger;

/**
 * Relays outbox messages to Kafka. A round locks the due messages (skipping those another instance is
 * relaying), sends them all, and deletes those Kafka has acknowledged (or, with a retention configured, marks them
 * sent), with one statement for the round. A message Kafka refuses or does
 * not acknowledge in time stays unsent and is tried again after a backoff that doubles with every failure, so
 * nothing is lost while Kafka is down. A message acknowledged just before a crash may be sent again:
 * delivery is at least once, and consumers drop repeats by {@code changeId}.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final OutboxRepository outbox;
    private final OutboxSender sender;
    private final CatalogConfig.Outbox config;
    private final Clock clock;

    OutboxRelay(OutboxRepository outbox, OutboxSender sender, CatalogConfig config, Clock clock) {
        this.outbox = outbox;
        this.sender = sender;
        this.config = config.outbox();
        this.clock = clock;
    }

    /**
     * Sends one round of due messages.
     *
     * @return how many messages the round took up (sent or failed)
     */
    @Transactional
    public int relayDue() {
        Instant start = clock.instant();
        List<OutboxMessage> due = outbox.lockDue(start, config.batchSize());
        List<CompletableFuture<Void>> acks = due.stream().map(m -> sender.send(m).toCompletableFuture()).toList();
        long deadline = System.nanoTime() + config.sendTimeout().toNanos();
        List<Long> sent = new ArrayList<>(due.size());
        for (int i = 0; i < due.size(); i++) {
            if (awaitAck(due.get(i), acks.get(i), deadline)) {
                sent.add(due.get(i).id);
            }
        }
        if (config.retention().isZero()) {
            outbox.deleteAll(sent);
        } else {
            outbox.markSent(sent, clock.instant());
        }
        return due.size();
    }

    /** Whether Kafka acknowledged the message; when it did not, records the failure. */
    private boolean awaitAck(OutboxMessage message, CompletableFuture<Void> ack, long deadline) {
        try {
            ack.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return true;
        } catch (ExecutionException e) {
            failed(message, String.valueOf(e.getCause().getMessage()));
        } catch (TimeoutException e) {
            failed(message, "not acknowledged within " + config.sendTimeout());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed(message, "interrupted while waiting for the acknowledgement");
        }
        return false;
    }

    private void failed(OutboxMessage message, String reason) {
        int attempts = message.attempts + 1;
        outbox.markFailed(message.id, attempts, reason, clock.instant().plus(backoff(attempts)));
        LOG.warnf("outbox message %d (%s) not sent, attempt %d: %s", message.id, message.ceSubject, attempts,
                reason);
    }

    /** The wait after the given number of failures: the base backoff doubled per failure, up to the maximum. */
    Duration backoff(int failures) {
        Duration wait = config.retryBackoff().multipliedBy(1L << Math.min(failures - 1, 20));
        return wait.compareTo(config.maxRetryBackoff()) > 0 ? config.maxRetryBackoff() : wait;
    }
}
