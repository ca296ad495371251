package org.entente.localstack.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.localstack.EmbeddedPostgres;
import org.entente.localstack.JdbcUrls;
import org.entente.localstack.LocalInfra;
import org.entente.localstack.Ports;
import org.entente.localstack.logging.ConsoleLoggerProvider;
import org.entente.localstack.stack.ServiceGroup;
import org.entente.localstack.stack.ServiceProcess;
import org.entente.localstack.stack.ServiceSpec;
import org.entente.localstack.stack.StackEndpoints;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * {@code ./entente bench analytics}: how fast analytics-service answers trends and trade-balance queries over a large
 * read model.
 *
 * <p>Starts PostgreSQL and Kafka (analytics-service needs both to start) on free ports and temporary directories,
 * and the packaged analytics-service on a free port with {@link ServiceGroup}, as {@code ./entente up} does (same JVM
 * options). Once the service has migrated its schema, {@link ReadModelLoader} fills the read model with
 * {@link SyntheticFacts} (see there why directly), and two answers are checked against the data. Then it makes the
 * warm-up requests and the measured ones ({@link QueryPlan}) one after the other from one client thread, and prints a
 * {@link BenchReport}. Everything started is stopped at the end, on failure and on Ctrl-C; the temporary data is
 * deleted, the service's log only when the run succeeded.
 */
public final class AnalyticsBench {

    private static final String SERVICE = "analytics-service";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final AnalyticsBenchOptions options;
    private final PrintStream out;
    private final PrintStream err;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    /** Guarded by this: what runs, and whether stopping began (then nothing more starts). */
    private LocalInfra infra;
    private ServiceGroup service;
    private boolean stopping;
    private volatile String serviceDied;

    AnalyticsBench(AnalyticsBenchOptions options, PrintStream out, PrintStream err) {
        this.options = options;
        this.out = out;
        this.err = err;
    }

    /** Entry point; exit code 0 when the run completed (whatever the figures), 1 on failure, 2 on bad options. */
    public static void main(String[] args) {
        // before anything asks SLF4J for a logger: the broker logs WARN and above to the console
        ConsoleLoggerProvider.selectForThisJvm();
        AnalyticsBenchOptions options;
        try {
            options = AnalyticsBenchOptions.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println("entente bench analytics: " + e.getMessage());
            System.err.print(AnalyticsBenchOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(AnalyticsBenchOptions.USAGE);
            return;
        }
        AnalyticsBench bench = new AnalyticsBench(options, System.out, System.err);
        Runtime.getRuntime().addShutdownHook(new Thread(bench::stop, "entente-bench-stop"));
        int code = bench.run();
        bench.stop();
        System.exit(code);
    }

    /** Runs the benchmark; returns the exit code. */
    int run() {
        Path logDir = null;
        boolean succeeded = false;
        try {
            ServiceSpec spec = ServiceSpec.packagedModule(options.repoRoot(), SERVICE, Ports.free(), "analytics");
            ServiceGroup.requireRunnable(List.of(spec));
            logDir = Files.createTempDirectory("entente-bench");

            long start = System.nanoTime();
            out.println("Starting PostgreSQL and Kafka (free ports, temporary data) ...");
            StackEndpoints endpoints = startInfrastructure();
            int postgresPort = postgresPort();
            out.println("Starting " + SERVICE + " on port " + spec.port() + " (log " + logDir.resolve(SERVICE
                    + ".log") + ") ...");
            startService(spec, endpoints, logDir);
            out.println("Ready in " + seconds(System.nanoTime() - start));

            SyntheticFacts facts = new SyntheticFacts(options.seed(), options.pairs(), options.years());
            out.printf("Loading %,d events over %d pairs and %d years, and their trade figures ...%n",
                    options.events(), options.pairs(), options.years());
            ReadModelLoader loader = new ReadModelLoader(JdbcUrls.withDatabase(endpoints.jdbcServerUrl(),
                    spec.database()), endpoints.jdbcUser(), endpoints.jdbcPassword());
            ReadModelLoader.Loaded loaded = loader.load(facts, options.events());
            loader.verify();
            out.println("Loaded in " + seconds(loaded.millis() * 1_000_000));
            checkAnswers(spec, facts);

            Random random = new Random(options.seed());
            out.printf("Warming up (%d requests per query) ...%n", options.warmup());
            measure(spec, QueryPlan.of(facts.pairs(), options.warmup(), random));
            out.printf("Measuring (%d requests per query) ...%n", options.requests());
            List<QueryPlan.Request> plan = QueryPlan.of(facts.pairs(), options.requests(), random);
            CpuMeter cpu = new CpuMeter(servicePid(), postgresPort);
            long measureStart = System.nanoTime();
            Map<QueryKind, LatencyRecorder> latencies = measure(spec, plan);
            double elapsed = (System.nanoTime() - measureStart) / 1e9;
            BenchReport.CpuPerRequest cpuPerRequest = cpu.perRequest(plan.size());

            LatencyRecorder all = new LatencyRecorder();
            Map<QueryKind, LatencyRecorder.LatencySummary> byKind = new EnumMap<>(QueryKind.class);
            latencies.forEach((kind, recorder) -> {
                all.merge(recorder);
                byKind.put(kind, recorder.summary());
            });
            out.println();
            out.print(new BenchReport(options, loaded, byKind, all.summary(), plan.size() / elapsed, cpuPerRequest,
                    machine())
                    .text());
            succeeded = true;
            return 0;
        } catch (IllegalStateException | IllegalArgumentException | IOException | SQLException e) {
            err.println("entente bench analytics: " + (isStopping() ? "stopped before the end"
                    : e.getMessage() + (serviceDied == null ? "" : " (" + serviceDied + ")")));
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } finally {
            stop();
            if (succeeded && logDir != null) {
                deleteQuietly(logDir);
            } else if (logDir != null) {
                err.println("The service's log is kept in " + logDir);
            }
        }
    }

    private StackEndpoints startInfrastructure() throws IOException, SQLException {
        synchronized (this) {
            if (stopping) {
                throw new IllegalStateException("stopped");
            }
            // under the lock: a Ctrl-C meanwhile waits for the start to finish, then stops what it started
            infra = LocalInfra.start(LocalInfra.Options.temporary());
            return new StackEndpoints(infra.kafka().orElseThrow().bootstrapServers(),
                    infra.postgres().orElseThrow().serverJdbcUrl(), EmbeddedPostgres.USER, EmbeddedPostgres.PASSWORD);
        }
    }

    private synchronized boolean isStopping() {
        return stopping;
    }

    private synchronized int postgresPort() {
        return infra.postgres().orElseThrow().port();
    }

    private synchronized long servicePid() {
        return service.pids().get(0);
    }

    private void startService(ServiceSpec spec, StackEndpoints endpoints, Path logDir)
            throws IOException, SQLException, InterruptedException {
        ServiceGroup group = new ServiceGroup(List.of(spec), endpoints, "bench-" + UUID.randomUUID(), logDir);
        synchronized (this) {
            if (stopping) {
                throw new IllegalStateException("stopped");
            }
            service = group;
        }
        // not under the lock: closing the group while it starts stops it (see ServiceGroup.close)
        group.start(problem -> serviceDied = problem);
    }

    /** Stops the service, then Kafka and PostgreSQL, deleting their data. Safe to call more than once. */
    synchronized void stop() {
        stopping = true;
        if (service != null) {
            service.close();
            service = null;
        }
        if (infra != null) {
            try {
                infra.close();
            } catch (IOException e) {
                err.println("entente bench analytics: while stopping: " + e.getMessage());
            }
            infra = null;
        }
    }

    /** Checks that the service sees the loaded data: the first pair has a period and a year row for every year. */
    private void checkAnswers(ServiceSpec spec, SyntheticFacts facts) throws IOException, InterruptedException {
        SyntheticFacts.Pair pair = facts.pairs().get(0);
        JsonNode trends = json.readTree(get(spec, QueryKind.TRENDS_YEAR.pathFor(pair.a(), pair.b())).body());
        JsonNode balance = json.readTree(get(spec, QueryKind.TRADE_BALANCE.pathFor(pair.a(), pair.b())).body());
        if (trends.path("periods").size() != options.years() || balance.path("years").size() != options.years()) {
            throw new IllegalStateException("the service does not answer with the loaded data: " + pair.dyad()
                    + " has " + trends.path("periods").size() + " trend periods and " + balance.path("years").size()
                    + " trade years, not " + options.years());
        }
    }

    /** Makes the requests one after the other; every answer must be 200. */
    private Map<QueryKind, LatencyRecorder> measure(ServiceSpec spec, List<QueryPlan.Request> plan)
            throws IOException, InterruptedException {
        Map<QueryKind, LatencyRecorder> latencies = new EnumMap<>(QueryKind.class);
        for (QueryPlan.Request request : plan) {
            long start = System.nanoTime();
            HttpResponse<String> response = get(spec, request.path());
            long latency = System.nanoTime() - start;
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + request.path() + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            latencies.computeIfAbsent(request.kind(), kind -> new LatencyRecorder()).record(latency);
        }
        return latencies;
    }

    private HttpResponse<String> get(ServiceSpec spec, String path) throws IOException, InterruptedException {
        if (serviceDied != null) {
            throw new IllegalStateException(serviceDied);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(spec.baseUrl() + path)).timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json").GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** CPU time of the service and PostgreSQL from its creation on. */
    private static final class CpuMeter {
        private final long servicePid;
        private final int postgresPort;
        private final Duration serviceStart;
        private final Duration postgresStart;

        CpuMeter(long servicePid, int postgresPort) {
            this.servicePid = servicePid;
            this.postgresPort = postgresPort;
            this.serviceStart = ProcessCpu.of(servicePid).orElse(null);
            this.postgresStart = ProcessCpu.ofPostgres(postgresPort).orElse(null);
        }

        BenchReport.CpuPerRequest perRequest(int requests) {
            return new BenchReport.CpuPerRequest(
                    perRequest(serviceStart, ProcessCpu.of(servicePid).orElse(null), requests),
                    perRequest(postgresStart, ProcessCpu.ofPostgres(postgresPort).orElse(null), requests));
        }

        private static Double perRequest(Duration start, Duration end, int requests) {
            return start == null || end == null ? null : (end.toNanos() - start.toNanos()) / 1e6 / requests;
        }
    }

    private static String machine() {
        String cpu = "unknown CPU";
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            cpu = lines.filter(line -> line.startsWith("model name")).findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).trim()).orElse(cpu);
        } catch (IOException e) {
            // not Linux: the CPU stays unknown
        }
        return "nproc " + Runtime.getRuntime().availableProcessors() + ", " + cpu + ", "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", Java "
                + System.getProperty("java.version") + "; service JVM " + String.join(" ", ServiceProcess.jvmOptions("analytics-service"));
    }

    private static String seconds(long nanos) {
        return String.format("%.1f s", nanos / 1e9);
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // a leftover log in the temporary directory harms nobody
        }
    }
}
