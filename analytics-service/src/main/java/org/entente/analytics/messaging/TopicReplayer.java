package org.entente.analytics.messaging;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.entente.analytics.config.AnalyticsConfig;

/**
 * Reads the catalog's topic from the beginning of every partition up to the end it had when the replay started,
 * with a consumer of its own: it joins no consumer group and commits nothing, so the live consumer's position
 * is untouched.
 */
@ApplicationScoped
public class TopicReplayer {

    private final Map<String, Object> kafkaSettings;
    private final AnalyticsConfig config;

    public TopicReplayer(@Identifier("default-kafka-broker") Map<String, Object> kafkaSettings,
                         AnalyticsConfig config) {
        this.kafkaSettings = kafkaSettings;
        this.config = config;
    }

    /**
     * Hands the values of each poll's records, in partition order, to {@code batches}.
     *
     * @return the number of records read
     * @throws ReplayException when Kafka stops delivering before the end is reached
     */
    public long replay(Consumer<List<String>> batches) {
        Duration timeout = config.rebuild().kafkaTimeout();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerSettings())) {
            List<TopicPartition> partitions = consumer.partitionsFor(config.topic(), timeout).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            long read = 0;
            Instant lastProgress = Instant.now();
            while (!reached(consumer, end, timeout)) {
                ConsumerRecords<String, String> records = consumer.poll(config.rebuild().pollTimeout());
                if (records.isEmpty()) {
                    if (Duration.between(lastProgress, Instant.now()).compareTo(timeout) > 0) {
                        throw new ReplayException("no record arrived from " + config.topic() + " for " + timeout
                                + " before its end");
                    }
                    continue;
                }
                batches.accept(valuesOf(records));
                read += records.count();
                lastProgress = Instant.now();
            }
            return read;
        }
    }

    private Map<String, Object> consumerSettings() {
        Map<String, Object> settings = new HashMap<>(kafkaSettings);
        settings.remove(ConsumerConfig.GROUP_ID_CONFIG);
        settings.put(ConsumerConfig.CLIENT_ID_CONFIG, "analytics-rebuild");
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return settings;
    }

    private static boolean reached(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end,
                                   Duration timeout) {
        return end.entrySet().stream()
                .allMatch(partition -> consumer.position(partition.getKey(), timeout) >= partition.getValue());
    }

    private static List<String> valuesOf(ConsumerRecords<String, String> records) {
        List<String> values = new ArrayList<>(records.count());
        for (ConsumerRecord<String, String> record : records) {
            values.add(record.value());
        }
        return values;
    }
}
