package org.entente.localstack.stack;

import org.entente.localstack.DatabaseProvisioner;
import org.entente.localstack.JdbcUrls;
import org.entente.localstack.Ports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Packaged services running as child JVMs against given Kafka and PostgreSQL: what {@code ./entente up} runs, and
 * what an end-to-end test can start with the jars and ports it wants.
 *
 * <pre>{@code
 * try (ServiceGroup services = ServiceGroup.start(List.of(catalog, analytics), endpoints, "test-key", logDir,
 *         problem -> System.err.println(problem))) {
 *     ... call http://localhost:<port>/api/...
 * }
 * }</pre>
 *
 * <p>Each service gets {@code QUARKUS_HTTP_PORT}, {@code KAFKA_BOOTSTRAP_SERVERS}, {@code QUARKUS_DATASOURCE_JDBC_URL}
 * (its own database, created if missing), {@code QUARKUS_DATASOURCE_USERNAME}, {@code QUARKUS_DATASOURCE_PASSWORD}
 * and {@code ENTENTE_API_KEYS}; its output goes to {@code <logDir>/<name>.log}. {@link #close()} stops them all and
 * waits until no process is left.
 */
public final class ServiceGroup implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final List<ServiceSpec> services;
    private final StackEndpoints endpoints;
    private final String apiKey;
    private final Path logDir;
    /** Guarded by itself; once {@link #stopping} is set, no process is added. */
    private final List<ServiceProcess> processes = new ArrayList<>();
    private volatile boolean stopping;

    /**
     * A group that has not started anything yet; {@link #start(Consumer)} starts it. Creating it first lets a
     * shutdown hook hold it while it starts, so that no service outlives an interrupted start.
     *
     * @param services  the services
     * @param endpoints Kafka and PostgreSQL
     * @param apiKey    the key write requests must carry ({@code X-Api-Key})
     * @param logDir    where each service's log goes
     */
    public ServiceGroup(List<ServiceSpec> services, StackEndpoints endpoints, String apiKey, Path logDir) {
        this.services = List.copyOf(services);
        this.endpoints = endpoints;
        this.apiKey = apiKey;
        this.logDir = logDir;
    }

    /** Creates the group and {@linkplain #start(Consumer) starts} it. */
    public static ServiceGroup start(List<ServiceSpec> services, StackEndpoints endpoints, String apiKey,
                                     Path logDir, Consumer<String> onUnexpectedExit)
            throws IOException, SQLException, InterruptedException {
        ServiceGroup group = new ServiceGroup(services, endpoints, apiKey, logDir);
        group.start(onUnexpectedExit);
        return group;
    }

    /**
     * Checks the jars and ports, creates the databases, starts every service and waits until each one is ready.
     *
     * @param onUnexpectedExit told, once all are ready, when a service exits without {@link #close()} having been
     *                         called
     * @throws IllegalStateException when a jar is missing or a port is taken (nothing was started)
     * @throws IOException           when a service does not become ready (all are stopped again)
     */
    public void start(Consumer<String> onUnexpectedExit) throws IOException, SQLException, InterruptedException {
        requireRunnable(services);
        DatabaseProvisioner databases = new DatabaseProvisioner(endpoints.jdbcServerUrl(), endpoints.jdbcUser(),
                endpoints.jdbcPassword());
        for (ServiceSpec service : services) {
            databases.ensureDatabase(service.database(), null);
        }
        try {
            for (ServiceSpec service : services) {
                launch(service);
            }
            for (ServiceProcess process : snapshot()) {
                process.awaitReady(READY_TIMEOUT);
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            close();
            throw e;
        }
        for (ServiceProcess process : snapshot()) {
            process.onExit().thenAccept(exited -> {
                if (!stopping) {
                    onUnexpectedExit.accept(process.spec().name() + " exited with code " + exited.exitValue()
                            + "; see " + process.logFile());
                }
            });
        }
    }

    private void launch(ServiceSpec service) throws IOException {
        synchronized (processes) {
            if (stopping) {
                throw new IOException("stopped while starting " + service.name());
            }
            processes.add(ServiceProcess.start(service, environment(service), logDir.resolve(service.name()
                    + ".log")));
        }
    }

    private List<ServiceProcess> snapshot() {
        synchronized (processes) {
            return List.copyOf(processes);
        }
    }

    /**
     * Checks that every jar exists and every port is free.
     *
     * @throws IllegalStateException naming the first problem and what to do about it
     */
    public static void requireRunnable(List<ServiceSpec> services) {
        for (ServiceSpec service : services) {
            requirePackaged(service);
            Ports.requireFree(service.port(), service.name(), "--" + shortName(service) + "-port or ENTENTE_"
                    + shortName(service).toUpperCase(Locale.ROOT) + "_PORT");
        }
    }

    private static void requirePackaged(ServiceSpec service) {
        if (!Files.isRegularFile(service.jar())) {
            throw new IllegalStateException(service.name() + " is not built: " + service.jar()
                    + " is missing. Run: mvn -B package -DskipTests (or ./entente build)");
        }
    }

    /** {@code ingest-service} gives {@code ingest}: the stem of the port options and variables. */
    static String shortName(ServiceSpec service) {
        return service.name().replaceFirst("-service$", "");
    }

    private Map<String, String> environment(ServiceSpec service) {
        Map<String, String> env = new HashMap<>(Map.of(
                "QUARKUS_HTTP_PORT", Integer.toString(service.port()),
                "KAFKA_BOOTSTRAP_SERVERS", endpoints.kafkaBootstrapServers(),
                "QUARKUS_DATASOURCE_JDBC_URL", JdbcUrls.withDatabase(endpoints.jdbcServerUrl(), service.database()),
                "QUARKUS_DATASOURCE_USERNAME", endpoints.jdbcUser(),
                "QUARKUS_DATASOURCE_PASSWORD", endpoints.jdbcPassword(),
                "ENTENTE_API_KEYS", apiKey));
        env.putAll(links(service));
        return env;
    }

    /**
     * Settings that tie the services of this group together: the analytics dashboard's browser reads catalog's REST
     * API, so analytics learns catalog's address and catalog allows the dashboard's origin.
     */
    private Map<String, String> links(ServiceSpec service) {
        Map<String, String> env = new HashMap<>();
        find("catalog-service").ifPresent(catalog -> find("analytics-service").ifPresent(analytics -> {
            if (service.equals(analytics)) {
                env.put("ENTENTE_ANALYTICS_CATALOG_URL", catalog.baseUrl());
            } else if (service.equals(catalog)) {
                env.put("QUARKUS_HTTP_CORS_ORIGINS",
                        analytics.baseUrl() + ",http://127.0.0.1:" + analytics.port());
            }
        }));
        return env;
    }

    private Optional<ServiceSpec> find(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** The process ids of the running services, for diagnostics and tests. */
    public List<Long> pids() {
        return snapshot().stream().map(ServiceProcess::pid).toList();
    }

    /**
     * Stops every service (SIGTERM, then SIGKILL after a grace period) and returns once none is running. Safe to call
     * more than once, and from a shutdown hook while {@link #start} runs: no service starts after it.
     */
    @Override
    public void close() {
        List<ServiceProcess> running;
        synchronized (processes) {
            stopping = true;
            running = List.copyOf(processes);
        }
        running.forEach(ServiceProcess::requestStop);
        CompletableFuture<?>[] exits = running.stream().map(ServiceProcess::onExit)
                .toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(exits).get(STOP_GRACE.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            running.stream().filter(ServiceProcess::isAlive).forEach(p -> {
                System.err.println(p.spec().name() + " did not stop in " + STOP_GRACE.toSeconds() + " s; killing it");
                p.kill();
            });
            CompletableFuture.allOf(exits).join();
        } catch (InterruptedException e) {
            running.forEach(ServiceProcess::kill);
            Thread.currentThread().interrupt();
        }
    }
}
