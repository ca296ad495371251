package org.entente.ingest.messaging;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.entente.ingest.config.IngestConfig;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The outbox relay's Kafka producer, configured from the {@code kafka.*} properties ({@code KAFKA_BOOTSTRAP_SERVERS},
 * ...). Delivery is acknowledged by every in-sync replica and idempotent, so retries neither lose nor duplicate within
 * one session; how long a send may take follows {@code entente.ingest.outbox.send-timeout} unless the {@code kafka.*}
 * properties set the producer's own timeouts.
 */
@Singleton
public class KafkaProducerFactory {

    @Produces
    @Singleton
    Producer<String, String> producer(@Identifier("default-kafka-broker") Map<String, Object> kafka,
                                      IngestConfig config) {
        Duration sendTimeout = config.outbox().sendTimeout();
        long third = Math.max(1000, sendTimeout.toMillis() / 3);
        Map<String, Object> props = new HashMap<>(kafka);
        // values as strings: Kafka parses them to the type each setting needs
        props.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, String.valueOf(third));
        props.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, String.valueOf(third));
        props.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                String.valueOf(Math.max(sendTimeout.toMillis(), 2 * third + 100)));
        props.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, "5");
        props.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "entente-ingest-outbox");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(props);
    }

    void close(@Disposes Producer<String, String> producer) {
        producer.close(Duration.ofSeconds(5));
    }
}
