package org.entente.localstack;

import org.entente.localstack.logging.ConsoleLoggerProvider;
import org.entente.localstack.stack.LauncherOptions;
import org.entente.localstack.stack.LocalStack;
import org.entente.localstack.stack.SampleLoader;
import org.entente.localstack.stack.ServiceGroup;
import org.entente.localstack.stack.ServiceSpec;
import org.entente.localstack.stack.StackEndpoints;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * {@code ./entente up}: PostgreSQL and Kafka on persistent data, the three services as child JVMs, the sample
 * articles loaded, and where everything is printed, ending with the line {@value #READY}.
 *
 * <p>Runs until Ctrl-C or SIGTERM, then stops the services, Kafka and PostgreSQL. If a service dies, says so and
 * stops everything (exit code 1). Run with plain {@code java -jar local-stack/target/local-stack-<version>.jar
 * [options]}; see {@link LauncherOptions#USAGE}.
 */
public final class StackLauncher {

    /** The last line printed once the stack is up and the samples are in the catalog. */
    public static final String READY = "Entente is ready";

    private static final Duration CATALOG_WAIT = Duration.ofMinutes(3);

    private final LauncherOptions options;
    private final PrintStream out;
    private final PrintStream err;
    private final CompletableFuture<Integer> stopped = new CompletableFuture<>();

    StackLauncher(LauncherOptions options, PrintStream out, PrintStream err) {
        this.options = options;
        this.out = out;
        this.err = err;
    }

    /** Entry point; the exit code is 0 after Ctrl-C or SIGTERM, 1 on failure, 2 on bad options. */
    public static void main(String[] args) {
        // before anything asks SLF4J for a logger: the broker logs WARN and above to the console
        ConsoleLoggerProvider.selectForThisJvm();
        LauncherOptions options;
        try {
            options = LauncherOptions.parse(List.of(args), System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("entente up: " + e.getMessage());
            System.err.print(LauncherOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(LauncherOptions.USAGE);
            return;
        }
        System.exit(new StackLauncher(options, System.out, System.err).run());
    }

    /** Starts everything and serves until stopped; returns the exit code. */
    int run() {
        try {
            String apiKey = apiKey();
            LocalStack stack = new LocalStack(new LocalStack.Config(options.dataDir(), options.logDir(),
                    options.kafkaPort(), options.postgresPort(), options.services(), apiKey));
            Ports.requireFree(options.postgresPort(), "PostgreSQL", "--postgres-port or ENTENTE_POSTGRES_PORT");
            Ports.requireFree(options.kafkaPort(), "Kafka", "--kafka-port or ENTENTE_KAFKA_PORT");
            ServiceGroup.requireRunnable(options.services());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(stack), "entente-stop"));
            prepareData(stack);

            long start = System.nanoTime();
            out.println("Starting PostgreSQL (port " + options.postgresPort() + ") and Kafka (port "
                    + options.kafkaPort() + ") ...");
            stack.startInfrastructure();
            out.println("PostgreSQL and Kafka are up (" + seconds(start) + ")");

            start = System.nanoTime();
            out.println("Starting ingest-service, catalog-service and analytics-service (logs in "
                    + options.logDir() + ") ...");
            stack.startServices(this::serviceDied);
            out.println("The services are ready (" + seconds(start) + ")");

            loadSamples(apiKey);
            printWhereEverythingIs(stack.endpoints(), apiKey);
            out.println(READY);
            return stopped.get();
        } catch (IllegalStateException | IllegalArgumentException | IOException | SQLException e) {
            err.println("entente up: " + e.getMessage());
            return 1;
        } catch (ExecutionException e) {
            err.println("entente up: " + e.getCause().getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private void serviceDied(String problem) {
        err.println("entente up: " + problem + ". Stopping everything.");
        stopped.complete(1);
    }

    private void stop(LocalStack stack) {
        if (!stack.hasStarted()) {
            return;
        }
        out.println("Stopping Entente ...");
        try {
            stack.close();
            out.println("Stopped.");
        } catch (IOException e) {
            err.println("entente up: while stopping: " + e.getMessage());
        }
    }

    private void prepareData(LocalStack stack) throws IOException {
        if (options.reset() && Files.exists(options.dataDir())) {
            Directories.deleteRecursively(options.dataDir());
            out.println("Deleted the data of earlier runs (" + options.dataDir() + ")");
        }
        if (stack.hasEarlierData()) {
            out.println("Reusing the data of the earlier run in " + options.dataDir()
                    + " (--reset starts empty)");
        } else {
            out.println("Starting with empty data in " + options.dataDir());
        }
    }

    /** The local API key, made once and kept in {@code .entente/api-key}. */
    private String apiKey() throws IOException {
        Path file = options.repoRoot().resolve(".entente/api-key");
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        }
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        String key = "local-" + HexFormat.of().formatHex(random);
        Files.createDirectories(file.getParent());
        Files.writeString(file, key + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return key;
    }

    private void loadSamples(String apiKey) throws IOException, InterruptedException {
        Path samples = options.repoRoot().resolve("samples/articles");
        List<Path> files = SampleLoader.articles(samples);
        if (files.isEmpty()) {
            out.println("No sample articles in " + samples);
            return;
        }
        out.println("Loading " + files.size() + " sample articles from " + samples + " ...");
        SampleLoader loader = new SampleLoader(service("ingest-service").baseUrl(),
                service("catalog-service").baseUrl(), apiKey);
        List<SampleLoader.Upload> uploads = loader.upload(files,
                SampleLoader.publishedDates(options.repoRoot().resolve("samples/eval/seeds-manifest.jsonl")));
        uploads.stream().filter(upload -> !upload.loaded()).forEach(upload ->
                err.println("  not loaded: " + upload.file().getFileName() + ": " + upload.problem()));
        List<SampleLoader.Upload> loaded = uploads.stream().filter(SampleLoader.Upload::loaded).toList();
        List<SampleLoader.Upload> incomplete = loader.awaitCatalog(loaded, CATALOG_WAIT);
        if (incomplete.isEmpty()) {
            out.println("The catalog holds the " + loaded.size() + " loaded articles with their "
                    + loaded.stream().mapToInt(SampleLoader.Upload::facts).sum() + " facts");
        } else {
            err.println("  the catalog does not hold all facts of " + incomplete.stream()
                    .map(upload -> upload.file().getFileName().toString()).toList() + " after "
                    + CATALOG_WAIT.toMinutes() + " min; see " + options.logDir());
        }
    }

    private ServiceSpec service(String name) {
        return options.services().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private void printWhereEverythingIs(StackEndpoints endpoints, String apiKey) {
        String ingest = service("ingest-service").baseUrl();
        String catalog = service("catalog-service").baseUrl();
        String analytics = service("analytics-service").baseUrl();
        out.println();
        out.println("  ingest     " + ingest + "/api/articles  (POST text, HTML, PDF, DOCX)");
        out.println("             Swagger UI " + ingest + "/q/swagger-ui");
        out.println("  catalog    " + catalog + "/api/events, /api/agreements, /api/trade, /api/articles, "
                + "/api/countries");
        out.println("             Swagger UI " + catalog + "/q/swagger-ui");
        out.println("  analytics  " + analytics + "/api/analytics/trade-balance, /api/analytics/trends, "
                + "/api/analytics/dyads");
        out.println("             dashboard  " + analytics + "/dashboard");
        out.println("             Swagger UI " + analytics + "/q/swagger-ui");
        out.println("  API key    X-Api-Key: " + apiKey + "  (for writes; kept in "
                + options.repoRoot().resolve(".entente/api-key") + ")");
        out.println("  Kafka      " + endpoints.kafkaBootstrapServers());
        out.println("  PostgreSQL " + endpoints.jdbcServerUrl() + "{ingest,catalog,analytics}  user "
                + endpoints.jdbcUser() + ", password " + endpoints.jdbcPassword());
        out.println("  logs       " + options.logDir());
        out.println();
        out.println("Ctrl-C stops everything.");
    }

    private static String seconds(long startNanos) {
        return String.format("%.1f s", (System.nanoTime() - startNanos) / 1e9);
    }
}
