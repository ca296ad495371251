package org.entente.localstack.stack;

import org.entente.localstack.EmbeddedPostgres;
import org.entente.localstack.LocalInfra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * The whole stack on one machine: PostgreSQL and Kafka in this JVM on persistent data, and the services as child
 * JVMs. Started in two steps ({@link #startInfrastructure()}, {@link #startServices(Consumer)}) so that a caller can
 * report progress; {@link #close()} stops whatever was started, services first.
 */
public final class LocalStack implements AutoCloseable {

    /**
     * @param dataDir      persistent data: {@code kafka/} and {@code postgres/} below it
     * @param logDir       the services' and PostgreSQL's logs
     * @param kafkaPort    Kafka's port
     * @param postgresPort PostgreSQL's port
     * @param services     the services to run
     * @param apiKey       the key write requests must carry
     */
    public record Config(Path dataDir, Path logDir, int kafkaPort, int postgresPort, List<ServiceSpec> services,
                         String apiKey) {
    }

    private final Config config;
    private volatile LocalInfra infra;
    private volatile ServiceGroup services;
    private volatile boolean started;
    private boolean closed;

    /** A stack that has not started anything yet. */
    public LocalStack(Config config) {
        this.config = config;
    }

    /** Whether the data directory holds data of an earlier run. */
    public boolean hasEarlierData() {
        return Files.exists(config.dataDir().resolve("postgres/PG_VERSION"))
                || Files.exists(config.dataDir().resolve("kafka/meta.properties"));
    }

    /** Whether the start began: something may be running that {@link #close()} stops. */
    public boolean hasStarted() {
        return started;
    }

    /** Starts PostgreSQL and Kafka. */
    public void startInfrastructure() throws IOException, SQLException {
        started = true;
        infra = LocalInfra.start(new LocalInfra.Options(true, true, config.kafkaPort(), config.postgresPort(),
                config.dataDir(), config.logDir()));
    }

    /** Starts the services against the running infrastructure and waits until they are ready. */
    public void startServices(Consumer<String> onUnexpectedExit)
            throws IOException, SQLException, InterruptedException {
        ServiceGroup group = new ServiceGroup(config.services(), endpoints(), config.apiKey(), config.logDir());
        services = group;
        group.start(onUnexpectedExit);
    }

    /** Where Kafka and PostgreSQL are; only once {@link #startInfrastructure()} returned. */
    public StackEndpoints endpoints() {
        LocalInfra running = infra;
        if (running == null) {
            throw new IllegalStateException("the infrastructure is not started");
        }
        return new StackEndpoints(running.kafka().orElseThrow().bootstrapServers(),
                running.postgres().orElseThrow().serverJdbcUrl(), EmbeddedPostgres.USER, EmbeddedPostgres.PASSWORD);
    }

    /**
     * Restarts PostgreSQL on the same port and data, the services running on: a fault to test that they lose
     * nothing. See {@link LocalInfra#restartPostgres(Duration)}.
     */
    public void restartPostgres(Duration downtime) throws IOException, SQLException, InterruptedException {
        requireInfra().restartPostgres(downtime);
    }

    /** Restarts Kafka on the same port and data; see {@link LocalInfra#restartKafka(Duration)}. */
    public void restartKafka(Duration downtime) throws IOException, InterruptedException {
        requireInfra().restartKafka(downtime);
    }

    private LocalInfra requireInfra() {
        LocalInfra running = infra;
        if (running == null) {
            throw new IllegalStateException("the infrastructure is not started");
        }
        return running;
    }

    /** The process ids of the services started so far. */
    public List<Long> servicePids() {
        ServiceGroup group = services;
        return group == null ? List.of() : group.pids();
    }

    /** Stops the services, then Kafka and PostgreSQL. Safe to call more than once and from a shutdown hook. */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            ServiceGroup group = services;
            if (group != null) {
                group.close();
            }
        } finally {
            LocalInfra running = infra;
            if (running != null) {
                running.close();
            }
        }
    }
}
