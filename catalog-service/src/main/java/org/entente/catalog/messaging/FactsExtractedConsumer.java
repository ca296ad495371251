package org.entente.catalog.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.entente.catalog.config.CatalogConfig;
import org.entente.catalog.service.FactIngestion;
import org.entente.catalog.service.FactValidator;
import org.entente.catalog.service.InvalidFactException;
import org.entente.catalog.service.ReceivedFact;
import org.entente.contract.ExtractedFact;
import org.jboss.logging.Logger;

/**
 * Consumes {@code facts.extracted} a poll at a time (the channel is in batch mode) and applies each batch in one
 * transaction ({@link FactIngestion#ingestAll}), which gives the same catalog as applying its messages one by one.
 *
 * <p>A message that cannot be applied (not JSON, or a fact that breaks the contract) is nacked on its own: the
 * channel's {@code dead-letter-queue} failure strategy moves it to {@code facts.extracted.dlq} with the reason in its
 * headers, and the rest of its batch is applied. When a batch fails otherwise, it is tried again
 * ({@link Retrying}); when it still fails, its messages are applied one by one, each with the same retries, so
 * that only a message that fails alone is dead-lettered. While the database is unreachable, a batch waits for it.
 * The batch is acknowledged (its offsets committed) only once every message is applied or dead-lettered.
 */
@ApplicationScoped
public class FactsExtractedConsumer {

    private static final Logger LOG = Logger.getLogger(FactsExtractedConsumer.class);

    private final JsonMessages json;
    private final FactIngestion ingestion;
    private final Retrying retrying;

    FactsExtractedConsumer(JsonMessages json, FactIngestion ingestion, CatalogConfig config) {
        this.json = json;
        this.ingestion = ingestion;
        this.retrying = Retrying.of(config.consumer());
    }

    /** Applies one poll's records. */
    @Incoming("facts-extracted")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        List<Delivery> readable = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        for (KafkaRecord<String, String> record : batch.getRecords()) {
            try {
                ExtractedFact fact = json.read(record.getPayload(), ExtractedFact.class);
                FactValidator.validate(fact);
                String messageId = CloudEventHeaders.text(record.getHeaders(), CloudEventHeaders.ID);
                readable.add(new Delivery(record, new ReceivedFact(fact, messageId)));
            } catch (InvalidFactException e) {
                rejected.add(new Rejection(record, e));
            }
        }
        if (!readable.isEmpty()) {
            rejected.addAll(apply(readable));
        }
        // Dead-lettering acknowledges a record, which may commit its offset: only once the rest is applied. The
        // batch's offsets are committed once the dead-letter topic has every message that failed.
        CompletableFuture.allOf(rejected.stream()
                .map(r -> r.record().nack(r.reason()).toCompletableFuture())
                .toArray(CompletableFuture[]::new)).join();
        return batch.ack();
    }

    /** Applies the readable messages of a batch; returns those that failed alone. */
    private List<Rejection> apply(List<Delivery> deliveries) {
        List<ReceivedFact> facts = deliveries.stream().map(Delivery::fact).toList();
        try {
            int added = retrying.run("applying a batch of " + facts.size() + " facts",
                    () -> ingestion.ingestAll(facts));
            LOG.debugf("applied a batch of %d messages: %d new facts", facts.size(), added);
            return List.of();
        } catch (RuntimeException e) {
            LOG.warnf("a batch of %d facts failed (%s); applying them one by one", facts.size(), e);
        }
        List<Rejection> failed = new ArrayList<>();
        for (Delivery delivery : deliveries) {
            try {
                retrying.run("applying fact " + delivery.fact().fact().factId() + " of article "
                        + delivery.fact().fact().article().id(), () -> ingestion.ingestAll(List.of(delivery.fact())));
            } catch (RuntimeException e) {
                failed.add(new Rejection(delivery.record(), e));
            }
        }
        return failed;
    }

    /** A record to dead-letter, and why. */
    private record Rejection(KafkaRecord<String, String> record, Throwable reason) {
    }

    /** A readable message and its record, to dead-letter it should it fail. */
    private record Delivery(KafkaRecord<String, String> record, ReceivedFact fact) {
    }
}
