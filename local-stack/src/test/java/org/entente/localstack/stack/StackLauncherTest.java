package org.entente.localstack.stack;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.localstack.Ports.free;
import static org.entente.localstack.Ports.inUse;

/**
 * The launcher end to end, with stand-in services ({@link FakeService}) in place of the real jars: a repository
 * layout in a temporary directory, real PostgreSQL and Kafka, and the process handling a user relies on.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StackLauncherTest {

    private static final Duration START = Duration.ofMinutes(5);
    private static final Duration STOP = Duration.ofMinutes(2);
    private static final String READY = "Entente is ready";

    @TempDir
    static Path repo;

    private static Map<String, Integer> ports;

    @BeforeAll
    static void repositoryWithStandInServicesAndSamples() throws Exception {
        Path jar = FakeServiceJar.write(repo.resolve("fake.jar"));
        for (String module : List.of("ingest-service", "catalog-service", "analytics-service")) {
            Path target = repo.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
            Files.createDirectories(target.getParent());
            Files.copy(jar, target);
        }
        Path articles = Files.createDirectories(repo.resolve("samples/articles"));
        Files.writeString(articles.resolve("001_first.txt"), "Pakistan and Iraq signed a trade agreement.");
        Files.writeString(articles.resolve("002_second.txt"), "India exported rice to Iran.");
        Path eval = Files.createDirectories(repo.resolve("samples/eval"));
        Files.writeString(eval.resolve("seeds-manifest.jsonl"), """
                {"doc": "001_first.txt", "published": null, "note": "no date"}
                {"doc": "002_second.txt", "published": "2024-02-03", "note": "byline"}
                """);
        List<Integer> free = IntStream.range(0, 5).mapToObj(i -> free()).toList();
        ports = Map.of("ingest", free.get(0), "catalog", free.get(1), "analytics", free.get(2),
                "kafka", free.get(3), "postgres", free.get(4));
    }

    @Test
    @Order(1)
    void firstRunLoadsTheSamplesAndCtrlCStopsEveryProcess() throws Exception {
        LauncherProcess launcher = LauncherProcess.start(arguments());
        assertThat(launcher.awaitLine(READY, START)).as(launcher.output()).isTrue();
        List<ProcessHandle> processes = launcher.processTree();

        assertThat(launcher.output()).contains("Starting with empty data")
                .contains("X-Api-Key: local-")
                .contains("http://localhost:" + ports.get("analytics") + "/dashboard")
                .contains("The catalog holds the 2 loaded articles with their 2 facts");
        assertThat(catalogArticles()).contains("001_first.txt published=-", "002_second.txt published=2024-02-03");
        assertThat(processes).as("launcher and three services").hasSizeGreaterThanOrEqualTo(4);

        launcher.interruptGroup();
        launcher.awaitExit(STOP);

        assertThat(launcher.output()).contains("Stopped.");
        assertNothingLeft(processes);
    }

    @Test
    @Order(2)
    void secondRunReusesTheDataAndSigtermStopsEveryProcess() throws Exception {
        LauncherProcess launcher = LauncherProcess.start(arguments());
        assertThat(launcher.awaitLine(READY, START)).as(launcher.output()).isTrue();
        List<ProcessHandle> processes = launcher.processTree();

        assertThat(launcher.output()).contains("Reusing the data of the earlier run")
                .contains("The catalog holds the 2 loaded articles with their 2 facts");

        launcher.terminate();
        launcher.awaitExit(STOP);

        assertNothingLeft(processes);
    }

    @Test
    @Order(3)
    void serviceThatDiesIsReportedAndStopsTheStackAfterAReset() throws Exception {
        LauncherProcess launcher = LauncherProcess.start(arguments("--reset"));
        assertThat(launcher.awaitLine(READY, START)).as(launcher.output()).isTrue();
        List<ProcessHandle> processes = launcher.processTree();
        assertThat(launcher.output()).contains("Deleted the data of earlier runs").contains("Starting with empty data");

        ProcessHandle service = processes.get(1);
        service.destroyForcibly();

        assertThat(launcher.awaitExit(STOP)).isEqualTo(1);
        assertThat(launcher.output()).containsPattern("[a-z]+-service exited with code \\d+; see .*\\.log")
                .contains("Stopping everything");
        assertNothingLeft(processes);
    }

    @Test
    @Order(4)
    void takenPortIsReportedBeforeAnythingStarts() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            List<String> args = new ArrayList<>(arguments());
            args.set(args.indexOf("--ingest-port") + 1, Integer.toString(taken.getLocalPort()));
            LauncherProcess launcher = LauncherProcess.start(args);

            assertThat(launcher.awaitExit(STOP)).isEqualTo(1);
            assertThat(launcher.output())
                    .contains("ingest-service cannot listen on port " + taken.getLocalPort())
                    .contains("--ingest-port or ENTENTE_INGEST_PORT")
                    .doesNotContain("Starting PostgreSQL");
        }
    }

    @Test
    @Order(5)
    void missingServiceJarAsksForTheBuild() throws Exception {
        Files.delete(repo.resolve("catalog-service/target/quarkus-app/quarkus-run.jar"));
        LauncherProcess launcher = LauncherProcess.start(arguments());

        assertThat(launcher.awaitExit(STOP)).isEqualTo(1);
        assertThat(launcher.output()).contains("catalog-service is not built").contains("mvn -B package");
    }

    private static List<String> arguments(String... extra) {
        List<String> args = new ArrayList<>(List.of("--repo", repo.toString(),
                "--ingest-port", ports.get("ingest").toString(),
                "--catalog-port", ports.get("catalog").toString(),
                "--analytics-port", ports.get("analytics").toString(),
                "--kafka-port", ports.get("kafka").toString(),
                "--postgres-port", ports.get("postgres").toString()));
        args.addAll(List.of(extra));
        return args;
    }

    private static String catalogArticles() throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + ports.get("catalog") + "/api/articles")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static void assertNothingLeft(List<ProcessHandle> processes) {
        assertThat(processes).noneMatch(ProcessHandle::isAlive);
        ports.forEach((what, port) -> assertThat(inUse(port)).as(what + " port " + port + " is free").isFalse());
    }
}
