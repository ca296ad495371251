package org.entente.localstack.stack;

import org.entente.localstack.LocalInfra;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entente.localstack.Ports.free;
import static org.entente.localstack.Ports.inUse;

class ServiceGroupTest {

    private static LocalInfra infra;
    private static StackEndpoints endpoints;

    @TempDir
    static Path dir;

    @BeforeAll
    static void startInfrastructure() throws Exception {
        infra = LocalInfra.start(LocalInfra.Options.temporary());
        endpoints = new StackEndpoints(infra.kafka().orElseThrow().bootstrapServers(),
                infra.postgres().orElseThrow().serverJdbcUrl(), "entente", "entente");
    }

    @AfterAll
    static void stopInfrastructure() throws Exception {
        infra.close();
    }

    @Test
    void servicesGetTheirSettingsAndLeaveNoProcessOrPortWhenClosed() throws Exception {
        Path jar = FakeServiceJar.write(dir.resolve("fake.jar"));
        ServiceSpec catalog = new ServiceSpec("catalog-service", jar, free(), "catalog");
        ServiceSpec analytics = new ServiceSpec("analytics-service", jar, free(), "analytics");
        List<String> exits = new CopyOnWriteArrayList<>();

        ServiceGroup group = ServiceGroup.start(List.of(catalog, analytics), endpoints, "the-key",
                dir.resolve("logs"), exits::add);
        List<ProcessHandle> processes = group.pids().stream().map(pid -> ProcessHandle.of(pid).orElseThrow())
                .toList();

        assertThat(get(catalog.baseUrl() + "/env")).contains(
                "QUARKUS_HTTP_PORT=" + catalog.port(),
                "KAFKA_BOOTSTRAP_SERVERS=" + endpoints.kafkaBootstrapServers(),
                "QUARKUS_DATASOURCE_JDBC_URL=" + endpoints.jdbcServerUrl() + "catalog",
                "QUARKUS_DATASOURCE_USERNAME=entente",
                "ENTENTE_API_KEYS=the-key");
        assertThat(get(analytics.baseUrl() + "/env"))
                .contains("QUARKUS_DATASOURCE_JDBC_URL=" + endpoints.jdbcServerUrl() + "analytics");

        group.close();

        assertThat(processes).noneMatch(ProcessHandle::isAlive);
        assertThat(inUse(catalog.port())).isFalse();
        assertThat(inUse(analytics.port())).isFalse();
        assertThat(exits).as("a requested stop is not an unexpected exit").isEmpty();
    }

    @Test
    void serviceThatDiesIsReported() throws Exception {
        ServiceSpec catalog = new ServiceSpec("catalog-service", FakeServiceJar.write(dir.resolve("fake.jar")),
                free(), "catalog");
        CompletableFuture<String> exit = new CompletableFuture<>();
        try (ServiceGroup group = ServiceGroup.start(List.of(catalog), endpoints, "k", dir.resolve("logs"),
                exit::complete)) {
            ProcessHandle.of(group.pids().get(0)).orElseThrow().destroyForcibly();

            assertThat(exit.get(1, TimeUnit.MINUTES)).startsWith("catalog-service exited with code ")
                    .contains("catalog-service.log");
        }
    }

    @Test
    void missingJarAsksForTheBuild() {
        ServiceSpec ingest = ServiceSpec.packagedModule(dir.resolve("repo"), "ingest-service", free(), "ingest");

        assertThatThrownBy(() -> ServiceGroup.start(List.of(ingest), endpoints, "k", dir, problem -> { }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ingest-service is not built")
                .hasMessageContaining("mvn -B package -DskipTests");
    }

    @Test
    void portInUseIsNamedWithTheOptionToChangeIt() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            ServiceSpec analytics = new ServiceSpec("analytics-service", FakeServiceJar.write(dir.resolve("a.jar")),
                    taken.getLocalPort(), "analytics");

            assertThatThrownBy(() -> ServiceGroup.start(List.of(analytics), endpoints, "k", dir, problem -> { }))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("port " + taken.getLocalPort() + ": it is already in use")
                    .hasMessageContaining("--analytics-port or ENTENTE_ANALYTICS_PORT");
        }
    }

    private static String get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
