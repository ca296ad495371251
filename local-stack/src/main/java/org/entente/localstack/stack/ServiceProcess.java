package org.entente.localstack.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/** A service running as a child JVM ({@code java -jar}), its output going to a log file. */
public final class ServiceProcess {

    /** Heap and collector for one service on a developer machine that runs the whole stack. */
    public static final List<String> JVM_OPTIONS = List.of("-Xms64m", "-Xmx512m", "-XX:+UseSerialGC");

    /**
     * The services whose JIT stops at the C1 compiler. ingest-service and catalog-service run wide, shallow code
     * paths (Tika, Jackson, Hibernate) on every article: on two cores shared with the other services, Kafka and
     * PostgreSQL, C2 took a third of the catalog's CPU for minutes on end, and {@code ./entente bench ingest} ran
     * twice as fast without it. analytics-service keeps C2: its trend queries are hot loops that C2 makes about a
     * third faster (see local-stack/README.md for both measurements).
     */
    static final Set<String> C1_ONLY = Set.of("ingest-service", "catalog-service");

    /** The JVM options of a service: {@link #JVM_OPTIONS}, and C1 only for the services of {@link #C1_ONLY}. */
    public static List<String> jvmOptions(String service) {
        List<String> options = new ArrayList<>(JVM_OPTIONS);
        if (C1_ONLY.contains(service)) {
            options.add("-XX:TieredStopAtLevel=1");
        }
        return options;
    }
    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final ServiceSpec spec;
    private final Process process;
    private final Path logFile;

    private ServiceProcess(ServiceSpec spec, Process process, Path logFile) {
        this.spec = spec;
        this.process = process;
        this.logFile = logFile;
    }

    /** Starts the service with the given environment; its standard output and error replace the log file. */
    static ServiceProcess start(ServiceSpec spec, Map<String, String> environment, Path logFile)
            throws IOException {
        Files.createDirectories(logFile.getParent());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions(spec.name()));
        command.addAll(List.of("-jar", spec.jar().toAbsolutePath().toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(spec.jar().toAbsolutePath().getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile());
        builder.environment().putAll(environment);
        return new ServiceProcess(spec, builder.start(), logFile);
    }

    /**
     * Waits until {@code /q/health/ready} answers 200.
     *
     * @throws IOException when the process ends first or the timeout passes
     */
    void awaitReady(Duration timeout) throws IOException, InterruptedException {
        HttpRequest ready = HttpRequest.newBuilder(URI.create(spec.baseUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException(spec.name() + " exited with code " + process.exitValue()
                        + " while starting; see " + logFile);
            }
            if (answersOk(ready)) {
                return;
            }
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
        throw new IOException(spec.name() + " was not ready after " + timeout.toSeconds() + " s; see " + logFile);
    }

    private static boolean answersOk(HttpRequest request) throws InterruptedException {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false; // not listening yet, or not answering yet while it starts
        }
    }

    /** Asks the service to stop (SIGTERM: Quarkus shuts down gracefully). */
    void requestStop() {
        process.destroy();
    }

    /** Kills the service if it is still running. */
    void kill() {
        process.destroyForcibly();
    }

    CompletableFuture<Process> onExit() {
        return process.onExit();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    ServiceSpec spec() {
        return spec;
    }

    Path logFile() {
        return logFile;
    }
}
