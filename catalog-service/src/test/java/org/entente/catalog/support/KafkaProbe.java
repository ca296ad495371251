package org.entente.catalog.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.entente.contract.CatalogChange;
import org.entente.localstack.test.LocalInfraTestResource;

/** A real Kafka producer and consumers for tests, on the servers the application was given. */
public final class KafkaProbe implements AutoCloseable {

    /** JSON as the services write it: ISO dates, records by component name. */
    public static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final String bootstrap;
    private final KafkaProducer<String, String> producer;

    /** Connects to the test Kafka. */
    public KafkaProbe() {
        bootstrap = LocalInfraTestResource.kafkaBootstrapServers();
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producer = new KafkaProducer<>(props);
    }

    /** Sends a value as JSON with a fresh CloudEvents id; returns that id. */
    public String send(String topic, String key, Object value) {
        String id = UUID.randomUUID().toString();
        sendRaw(topic, key, json(value), id);
        return id;
    }

    /** Sends a text value with the given CloudEvents id (null for none), and waits for the broker's ack. */
    public void sendRaw(String topic, String key, String value, String ceId) {
        sendTogether(topic, key, List.of(new RawMessage(value, ceId)));
    }

    /** A text value and its CloudEvents id (null for none). */
    public record RawMessage(String value, String ceId) {
    }

    /**
     * Sends text values to one key without waiting in between, so that they travel in one produce request and a
     * consumer polls them together, then waits for the broker's acks.
     */
    public void sendTogether(String topic, String key, List<RawMessage> messages) {
        List<Future<?>> acks = messages.stream()
                .<Future<?>>map(m -> producer.send(
                        new ProducerRecord<>(topic, null, key, m.value(), headers(m.ceId()))))
                .toList();
        producer.flush();
        try {
            for (Future<?> ack : acks) {
                ack.get(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not send to " + topic, e);
        }
    }

    private static RecordHeaders headers(String ceId) {
        RecordHeaders headers = new RecordHeaders();
        if (ceId != null) {
            headers.add("ce_id", ceId.getBytes(StandardCharsets.UTF_8));
            headers.add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
            headers.add("ce_type", "test".getBytes(StandardCharsets.UTF_8));
            headers.add("ce_source", "/tests".getBytes(StandardCharsets.UTF_8));
        }
        return headers;
    }

    /**
     * Reads a topic from the beginning until {@code count} records pass the filter, or the timeout passes; returns
     * the records that passed, in topic order per partition.
     */
    public List<ConsumerRecord<String, String>> await(String topic, Predicate<ConsumerRecord<String, String>> filter,
                                                      int count, Duration timeout) {
        List<ConsumerRecord<String, String>> matched = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(timeout);
            while (matched.size() < count && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (filter.test(record)) {
                        matched.add(record);
                    }
                }
            }
        }
        return matched;
    }

    /** Reads every catalog change for a dyad published so far, waiting up to {@code quiet} for more to arrive. */
    public List<CatalogChange> changes(String dyad, int atLeast, Duration timeout) {
        return await("catalog.facts", r -> dyad.equals(r.key()), atLeast, timeout).stream()
                .map(r -> read(r.value(), CatalogChange.class))
                .toList();
    }

    /** A header's text value, or null. */
    public static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Reads JSON. */
    public static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private KafkaConsumer<String, String> consumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "catalog-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()));
    }

    @Override
    public void close() {
        producer.close();
    }
}
