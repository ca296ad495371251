package org.entente.localstack.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.entente.localstack.Directories;
import org.entente.localstack.Ports;
import org.entente.localstack.logging.ConsoleLoggerProvider;
import org.entente.localstack.stack.LocalStack;
import org.entente.localstack.stack.ServiceGroup;
import org.entente.localstack.stack.ServiceSpec;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * {@code ./entente bench ingest}: the whole stack on this machine (free ports, fresh temporary data, no samples),
 * synthetic articles uploaded one by one from concurrent clients, and the figures: accepted uploads per second,
 * upload latency, and articles per second from upload until the catalog shows them with their facts.
 *
 * <p>A warm-up phase runs the same load first, uncounted, and waits until the catalog has caught up: on a small
 * machine the services' JIT compilers take most of a core for the first minute or two, so a run measured from a cold
 * start reports the compilers, not the steady state a running installation sees.
 *
 * <p>Everything started is stopped at the end, on failure and on Ctrl-C; the temporary data is deleted. The services'
 * logs stay in {@code <repo>/.entente/bench-logs/}.
 */
public final class IngestBench {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final IngestBenchOptions options;
    private final Path repo;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicInteger busy = new AtomicInteger();
    private final AtomicInteger errors = new AtomicInteger();
    private final AtomicLong uploadedBytes = new AtomicLong();
    private final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
    private volatile boolean stopping;
    private boolean stopped;

    IngestBench(IngestBenchOptions options, Path repo, PrintStream out) {
        this.options = options;
        this.repo = repo;
        this.out = out;
    }

    /** Entry point; see {@link IngestBenchOptions#USAGE}. The repository is the system property {@code entente.repo}. */
    public static void main(String[] args) {
        // before anything asks SLF4J for a logger: the broker logs WARN and above to the console
        ConsoleLoggerProvider.selectForThisJvm();
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.print(IngestBenchOptions.USAGE);
            return;
        }
        IngestBenchOptions options;
        try {
            options = IngestBenchOptions.parse(List.of(args));
        } catch (UsageException e) {
            System.err.println("entente bench ingest: " + e.getMessage());
            System.err.print(IngestBenchOptions.USAGE);
            System.exit(2);
            return;
        }
        Path repo = Path.of(System.getProperty("entente.repo", "")).toAbsolutePath();
        System.exit(new IngestBench(options, repo, System.out).run());
    }

    /** Starts the stack, runs the load, prints the figures and stops everything; returns the exit code. */
    int run() {
        Path data;
        try {
            data = Files.createTempDirectory("entente-bench-");
        } catch (IOException e) {
            System.err.println("entente bench ingest: no temporary directory: " + e.getMessage());
            return 1;
        }
        String apiKey = "bench-" + Long.toHexString(System.nanoTime());
        List<ServiceSpec> services = List.of(
                ServiceSpec.packagedModule(repo, "ingest-service", Ports.free(), "ingest"),
                ServiceSpec.packagedModule(repo, "catalog-service", Ports.free(), "catalog"),
                ServiceSpec.packagedModule(repo, "analytics-service", Ports.free(), "analytics"));
        Path logDir = repo.resolve(".entente/bench-logs");
        int postgresPort = Ports.free();
        LocalStack stack = new LocalStack(new LocalStack.Config(data, logDir, Ports.free(), postgresPort, services,
                apiKey));
        Thread stopper = new Thread(() -> stop(stack, data), "entente-bench-stop");
        Runtime.getRuntime().addShutdownHook(stopper);
        try {
            ServiceGroup.requireRunnable(services);
            long start = System.nanoTime();
            out.println("Starting PostgreSQL, Kafka and the three services on free ports (data in " + data
                    + ", logs in " + logDir + ") ...");
            stack.startInfrastructure();
            stack.startServices(problem -> {
                System.err.println("entente bench ingest: " + problem);
                stopping = true;
            });
            out.printf(Locale.ROOT, "The stack is up (%.1f s)%n", seconds(start, System.nanoTime()));
            StackCpu cpu = StackCpu.ofBench(services.stream().map(ServiceSpec::name).toList(), stack.servicePids(),
                    postgresPort);
            return measure(services.get(0).baseUrl(), services.get(1).baseUrl(), apiKey, cpu) ? 0 : 1;
        } catch (IllegalStateException | IOException | SQLException e) {
            System.err.println("entente bench ingest: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } finally {
            stopping = true;
            stop(stack, data);
            try {
                Runtime.getRuntime().removeShutdownHook(stopper);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down (Ctrl-C): the hook runs, and stopping twice is harmless
            }
        }
    }

    /** Runs the load and prints the figures; false when stopped before the end (Ctrl-C, a service died). */
    private boolean measure(String ingestUrl, String catalogUrl, String apiKey, StackCpu cpu)
            throws InterruptedException {
        if (options.warmupSeconds() > 0) {
            out.printf(Locale.ROOT, "Warming up: uploading for %d s from %d clients (not counted), then waiting for "
                    + "the catalog to catch up ...%n", options.warmupSeconds(), options.concurrency());
            Phase warmUp = phase(options.warmupSeconds(), ingestUrl, catalogUrl, apiKey, cpu);
            if (warmUp == null) {
                return false;
            }
            out.printf(Locale.ROOT, "Warm-up done: %d articles uploaded, %d visible in the catalog%n",
                    warmUp.uploads().size(), warmUp.seen().size());
            forgetTallies();
        }
        out.printf(Locale.ROOT, "Uploading synthetic articles for %d s from %d clients ...%n", options.seconds(),
                options.concurrency());
        Phase run = phase(options.seconds(), ingestUrl, catalogUrl, apiKey, cpu);
        if (run == null) {
            return false;
        }
        report(run);
        return true;
    }

    /**
     * The uploads of one phase and when the catalog showed each.
     *
     * @param uploads     the accepted uploads
     * @param seen        when each upload the catalog showed was seen ({@link System#nanoTime()})
     * @param first       when the phase began
     * @param uploadsDone when its last upload was answered
     * @param last        when the phase ended (every article seen, or the drain time over)
     * @param cpu         the CPU time each part of the stack used from {@code first} to {@code last}
     */
    private record Phase(List<BenchUpload> uploads, Map<BenchUpload, Long> seen, long first, long uploadsDone,
                         long last, StackCpu.Usage cpu) {
    }

    /**
     * Uploads from the clients for the given time, then waits (up to the drain time) until the catalog shows every
     * accepted article; null when stopped before the end.
     */
    private Phase phase(int seconds, String ingestUrl, String catalogUrl, String apiKey, StackCpu cpu)
            throws InterruptedException {
        CatalogWatcher watcher = new CatalogWatcher(catalogUrl, 4);
        ExecutorService clients = Executors.newFixedThreadPool(options.concurrency());
        try {
            StackCpu.Sample cpuAtStart = cpu.sample();
            long first = System.nanoTime();
            long uploadEnd = first + TimeUnit.SECONDS.toNanos(seconds);
            ConcurrentLinkedQueue<BenchUpload> uploads = new ConcurrentLinkedQueue<>();
            for (int i = 0; i < options.concurrency(); i++) {
                clients.submit(() -> uploadUntil(uploadEnd, ingestUrl, apiKey, upload -> {
                    uploads.add(upload);
                    watcher.watch(upload);
                }));
            }
            Progress progress = new Progress(first, uploads, watcher);
            while (System.nanoTime() < uploadEnd && !stopping) {
                watcher.round();
                progress.showWhenDue();
            }
            clients.shutdown();
            clients.awaitTermination(REQUEST_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS);
            long uploadsDone = System.nanoTime();
            if (!stopping) {
                out.printf(Locale.ROOT, "Uploads done; waiting up to %d s for the catalog to show the %d articles "
                        + "...%n", options.drainSeconds(), uploads.size());
            }
            long drainEnd = uploadsDone + TimeUnit.SECONDS.toNanos(options.drainSeconds());
            while (watcher.unseen() > 0 && System.nanoTime() < drainEnd && !stopping) {
                watcher.round();
                progress.showWhenDue();
            }
            if (stopping) {
                System.err.println("entente bench ingest: stopped before the end; no figures");
                return null;
            }
            return new Phase(new ArrayList<>(uploads), watcher.seen(), first, uploadsDone, System.nanoTime(),
                    cpu.sample().since(cpuAtStart));
        } finally {
            clients.shutdownNow();
            watcher.close();
        }
    }

    /** Forgets the warm-up's latencies and counts, so that the report covers the measured run only. */
    private void forgetTallies() {
        latencies.clear();
        errorSamples.clear();
        busy.set(0);
        errors.set(0);
        uploadedBytes.set(0);
    }

    private void uploadUntil(long endNanos, String ingestUrl, String apiKey, Consumer<BenchUpload> onAccepted) {
        while (System.nanoTime() < endNanos && !stopping) {
            SyntheticArticles.Article article = SyntheticArticles.number(sequence.incrementAndGet());
            byte[] body = article.text().getBytes(StandardCharsets.UTF_8);
            HttpRequest request = HttpRequest.newBuilder(URI.create(ingestUrl + "/api/articles?title="
                            + URLEncoder.encode(article.title(), StandardCharsets.UTF_8) + "&published="
                            + article.published()))
                    .timeout(REQUEST_TIMEOUT)
                    .header("Content-Type", "text/plain; charset=UTF-8")
                    .header("X-Api-Key", apiKey)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
            long sent = System.nanoTime();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                long answered = System.nanoTime();
                if (response.statusCode() == 202) {
                    JsonNode outcome = json.readTree(response.body());
                    latencies.add(answered - sent);
                    uploadedBytes.addAndGet(body.length);
                    onAccepted.accept(new BenchUpload(outcome.path("id").asText(), outcome.path("events").asInt()
                            + outcome.path("agreements").asInt() + outcome.path("trade").asInt(), sent, answered));
                } else if (response.statusCode() == 503) {
                    busy.incrementAndGet();
                    Thread.sleep(100);
                } else {
                    error("HTTP " + response.statusCode() + ": " + response.body());
                }
            } catch (IOException e) {
                error(e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** A line on standard error every 10 s: accepted uploads and articles seen in the catalog. */
    private static final class Progress {

        private final long first;
        private final ConcurrentLinkedQueue<BenchUpload> uploads;
        private final CatalogWatcher watcher;
        private long lastLine;

        Progress(long first, ConcurrentLinkedQueue<BenchUpload> uploads, CatalogWatcher watcher) {
            this.first = first;
            this.uploads = uploads;
            this.watcher = watcher;
            this.lastLine = first;
        }

        void showWhenDue() {
            long now = System.nanoTime();
            if (now - lastLine >= TimeUnit.SECONDS.toNanos(10)) {
                lastLine = now;
                System.err.printf(Locale.ROOT, "  %4.0f s: %d accepted, %d visible in the catalog%n",
                        seconds(first, now), uploads.size(), watcher.seen().size());
            }
        }
    }

    private void error(String what) {
        if (errors.incrementAndGet() <= 3) {
            errorSamples.add(what.length() > 200 ? what.substring(0, 200) : what);
        }
    }

    private void report(Phase run) {
        List<BenchUpload> uploads = run.uploads();
        Map<BenchUpload, Long> seen = run.seen();
        long first = run.first();
        long uploadsDone = run.uploadsDone();
        int accepted = uploads.size();
        double uploadSeconds = seconds(first, uploadsDone);
        LatencyStats latency = new LatencyStats(latencies);
        List<Long> lags = new ArrayList<>();
        long lastSeen = first;
        for (Map.Entry<BenchUpload, Long> entry : seen.entrySet()) {
            lags.add(entry.getValue() - entry.getKey().acceptedAt());
            lastSeen = Math.max(lastSeen, entry.getValue());
        }
        LatencyStats lag = new LatencyStats(lags);
        double endToEndSeconds = seconds(first, lastSeen);
        double endToEnd = seen.isEmpty() ? 0 : seen.size() / endToEndSeconds;
        double facts = uploads.stream().mapToInt(BenchUpload::facts).average().orElse(0);
        out.println();
        out.println("Entente ingest benchmark");
        out.println("  machine    " + Machine.describe());
        out.printf(Locale.ROOT, "  load       %d clients for %.1f s, synthetic articles of %.0f bytes, "
                        + "%.1f facts each on average (stack, load and watcher share this machine)%n",
                options.concurrency(), uploadSeconds, accepted == 0 ? 0.0 : (double) uploadedBytes.get() / accepted,
                facts);
        out.printf(Locale.ROOT, "  uploads    %d accepted = %.1f uploads/s; %d answered 503 busy, %d errors%n",
                accepted, accepted / uploadSeconds, busy.get(), errors.get());
        errorSamples.forEach(sample -> out.println("             e.g. " + sample));
        out.printf(Locale.ROOT, "  latency    p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms (accepted uploads)%n",
                latency.percentileMillis(50), latency.percentileMillis(95), latency.percentileMillis(99),
                latency.maxMillis());
        out.printf(Locale.ROOT, "  catalog    %d of %d articles visible with their facts; end to end %.1f articles/s "
                + "(%d articles / %.1f s from first upload to last visible)%n", seen.size(), accepted, endToEnd,
                seen.size(), endToEndSeconds);
        out.printf(Locale.ROOT, "  lag        upload accepted to visible in the catalog: p50 %.2f s, p95 %.2f s, "
                        + "max %.2f s; last article visible %.1f s after the uploads stopped%n",
                lag.percentileMillis(50) / 1000, lag.percentileMillis(95) / 1000, lag.maxMillis() / 1000,
                Math.max(0, seconds(uploadsDone, lastSeen)));
        out.println("  cpu        " + run.cpu().perArticle(seen.size(), seconds(first, run.last()),
                Runtime.getRuntime().availableProcessors()));
        out.printf(Locale.ROOT, "  target     >= 200 articles/s end to end: %s (%.1f)%n",
                endToEnd >= 200 ? "reached" : "not reached", endToEnd);
        out.println("  reproduce  " + options.command());
    }

    private void stop(LocalStack stack, Path data) {
        stopping = true;
        synchronized (this) {
            if (stopped) {
                return;
            }
            stopped = true;
            try {
                if (stack.hasStarted()) {
                    out.println("Stopping the stack ...");
                }
                stack.close();
            } catch (IOException e) {
                System.err.println("entente bench ingest: while stopping: " + e.getMessage());
            }
            try {
                Directories.deleteRecursively(data);
            } catch (IOException e) {
                System.err.println("entente bench ingest: could not delete " + data + ": " + e.getMessage());
            }
        }
    }

    private static double seconds(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1e9;
    }
}
