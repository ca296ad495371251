package org.entente.analytics.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.entente.analytics.config.AnalyticsConfig;
import org.entente.analytics.service.change.ChangeApplier;
import org.entente.analytics.service.change.InvalidChangeException;
import org.entente.contract.CatalogChange;
import org.jboss.logging.Logger;

/**
 * Keeps the read model up to date with {@code catalog.facts}, a poll at a time (the channel is in batch mode):
 * the valid changes of a poll are applied in one transaction ({@link ChangeApplier#applyAll}), which gives the
 * same read model as applying them one by one.
 *
 * <p>A record that is not a valid change goes to {@code catalog.facts.dlq} (the channel's failure strategy) on its
 * own. When applying the batch fails, it is tried again ({@link Retries}: a database outage is waited out); when it
 * still fails, its changes are applied one by one, each with the same retries, so that only a change that fails
 * alone is dead-lettered. Dead-lettering happens after the rest of the batch is applied, and the batch's offsets are
 * committed only once the dead-letter topic has them.
 */
@ApplicationScoped
public class CatalogChangeConsumer {

    /** The channel name in {@code mp.messaging.incoming.*}. */
    public static final String CHANNEL = "catalog-facts";

    private static final Logger LOG = Logger.getLogger(CatalogChangeConsumer.class);

    private final CatalogChangeReader reader;
    private final ChangeApplier applier;
    private final Retries retries;

    public CatalogChangeConsumer(CatalogChangeReader reader, ChangeApplier applier, AnalyticsConfig config) {
        this.reader = reader;
        this.applier = applier;
        this.retries = Retries.of(config.consumer());
    }

    /** Applies one poll's records; the returned stage completes once their offsets may be committed. */
    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        List<Received> valid = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        for (KafkaRecord<String, String> record : batch.getRecords()) {
            try {
                valid.add(new Received(record, reader.read(record.getPayload())));
            } catch (InvalidChangeException e) {
                rejected.add(new Rejected(record, e));
            }
        }
        if (!valid.isEmpty()) {
            rejected.addAll(applyValid(valid));
        }
        CompletableFuture.allOf(rejected.stream()
                .map(r -> r.record().nack(r.reason()).toCompletableFuture())
                .toArray(CompletableFuture[]::new)).join();
        return batch.ack();
    }

    /** Applies the valid changes, together if possible; returns those that fail alone. */
    private List<Rejected> applyValid(List<Received> valid) {
        List<CatalogChange> changes = valid.stream().map(Received::change).toList();
        try {
            retries.call("applying a batch of " + changes.size() + " changes", () -> applyInOneTransaction(changes));
            return List.of();
        } catch (RuntimeException e) {
            LOG.warnf("a batch of %d changes failed (%s); applying them one by one", changes.size(), e);
        }
        List<Rejected> failed = new ArrayList<>();
        for (Received received : valid) {
            try {
                retries.call("applying change " + received.change().changeId(),
                        () -> applyInOneTransaction(List.of(received.change())));
            } catch (RuntimeException e) {
                failed.add(new Rejected(received.record(), e));
            }
        }
        return failed;
    }

    private Object applyInOneTransaction(List<CatalogChange> changes) {
        return QuarkusTransaction.requiringNew().call(() -> applier.applyAll(changes));
    }

    /** A record and the valid change it holds. */
    private record Received(KafkaRecord<String, String> record, CatalogChange change) {
    }

    /** A record to dead-letter, and why. */
    private record Rejected(KafkaRecord<String, String> record, Throwable reason) {
    }
}
