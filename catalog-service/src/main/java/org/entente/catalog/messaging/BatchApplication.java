package org.entente.catalog.messaging;

import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.entente.catalog.service.InvalidFactException;
import org.jboss.logging.Logger;

/**
 * Applies a poll's records (a channel in batch mode) in as few transactions as its size allows, and dead-letters
 * alone the records that cannot be applied.
 *
 * <p>A transaction applies at most {@code maxTransactionSize} records, and fewer while transactions are slow: after a
 * transaction that took longer than {@code slowTransaction} the size is halved (down to one record), after a faster
 * one it is doubled again (up to the maximum). A large poll is then applied in consecutive chunks, one transaction
 * each, so that a transaction stays within the transaction timeout on a loaded machine, while an unloaded one keeps
 * the large transactions that cost the least per record. Each chunk gives the same result as its records one by one, so
 * the chunks together do as well; a chunk that is committed stays committed if a later one fails, and when the batch
 * is delivered again after a crash, the records of committed chunks are skipped as already applied.
 *
 * <p>A record that cannot be read (not JSON, or breaking the contract) is nacked on its own: the channel's
 * {@code dead-letter-queue} failure strategy moves it to the dead-letter topic with the reason in its headers. The
 * others are applied together, a chunk at a time; when a chunk fails, it is tried again ({@link Retrying}), and
 * when it still fails its records are applied one by one, each with the same retries, so that only a record that
 * fails alone is dead-lettered.
 * While the database is unreachable, the batch waits for it. Records are dead-lettered only after the rest of the
 * batch is applied, and the batch is acknowledged (its offsets committed) only once the dead-letter topic has them.
 *
 * @param <T> what a record is read into
 */
final class BatchApplication<T> {

    private static final Logger LOG = Logger.getLogger(BatchApplication.class);

    private final String what;
    private final Retrying retrying;
    private final int maxTransactionSize;
    private final long slowTransactionNanos;
    private final LongSupplier nanoTime;
    /** The most records the next transaction applies; a channel's records are applied by one thread at a time. */
    private int transactionSize;
    private final Function<KafkaRecord<String, String>, T> reader;
    private final Consumer<List<T>> applier;

    /**
     * @param what               what the records hold, for the log ("facts")
     * @param maxTransactionSize the most records applied in one transaction (at least 1)
     * @param slowTransaction    a transaction longer than this halves the size of the next ones
     * @param nanoTime           the clock that times transactions ({@code System::nanoTime})
     * @param reader             reads a record; throws {@link InvalidFactException} when it cannot
     * @param applier            applies records in one transaction, as if one by one
     */
    BatchApplication(String what, Retrying retrying, int maxTransactionSize, Duration slowTransaction,
                     LongSupplier nanoTime, Function<KafkaRecord<String, String>, T> reader,
                     Consumer<List<T>> applier) {
        if (maxTransactionSize < 1) {
            throw new IllegalArgumentException("maxTransactionSize must be at least 1: " + maxTransactionSize);
        }
        this.what = what;
        this.retrying = retrying;
        this.maxTransactionSize = maxTransactionSize;
        this.slowTransactionNanos = slowTransaction.toNanos();
        this.nanoTime = nanoTime;
        this.transactionSize = maxTransactionSize;
        this.reader = reader;
        this.applier = applier;
    }

    /** Applies the batch; the returned stage completes once its offsets may be committed. */
    CompletionStage<Void> apply(KafkaRecordBatch<String, String> batch) {
        applyAll(batch.getRecords());
        return batch.ack();
    }

    /**
     * Applies the records, a chunk of at most the current transaction size per transaction, and dead-letters those
     * that cannot be applied; returns once the dead-letter topic has them.
     */
    void applyAll(List<KafkaRecord<String, String>> records) {
        List<Delivery<T>> readable = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        for (KafkaRecord<String, String> record : records) {
            try {
                readable.add(new Delivery<>(record, reader.apply(record)));
            } catch (InvalidFactException e) {
                rejected.add(new Rejection(record, e));
            }
        }
        int from = 0;
        while (from < readable.size()) {
            int to = Math.min(readable.size(), from + transactionSize);
            long start = nanoTime.getAsLong();
            rejected.addAll(applyReadable(readable.subList(from, to)));
            adaptTransactionSize(nanoTime.getAsLong() - start);
            from = to;
        }
        // dead-lettering acknowledges a record, which may commit its offset: only once the rest is applied
        CompletableFuture.allOf(rejected.stream()
                .map(r -> r.record().nack(r.reason()).toCompletableFuture())
                .toArray(CompletableFuture[]::new)).join();
    }

    /** Halves the transaction size after a slow chunk, doubles it back after a fast one. */
    private void adaptTransactionSize(long elapsedNanos) {
        int next = elapsedNanos > slowTransactionNanos ? Math.max(1, transactionSize / 2)
                : (int) Math.min(maxTransactionSize, 2L * transactionSize);
        if (next != transactionSize) {
            LOG.infof("applying %s in transactions of at most %d (a transaction of %d took %d ms)", what, next,
                    transactionSize, elapsedNanos / 1_000_000);
            transactionSize = next;
        }
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
