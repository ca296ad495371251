package org.entente.catalog.service;

import java.util.concurrent.CompletionStage;
import org.entente.catalog.model.OutboxMessage;

/** Sends an outbox message to the broker. */
public interface OutboxSender {

    /**
     * Hands the message to the broker.
     *
     * @return completes when the broker has acknowledged the message, or exceptionally when it will not
     */
    CompletionStage<Void> send(OutboxMessage message);
}
