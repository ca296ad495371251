package org.entente.localstack.test;

import org.entente.localstack.EmbeddedPostgres;
import org.entente.localstack.ForkedInfra;
import org.entente.localstack.InfraHandshake;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds or starts the Kafka broker and the PostgreSQL server of this test JVM, each in this order: named by the
 * environment, already started by this JVM, a Testcontainers container when a Docker engine answers, the embedded
 * server (in a child JVM, see {@link ForkedInfra}). A server is started at most once per JVM and lives until the JVM
 * ends.
 */
final class SharedInfra {

    static final String KAFKA_ENV = "ENTENTE_KAFKA_BOOTSTRAP";
    static final String JDBC_URL_ENV = "ENTENTE_JDBC_URL";
    static final String JDBC_USER_ENV = "ENTENTE_JDBC_USER";
    static final String JDBC_PASSWORD_ENV = "ENTENTE_JDBC_PASSWORD";

    private SharedInfra() {
    }

    /** Where the application under test finds its servers. */
    public record Endpoints(String kafkaBootstrapServers, PostgresEndpoint postgres) {
    }

    /**
     * The servers to use, starting those that are neither named by the environment nor started yet.
     *
     * <p>Synchronized per class loader only: Quarkus starts the resources of one test class at a time, and test
     * classes one after the other, so two class loaders never get here at once.
     */
    static synchronized Endpoints obtain(Function<String, String> environment) throws IOException {
        Optional<String> kafka = fromEnvironment(environment, KAFKA_ENV).or(InfraRegistry.STARTED::kafka);
        Optional<PostgresEndpoint> postgres = postgresFromEnvironment(environment)
                .or(InfraRegistry.STARTED::postgres);
        if (kafka.isEmpty() || postgres.isEmpty()) {
            start(kafka.isEmpty(), postgres.isEmpty(), environment);
            kafka = kafka.or(InfraRegistry.STARTED::kafka);
            postgres = postgres.or(InfraRegistry.STARTED::postgres);
        }
        Endpoints endpoints = new Endpoints(kafka.orElseThrow(), postgres.orElseThrow());
        InfraRegistry.CURRENT.putKafka(endpoints.kafkaBootstrapServers());
        InfraRegistry.CURRENT.putPostgres(endpoints.postgres());
        return endpoints;
    }

    private static void start(boolean kafka, boolean postgres, Function<String, String> environment)
            throws IOException {
        if (DockerProbe.dockerEngineAnswers(environment)) {
            if (kafka) {
                InfraRegistry.STARTED.putKafka(TestcontainersInfra.startKafka());
            }
            if (postgres) {
                InfraRegistry.STARTED.putPostgres(TestcontainersInfra.startPostgres());
            }
            return;
        }
        List<String> arguments = new ArrayList<>();
        if (kafka) {
            arguments.add("--kafka");
        }
        if (postgres) {
            arguments.add("--postgres");
        }
        ForkedInfra forked = ForkedInfra.start(arguments);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(forked), "entente-local-infra-stop"));
        InfraHandshake where = forked.endpoints();
        where.kafkaBootstrapServers().ifPresent(InfraRegistry.STARTED::putKafka);
        where.postgresServerUrl().ifPresent(url -> InfraRegistry.STARTED.putPostgres(new PostgresEndpoint(url,
                EmbeddedPostgres.USER, EmbeddedPostgres.PASSWORD, EmbeddedPostgres.SUPERUSER, "")));
    }

    private static void stop(ForkedInfra forked) {
        try {
            forked.close();
        } catch (IOException e) {
            System.err.println("could not stop the local Kafka/PostgreSQL process " + forked.pid() + ": " + e);
        }
    }

    private static Optional<PostgresEndpoint> postgresFromEnvironment(Function<String, String> environment) {
        return fromEnvironment(environment, JDBC_URL_ENV).map(url -> {
            String user = fromEnvironment(environment, JDBC_USER_ENV).orElse(EmbeddedPostgres.USER);
            String password = fromEnvironment(environment, JDBC_PASSWORD_ENV).orElse(EmbeddedPostgres.PASSWORD);
            return new PostgresEndpoint(url, user, password, user, password);
        });
    }

    private static Optional<String> fromEnvironment(Function<String, String> environment, String name) {
        return Optional.ofNullable(environment.apply(name)).map(String::trim).filter(value -> !value.isEmpty());
    }
}
