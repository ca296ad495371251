package org.entente.localstack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedKafkaTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private static EmbeddedKafka kafka;

    @BeforeAll
    static void startBroker() throws Exception {
        kafka = EmbeddedKafka.startTemporary(0);
    }

    @AfterAll
    static void stopBroker() throws Exception {
        kafka.close();
    }

    @Test
    void recordProducedToANewTopicIsConsumedBack() throws Exception {
        try (KafkaProducer<String, String> producer = KafkaClients.producer(kafka.bootstrapServers(), Map.of())) {
            producer.send(new ProducerRecord<>("round-trip", "IRQ-PAK", "hello")).get();
        }

        assertThat(KafkaClients.readValues(kafka.bootstrapServers(), "round-trip", "read_uncommitted", 1, WAIT))
                .containsExactly("hello");
    }

    @Test
    void autoCreatedTopicHasThreePartitions() throws Exception {
        try (KafkaProducer<String, String> producer = KafkaClients.producer(kafka.bootstrapServers(), Map.of())) {
            producer.send(new ProducerRecord<>("partitioned", "k", "v")).get();
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            TopicDescription topic = admin.describeTopics(List.of("partitioned")).allTopicNames().get()
                    .get("partitioned");
            assertThat(topic.partitions()).hasSize(3);
        }
    }

    @Test
    void committedTransactionIsVisibleAndAbortedOneIsNot() throws Exception {
        Map<String, Object> transactional = Map.of(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "test-tx");
        try (KafkaProducer<String, String> producer = KafkaClients.producer(kafka.bootstrapServers(), transactional)) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>("transactions", "k", "aborted"));
            producer.abortTransaction();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>("transactions", "k", "committed"));
            producer.commitTransaction();
        }

        assertThat(KafkaClients.readValues(kafka.bootstrapServers(), "transactions", "read_committed", 1, WAIT))
                .containsExactly("committed");
    }

    @Test
    void restartOnTheSameLogDirectoryKeepsTheRecords(@TempDir Path logDir) throws Exception {
        try (EmbeddedKafka first = EmbeddedKafka.start(logDir, 0);
             KafkaProducer<String, String> producer = KafkaClients.producer(first.bootstrapServers(), Map.of())) {
            producer.send(new ProducerRecord<>("kept", "k", "before restart")).get();
        }

        try (EmbeddedKafka second = EmbeddedKafka.start(logDir, 0)) {
            assertThat(KafkaClients.readValues(second.bootstrapServers(), "kept", "read_uncommitted", 1, WAIT))
                    .containsExactly("before restart");
        }
    }
}
