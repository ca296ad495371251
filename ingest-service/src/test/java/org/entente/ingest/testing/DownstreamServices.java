package org.entente.ingest.testing;

import org.entente.localstack.Ports;
import org.entente.localstack.stack.ServiceGroup;
import org.entente.localstack.stack.ServiceSpec;
import org.entente.localstack.stack.StackEndpoints;
import org.entente.localstack.test.LocalInfraTestResource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * catalog-service and analytics-service, run from the jars their modules packaged, on free ports, against the Kafka
 * and PostgreSQL that {@link LocalInfraTestResource} gave the application under test. Started once, on first use
 * (the resource has started its servers by then), and stopped by {@link #stop()}, or by a shutdown hook if the test
 * JVM ends first, so no service outlives the test run. Their logs go to {@code target/e2e-logs/}.
 */
public final class DownstreamServices {

    /** Failsafe runs in the module's directory; the other modules are its siblings. */
    private static final Path REPO_ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path LOG_DIR = Path.of("target", "e2e-logs").toAbsolutePath();

    private final String apiKey;
    private ServiceGroup group;
    private Thread shutdownHook;
    private ServiceSpec catalog;
    private ServiceSpec analytics;
    private RuntimeException startFailure;

    /** @param apiKey the key the services accept for writes */
    public DownstreamServices(String apiKey) {
        this.apiKey = apiKey;
    }

    /**
     * Starts both services unless they run; waits until both are ready. A failed start is remembered and rethrown
     * to every later caller, so the remaining tests fail at once instead of starting again.
     *
     * @throws IllegalStateException when a jar is missing (naming what to build) or a service does not start
     */
    public synchronized void startOnce() {
        if (startFailure != null) {
            throw startFailure;
        }
        if (group != null) {
            return;
        }
        try {
            start();
        } catch (Exception e) {
            stop();
            startFailure = e instanceof IllegalStateException ise ? ise
                    : new IllegalStateException("could not start catalog-service and analytics-service; see "
                    + LOG_DIR, e);
            throw startFailure;
        }
    }

    private void start() throws Exception {
        catalog = ServiceSpec.packagedModule(REPO_ROOT, "catalog-service", Ports.free(), "catalog");
        analytics = ServiceSpec.packagedModule(REPO_ROOT, "analytics-service", Ports.free(), "analytics");
        requirePackaged(catalog);
        requirePackaged(analytics);
        StackEndpoints endpoints = new StackEndpoints(LocalInfraTestResource.kafkaBootstrapServers(),
                LocalInfraTestResource.jdbcUrl("postgres"), LocalInfraTestResource.jdbcUsername(),
                LocalInfraTestResource.jdbcPassword());
        group = new ServiceGroup(List.of(catalog, analytics), endpoints, apiKey, LOG_DIR);
        shutdownHook = new Thread(group::close, "e2e-downstream-services-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        group.start(problem -> System.err.println("[EndToEndIT] " + problem));
    }

    private static void requirePackaged(ServiceSpec service) {
        if (!Files.isRegularFile(service.jar())) {
            throw new IllegalStateException(service.name() + " is not packaged: " + service.jar() + " is missing. "
                    + "The end-to-end test runs the packaged catalog-service and analytics-service; build them with "
                    + "the reactor, e.g. 'mvn -B -pl ingest-service -am verify', or first "
                    + "'mvn -B -pl catalog-service,analytics-service -am package -DskipTests'.");
        }
    }

    /** Stops both services and waits until their processes are gone; safe to call more than once. */
    public synchronized void stop() {
        if (group != null) {
            group.close();
            group = null;
        }
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down and runs the hook itself
            }
            shutdownHook = null;
        }
    }

    /** catalog-service's port; only while started. */
    public synchronized int catalogPort() {
        return requireStarted(catalog).port();
    }

    /** analytics-service's port; only while started. */
    public synchronized int analyticsPort() {
        return requireStarted(analytics).port();
    }

    private ServiceSpec requireStarted(ServiceSpec service) {
        if (group == null) {
            throw new IllegalStateException("the downstream services are not running");
        }
        return service;
    }
}
