package org.entente.localstack.test;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.entente.localstack.EmbeddedKafka;
import org.entente.localstack.EmbeddedPostgres;
import org.entente.localstack.KafkaClients;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalInfraTestResourceTest {

    @Test
    void serversNamedByTheEnvironmentAreHandedToTheApplicationWithItsDatabaseCreated() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.startTemporary(0);
             EmbeddedPostgres postgres = EmbeddedPostgres.startTemporary(0)) {
            Map<String, String> environment = Map.of(
                    "ENTENTE_KAFKA_BOOTSTRAP", kafka.bootstrapServers(),
                    "ENTENTE_JDBC_URL", postgres.serverJdbcUrl(),
                    "ENTENTE_JDBC_USER", EmbeddedPostgres.USER,
                    "ENTENTE_JDBC_PASSWORD", EmbeddedPostgres.PASSWORD);

            Map<String, String> config = startResource(environment, "from_env");

            assertThat(config).containsEntry("kafka.bootstrap.servers", kafka.bootstrapServers())
                    .containsEntry("quarkus.datasource.jdbc.url", postgres.jdbcUrl("from_env"))
                    .containsEntry("quarkus.datasource.username", EmbeddedPostgres.USER)
                    .containsEntry("quarkus.datasource.password", EmbeddedPostgres.PASSWORD)
                    .containsEntry("quarkus.devservices.enabled", "false");
            assertThat(LocalInfraTestResource.kafkaBootstrapServers()).isEqualTo(kafka.bootstrapServers());
            assertThat(LocalInfraTestResource.jdbcUrl("from_env")).isEqualTo(postgres.jdbcUrl("from_env"));
            assertDatabaseTakesWrites(config);
        }
    }

    @Test
    void withoutEnvironmentServersAreStartedOnceForEveryTestClassOfTheJvm() throws Exception {
        Map<String, String> first = startResource(Map.of(), "first_service");
        Map<String, String> second = startResource(Map.of(), "second_service");

        assertThat(second.get("kafka.bootstrap.servers")).isEqualTo(first.get("kafka.bootstrap.servers"));
        assertThat(serverOf(second.get("quarkus.datasource.jdbc.url")))
                .isEqualTo(serverOf(first.get("quarkus.datasource.jdbc.url")));
        assertDatabaseTakesWrites(first);
        assertDatabaseTakesWrites(second);
        assertRecordRoundTrip(second.get("kafka.bootstrap.servers"));
    }

    @Test
    void missingDatabaseArgumentIsExplained() {
        LocalInfraTestResource resource = new LocalInfraTestResource(name -> null);

        assertThatThrownBy(() -> resource.init(Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("@ResourceArg(name = \"database\"");
    }

    private static Map<String, String> startResource(Map<String, String> environment, String database) {
        LocalInfraTestResource resource = new LocalInfraTestResource(environment::get);
        resource.init(Map.of(LocalInfraTestResource.DATABASE, database));
        return resource.start();
    }

    private static String serverOf(String jdbcUrl) {
        return jdbcUrl.substring(0, jdbcUrl.lastIndexOf('/'));
    }

    private static void assertDatabaseTakesWrites(Map<String, String> config) throws Exception {
        try (Connection c = DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"),
                config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"));
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS probe (id int)");
            s.execute("INSERT INTO probe VALUES (1)");
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM probe")) {
                rs.next();
                assertThat(rs.getInt(1)).isPositive();
            }
        }
    }

    private static void assertRecordRoundTrip(String bootstrap) throws Exception {
        String topic = "resource-" + UUID.randomUUID();
        try (KafkaProducer<String, String> producer = KafkaClients.producer(bootstrap, Map.of())) {
            producer.send(new ProducerRecord<>(topic, "k", "through the shared broker")).get();
        }

        assertThat(KafkaClients.readValues(bootstrap, topic, "read_uncommitted", 1, Duration.ofSeconds(60)))
                .containsExactly("through the shared broker");
    }
}
