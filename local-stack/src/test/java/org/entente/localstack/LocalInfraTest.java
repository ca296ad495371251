package org.entente.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalInfraTest {

    @Test
    void restartingBothServersKeepsTheirPortsAndTheirData(@TempDir Path dir) throws Exception {
        try (LocalInfra infra = LocalInfra.start(new LocalInfra.Options(true, true, 0, 0, dir.resolve("data"),
                dir.resolve("logs")))) {
            EmbeddedPostgres postgresBefore = infra.postgres().orElseThrow();
            int postgresPort = postgresBefore.port();
            postgresBefore.createDatabase("catalog");
            try (Connection c = EmbeddedPostgresTest.connect(postgresBefore.jdbcUrl("catalog"));
                 Statement s = c.createStatement()) {
                s.execute("CREATE TABLE mention (id int)");
                s.execute("INSERT INTO mention VALUES (7)");
            }
            String bootstrap = infra.kafka().orElseThrow().bootstrapServers();
            try (KafkaProducer<String, String> producer = KafkaClients.producer(bootstrap, Map.of())) {
                producer.send(new ProducerRecord<>("facts", "IRQ-PAK", "before the restart")).get();
            }

            infra.restartPostgres(Duration.ofMillis(200));
            infra.restartKafka(Duration.ofMillis(200));

            EmbeddedPostgres postgresAfter = infra.postgres().orElseThrow();
            assertThat(postgresAfter).isNotSameAs(postgresBefore);
            assertThat(postgresAfter.port()).isEqualTo(postgresPort);
            assertThat(EmbeddedPostgresTest.count(postgresAfter.jdbcUrl("catalog"), "SELECT id FROM mention"))
                    .isEqualTo(7);
            assertThat(infra.kafka().orElseThrow().bootstrapServers()).isEqualTo(bootstrap);
            assertThat(KafkaClients.readValues(bootstrap, "facts", "read_committed", 1, Duration.ofSeconds(30)))
                    .containsExactly("before the restart");
        }
    }

    @Test
    void serversOnTemporaryDirectoriesCannotBeRestarted() throws Exception {
        try (LocalInfra infra = LocalInfra.start(new LocalInfra.Options(false, true, 0, 0, null, null))) {
            assertThatThrownBy(() -> infra.restartPostgres(Duration.ZERO))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("temporary directory");
            assertThatThrownBy(() -> infra.restartKafka(Duration.ZERO))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("Kafka was not started");
        }
    }
}
