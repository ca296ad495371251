package org.entente.localstack;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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

    /**
     * Starts what the options ask for, PostgreSQL on a second thread while Kafka starts on this one (PostgreSQL's
     * start is mostly waiting for its own processes). If one fails, the other is stopped again.
     */
    public static LocalInfra start(Options options) throws IOException, SQLException {
        ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "entente-postgres-start");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<EmbeddedPostgres> postgres = options.postgres()
                    ? background.submit(() -> startPostgres(options))
                    : CompletableFuture.completedFuture(null);
            EmbeddedKafka kafka;
            try {
                kafka = options.kafka() ? startKafka(options) : null;
            } catch (IOException | RuntimeException e) {
                stopWhenStarted(postgres, e);
                throw e;
            }
            try {
                return new LocalInfra(kafka, await(postgres));
            } catch (IOException | SQLException | RuntimeException e) {
                if (kafka != null) {
                    kafka.close();
                }
                throw e;
            }
        } finally {
            background.shutdown();
        }
    }

    private static EmbeddedPostgres await(Future<EmbeddedPostgres> postgres) throws IOException, SQLException {
        try {
            return postgres.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while PostgreSQL was starting", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("PostgreSQL failed to start", e.getCause());
        }
    }

    /** After Kafka failed: waits for PostgreSQL's start and stops it, recording its own failure on Kafka's. */
    private static void stopWhenStarted(Future<EmbeddedPostgres> postgres, Exception kafkaFailure) {
        try {
            EmbeddedPostgres started = await(postgres);
            if (started != null) {
                started.close();
            }
        } catch (IOException | SQLException | RuntimeException e) {
            kafkaFailure.addSuppressed(e);
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
