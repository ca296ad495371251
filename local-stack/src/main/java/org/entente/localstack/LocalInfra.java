package org.entente.localstack;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Kafka and PostgreSQL started together in this JVM, on temporary or persistent directories; {@link #close()} stops
 * them both.
 */
public final class LocalInfra implements AutoCloseable {

    private final EmbeddedKafka kafka;
    private final EmbeddedPostgres postgres;

    private LocalInfra(EmbeddedKafka kafka, EmbeddedPostgres postgres) {
        this.kafka = kafka;
        this.postgres = postgres;
    }

    /**
     * What to start and where.
     *
     * @param kafka        whether to start Kafka
     * @param postgres     whether to start PostgreSQL
     * @param kafkaPort    Kafka's client port, 0 for a free one
     * @param postgresPort PostgreSQL's port, 0 for a free one
     * @param dataDir      persistent data ({@code kafka/} and {@code postgres/} below it), or {@code null} for
     *                     temporary directories deleted on close
     * @param logDir       where PostgreSQL's log goes with persistent data ({@code postgres.log}); ignored otherwise
     */
    public record Options(boolean kafka, boolean postgres, int kafkaPort, int postgresPort, Path dataDir,
                          Path logDir) {

        /** Both servers on free ports and temporary directories. */
        public static Options temporary() {
            return new Options(true, true, 0, 0, null, null);
        }
    }

    /** Starts what the options ask for; if the second server fails, the first is stopped again. */
    public static LocalInfra start(Options options) throws IOException, SQLException {
        EmbeddedPostgres postgres = options.postgres() ? startPostgres(options) : null;
        try {
            EmbeddedKafka kafka = options.kafka() ? startKafka(options) : null;
            return new LocalInfra(kafka, postgres);
        } catch (IOException | RuntimeException e) {
            if (postgres != null) {
                postgres.close();
            }
            throw e;
        }
    }

    private static EmbeddedPostgres startPostgres(Options options) throws IOException, SQLException {
        if (options.dataDir() == null) {
            return EmbeddedPostgres.startTemporary(options.postgresPort());
        }
        return EmbeddedPostgres.start(options.dataDir().resolve("postgres"), options.postgresPort(),
                options.logDir().resolve("postgres.log"));
    }

    private static EmbeddedKafka startKafka(Options options) throws IOException {
        if (options.dataDir() == null) {
            return EmbeddedKafka.startTemporary(options.kafkaPort());
        }
        return EmbeddedKafka.start(options.dataDir().resolve("kafka"), options.kafkaPort());
    }

    /** The broker, if started. */
    public Optional<EmbeddedKafka> kafka() {
        return Optional.ofNullable(kafka);
    }

    /** The database server, if started. */
    public Optional<EmbeddedPostgres> postgres() {
        return Optional.ofNullable(postgres);
    }

    /** Stops Kafka, then PostgreSQL. */
    @Override
    public void close() throws IOException {
        try {
            if (kafka != null) {
                kafka.close();
            }
        } finally {
            if (postgres != null) {
                postgres.close();
            }
        }
    }
}
