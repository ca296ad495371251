package org.entente.localstack;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
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

    private final Options options;
    private volatile EmbeddedKafka kafka;
    private volatile EmbeddedPostgres postgres;

    private LocalInfra(Options options, EmbeddedKafka kafka, EmbeddedPostgres postgres) {
        this.options = options;
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
                return new LocalInfra(options, kafka, await(postgres));
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

    /**
     * Stops PostgreSQL, waits {@code downtime} and starts it again on the same port and data directory, as an
     * operator's restart or a crash and recovery would: clients see their connections fail and must reconnect.
     *
     * @throws IllegalStateException when PostgreSQL was not started, or runs on a temporary directory (whose data a
     *                               stop deletes)
     */
    public synchronized void restartPostgres(Duration downtime) throws IOException, SQLException,
            InterruptedException {
        requirePersistent(postgres, "PostgreSQL");
        int port = postgres.port();
        postgres.close();
        Thread.sleep(downtime.toMillis());
        postgres = EmbeddedPostgres.start(options.dataDir().resolve("postgres"), port,
                options.logDir().resolve("postgres.log"));
    }

    /**
     * Stops the Kafka broker, waits {@code downtime} and starts it again on the same port and log directory:
     * producers and consumers see the broker go away and come back with every record and committed offset.
     *
     * @throws IllegalStateException when Kafka was not started, or runs on a temporary directory
     */
    public synchronized void restartKafka(Duration downtime) throws IOException, InterruptedException {
        requirePersistent(kafka, "Kafka");
        int port = kafka.port();
        kafka.close();
        Thread.sleep(downtime.toMillis());
        kafka = EmbeddedKafka.start(options.dataDir().resolve("kafka"), port);
    }

    private void requirePersistent(Object server, String name) {
        if (server == null) {
            throw new IllegalStateException(name + " was not started");
        }
        if (options.dataDir() == null) {
            throw new IllegalStateException(name + " runs on a temporary directory; a restart needs persistent data");
        }
    }

    /** Stops Kafka, then PostgreSQL. */
    @Override
    public synchronized void close() throws IOException {
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
