package org.entente.catalog.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.entente.catalog.service.InvalidFactException;
import org.junit.jupiter.api.Test;

/** How a poll's records are split into transactions and which of them are dead-lettered. */
class BatchApplicationTest {

    private static final Retrying NO_RETRIES = new Retrying(0, Duration.ofMillis(1), Duration.ofMillis(1));
    private static final Duration SLOW = Duration.ofSeconds(15);

    /** The nanosecond clock that times transactions; a test's applier moves it on. */
    private final AtomicLong clock = new AtomicLong();

    /** The values each call of the applier got (each call stands for one transaction). */
    private final List<List<String>> transactions = new ArrayList<>();
    /** The values of the records dead-lettered, and why. */
    private final Map<String, Throwable> deadLettered = new ConcurrentHashMap<>();

    @Test
    void aPollLargerThanATransactionIsAppliedInConsecutiveTransactionsOfAtMostThatSize() {
        BatchApplication<String> batches = new BatchApplication<>("values", NO_RETRIES, 100, SLOW, clock::get,
                KafkaRecord::getPayload, transactions::add);

        batches.applyAll(records(250));

        assertThat(transactions).extracting(List::size).containsExactly(100, 100, 50);
        assertThat(transactions.stream().flatMap(List::stream).toList()).isEqualTo(values(250));
        assertThat(deadLettered).isEmpty();
    }

    @Test
    void aPollWithinOneTransactionIsAppliedInOne() {
        BatchApplication<String> batches = new BatchApplication<>("values", NO_RETRIES, 100, SLOW, clock::get,
                KafkaRecord::getPayload, transactions::add);

        batches.applyAll(records(100));

        assertThat(transactions).hasSize(1);
        assertThat(transactions.get(0)).isEqualTo(values(100));
    }

    @Test
    void aRecordThatFailsAloneIsDeadLetteredAndEveryOtherRecordOfEveryChunkIsApplied() {
        List<String> applied = new ArrayList<>();
        BatchApplication<String> batches = new BatchApplication<>("values", NO_RETRIES, 10, SLOW, clock::get,
                KafkaRecord::getPayload, values -> {
                    if (values.contains("v-13")) {
                        throw new IllegalStateException("v-13 cannot be applied");
                    }
                    applied.addAll(values);
                });

        batches.applyAll(records(25));

        assertThat(deadLettered).containsOnlyKeys("v-13");
        assertThat(applied).hasSize(24).doesNotContain("v-13").containsAll(values(10));
    }

    @Test
    void anUnreadableRecordIsDeadLetteredWithoutBeingApplied() {
        BatchApplication<String> batches = new BatchApplication<>("values", NO_RETRIES, 2, SLOW, clock::get, record -> {
            if (record.getPayload().equals("v-1")) {
                throw new InvalidFactException("not a fact", null);
            }
            return record.getPayload();
        }, transactions::add);

        batches.applyAll(records(4));

        assertThat(deadLettered).containsOnlyKeys("v-1");
        assertThat(transactions).containsExactly(List.of("v-0", "v-2"), List.of("v-3"));
    }

    @Test
    void aSlowTransactionHalvesTheNextOnesAndFastOnesDoubleThemBackUpToTheMaximum() {
        List<Long> seconds = new ArrayList<>(List.of(20L, 20L, 20L, 1L, 1L, 1L, 1L));
        BatchApplication<String> batches = new BatchApplication<>("values", NO_RETRIES, 8, SLOW, clock::get,
                KafkaRecord::getPayload, values -> {
                    transactions.add(values);
                    clock.addAndGet(Duration.ofSeconds(seconds.isEmpty() ? 1 : seconds.remove(0)).toNanos());
                });

        batches.applyAll(records(15));
        batches.applyAll(records(15));

        assertThat(transactions).extracting(List::size).containsExactly(8, 4, 2, 1, 2, 4, 8, 1);
        assertThat(deadLettered).isEmpty();
    }

    @Test
    void aTransactionSizeBelowOneIsRefused() {
        assertThatThrownBy(() -> new BatchApplication<String>("values", NO_RETRIES, 0, SLOW, clock::get,
                KafkaRecord::getPayload, transactions::add)).isInstanceOf(IllegalArgumentException.class);
    }

    private List<KafkaRecord<String, String>> records(int count) {
        return values(count).stream()
                .<KafkaRecord<String, String>>map(value -> KafkaRecord.<String, String>of("topic", "key", value)
                        .withNack(reason -> {
                            deadLettered.put(value, reason);
                            return CompletableFuture.completedFuture(null);
                        }))
                .toList();
    }

    private static List<String> values(int count) {
        return IntStream.range(0, count).mapToObj(i -> "v-" + i).toList();
    }
}
