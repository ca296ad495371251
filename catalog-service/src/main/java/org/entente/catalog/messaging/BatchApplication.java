package org.entente.catalog.messaging;

import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Function;
import org.entente.catalog.service.InvalidFactException;
import org.jboss.logging.Logger;

/**
 * Applies a poll's records (a channel in batch mode) in one transaction, and dead-letters alone the records that
 * cannot be applied.
 *
 * <p>A record that cannot be read (not JSON, or breaking the contract) is nacked on its own: the channel's
 * {@code dead-letter-queue} failure strategy moves it to the dead-letter topic with the reason in its headers. The
 * others are applied together; when that fails, it is tried again ({@link Retrying}), and when it still fails they
 * are applied one by one, each with the same retries, so that only a record that fails alone is dead-lettered.
 * While the database is unreachable, the batch waits for it. Records are dead-lettered only after the rest of the
 * batch is applied, and the batch is acknowledged (its offsets committed) only once the dead-letter topic has them.
 *
 * @param <T> what a record is read into
 */
final class BatchApplication<T> {

    private static final Logger LOG = Logger.getLogger(BatchApplication.class);

    private final String what;
    private final Retrying retrying;
    private final Function<KafkaRecord<String, String>, T> reader;
    private final Consumer<List<T>> applier;

    /**
     * @param what    what the records hold, for the log ("facts")
     * @param reader  reads a record; throws {@link InvalidFactException} when it cannot
     * @param applier applies records in one transaction, as if one by one
     */
    BatchApplication(String what, Retrying retrying, Function<KafkaRecord<String, String>, T> reader,
                     Consumer<List<T>> applier) {
        this.what = what;
        this.retrying = retrying;
        this.reader = reader;
        this.applier = applier;
    }

    /** Applies the batch; the returned stage completes once its offsets may be committed. */
    CompletionStage<Void> apply(KafkaRecordBatch<String, String> batch) {
        List<Delivery<T>> readable = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        for (KafkaRecord<String, String> record : batch.getRecords()) {
            try {
                readable.add(new Delivery<>(record, reader.apply(record)));
            } catch (InvalidFactException e) {
                rejected.add(new Rejection(record, e));
            }
        }
        if (!readable.isEmpty()) {
            rejected.addAll(applyReadable(readable));
        }
        // dead-lettering acknowledges a record, which may commit its offset: only once the rest is applied
        CompletableFuture.allOf(rejected.stream()
                .map(r -> r.record().nack(r.reason()).toCompletableFuture())
                .toArray(CompletableFuture[]::new)).join();
        return batch.ack();
    }

    /** Applies the readable records; returns those that failed alone. */
    private List<Rejection> applyReadable(List<Delivery<T>> deliveries) {
        List<T> values = deliveries.stream().map(Delivery::value).toList();
        try {
            retrying.run("applying a batch of " + values.size() + " " + what, () -> {
                applier.accept(values);
                return null;
            });
            return List.of();
        } catch (RuntimeException e) {
            LOG.warnf("a batch of %d %s failed (%s); applying them one by one", values.size(), what, e);
        }
        List<Rejection> failed = new ArrayList<>();
        for (Delivery<T> delivery : deliveries) {
            KafkaRecord<String, String> record = delivery.record();
            try {
                retrying.run("applying the record at partition " + record.getPartition() + ", offset " + offset(record)
                        + " of " + record.getTopic(), () -> {
                    applier.accept(List.of(delivery.value()));
                    return null;
                });
            } catch (RuntimeException e) {
                failed.add(new Rejection(record, e));
            }
        }
        return failed;
    }

    private static long offset(KafkaRecord<String, String> record) {
        return record instanceof IncomingKafkaRecord<String, String> incoming ? incoming.getOffset() : -1;
    }

    /** A readable record and what it holds. */
    private record Delivery<T>(KafkaRecord<String, String> record, T value) {
    }

    /** A record to dead-letter, and why. */
    private record Rejection(KafkaRecord<String, String> record, Throwable reason) {
    }
}
