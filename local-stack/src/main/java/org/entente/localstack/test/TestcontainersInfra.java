package org.entente.localstack.test;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Kafka and PostgreSQL as Docker containers, through Testcontainers. Only loaded once {@link DockerProbe} found
 * Testcontainers and a Docker engine; the containers live until the JVM ends (Testcontainers' reaper removes them).
 */
final class TestcontainersInfra {

    /** The broker version the Quarkus BOM manages, as the embedded broker. */
    private static final DockerImageName KAFKA_IMAGE = DockerImageName.parse("apache/kafka:4.1.1");
    /** The major version of the embedded binaries. */
    private static final DockerImageName POSTGRES_IMAGE = DockerImageName.parse("postgres:17-alpine");

    private TestcontainersInfra() {
    }

    static boolean dockerAvailable() {
        return DockerClientFactory.instance().isDockerAvailable();
    }

    /** Starts a broker configured as the embedded one; returns its bootstrap servers. */
    @SuppressWarnings("resource") // lives until the JVM ends
    static String startKafka() {
        KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE)
                .withEnv("KAFKA_NUM_PARTITIONS", "3")
                .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "true")
                .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0");
        kafka.start();
        return kafka.getBootstrapServers();
    }

    /** Starts a PostgreSQL server; its account is a superuser, so it also creates the databases. */
    @SuppressWarnings("resource") // lives until the JVM ends
    static PostgresEndpoint startPostgres() {
        PostgreSQLContainer postgres = new PostgreSQLContainer(POSTGRES_IMAGE);
        postgres.start();
        return new PostgresEndpoint(postgres.getJdbcUrl(), postgres.getUsername(), postgres.getPassword(),
                postgres.getUsername(), postgres.getPassword());
    }
}
